/**
 * Handles that can sit on top of each other (two F score edges both at 1, M edges a few
 * pixels apart) share a group. A pointer press picks the nearest handle; when several are
 * equally near, the choice waits for the first movement: moving toward higher values takes
 * the handle that can go there (the highest value, the last of equals), moving lower takes
 * the lowest. Each stays reachable by keyboard anyway, since every handle is a focusable slider.
 */

export interface GroupMember {
  /** Current value in data units. */
  value(): number;
  /** Screen distance (CSS px) from a client point to this handle's line. */
  distance(clientX: number, clientY: number): number;
  /** The drag's three moments, run on the handle the press picked. */
  start(): void;
  drag(event: { clientX: number; clientY: number }): void;
  end(): void;
}

/** Two handles nearer than this (CSS px) to the press count as the same distance. */
export const TIE_PX = 2;

export class HandleGroup {
  /** In registration order, which the charts keep equal to value order for equal values. */
  private readonly members: GroupMember[] = [];

  add(member: GroupMember): () => void {
    this.members.push(member);
    return () => {
      const i = this.members.indexOf(member);
      if (i >= 0) this.members.splice(i, 1);
    };
  }

  /** The handles nearest to a press, in registration order (one unless they coincide). */
  nearest(clientX: number, clientY: number): GroupMember[] {
    if (this.members.length === 0) return [];
    const d = this.members.map((m) => m.distance(clientX, clientY));
    const best = Math.min(...d);
    return this.members.filter((_, i) => d[i] <= best + TIE_PX);
  }
}

/**
 * Among equally near handles, the one a drag toward `direction` (+1 higher values, -1 lower)
 * should move: the highest value (last of equals) going up, the lowest (first of equals) going down.
 */
export function pickByDirection<M extends GroupMember>(candidates: readonly M[], direction: 1 | -1): M | undefined {
  if (candidates.length === 0) return undefined;
  const order = candidates.map((m, i) => ({ m, i, v: m.value() }));
  order.sort((a, b) => a.v - b.v || a.i - b.i);
  return direction > 0 ? order[order.length - 1].m : order[0].m;
}

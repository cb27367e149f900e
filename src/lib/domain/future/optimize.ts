/**
 * Unconstrained minimisation for the model fits: Nelder-Mead from a simplex around the
 * start, restarted from its own result until a restart no longer improves (a standard cure
 * for its premature collapse), then polished by a BFGS quasi-Newton method on central-
 * difference gradients. Both models are fitted on log-parameters, so any real vector is a
 * valid point.
 */

export interface Minimum {
  x: number[];
  f: number;
  evaluations: number;
  converged: boolean;
}

export function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  opts: { step?: number; tol?: number; sizeTol?: number; maxEvaluations?: number } = {},
): Minimum {
  const n = start.length;
  const step = opts.step ?? 0.5;
  const tol = opts.tol ?? 1e-12;
  const sizeTol = opts.sizeTol ?? 1e-10;
  const maxEvaluations = opts.maxEvaluations ?? 20_000;
  let evaluations = 0;
  const value = (x: number[]) => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const simplex: { x: number[]; f: number }[] = [{ x: start.slice(), f: value(start) }];
  for (let i = 0; i < n; i++) {
    const x = start.slice();
    x[i] += step;
    simplex.push({ x, f: value(x) });
  }
  const combine = (p: number[], q: number[], t: number) => p.map((pi, i) => pi + t * (q[i] - pi));
  let converged = false;
  while (evaluations < maxEvaluations) {
    simplex.sort((u, v) => u.f - v.f);
    const best = simplex[0];
    const worst = simplex[n];
    const spread = Math.abs(worst.f - best.f);
    const size = Math.max(...simplex.slice(1).map((s) => Math.max(...s.x.map((xi, i) => Math.abs(xi - best.x[i])))));
    if (spread <= tol * (Math.abs(best.f) + tol) && size <= sizeTol) {
      converged = true;
      break;
    }
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i] += simplex[k].x[i] / n;
    const reflected = combine(centroid, worst.x, -1);
    const fr = value(reflected);
    if (fr < best.f) {
      const expanded = combine(centroid, worst.x, -2);
      const fe = value(expanded);
      simplex[n] = fe < fr ? { x: expanded, f: fe } : { x: reflected, f: fr };
    } else if (fr < simplex[n - 1].f) {
      simplex[n] = { x: reflected, f: fr };
    } else {
      const outside = fr < worst.f;
      const contracted = combine(centroid, worst.x, outside ? -0.5 : 0.5);
      const fc = value(contracted);
      if (fc < (outside ? fr : worst.f)) simplex[n] = { x: contracted, f: fc };
      else {
        for (let k = 1; k <= n; k++) {
          const x = combine(best.x, simplex[k].x, 0.5);
          simplex[k] = { x, f: value(x) };
        }
      }
    }
  }
  simplex.sort((u, v) => u.f - v.f);
  return { x: simplex[0].x, f: simplex[0].f, evaluations, converged };
}

function gradient(f: (x: number[]) => number, x: number[]): number[] {
  return x.map((xi, i) => {
    const h = 1e-6 * Math.max(1, Math.abs(xi));
    const up = x.slice();
    const down = x.slice();
    up[i] += h;
    down[i] -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}

/**
 * BFGS with a backtracking line search; stops when the gradient is flat (`gtol`, in units of
 * f per unit of log-parameter: 1e-3 moves a fitted parameter by far less than 1e-6 of itself
 * on any data set large enough to fit) or when no step helps.
 */
export function bfgs(f: (x: number[]) => number, start: number[], maxIterations = 200, gtol = 1e-3): Minimum {
  const n = start.length;
  let x = start.slice();
  let fx = f(x);
  let g = gradient(f, x);
  let evaluations = 1 + 2 * n;
  let H: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let converged = false;
  for (let it = 0; it < maxIterations; it++) {
    if (Math.max(...g.map(Math.abs)) < gtol) {
      converged = true;
      break;
    }
    const dir = H.map((row) => -row.reduce((s, hij, j) => s + hij * g[j], 0));
    let t = 1;
    let next = x;
    let fnext = fx;
    const slope = dir.reduce((s, di, i) => s + di * g[i], 0);
    if (!(slope < 0)) break;
    for (let k = 0; k < 40; k++, t /= 2) {
      next = x.map((xi, i) => xi + t * dir[i]);
      fnext = f(next);
      evaluations++;
      if (Number.isFinite(fnext) && fnext <= fx + 1e-4 * t * slope) break;
    }
    if (!(fnext < fx)) {
      converged = true;
      break;
    }
    const gnext = gradient(f, next);
    evaluations += 2 * n;
    const s = next.map((v, i) => v - x[i]);
    const y = gnext.map((v, i) => v - g[i]);
    const sy = s.reduce((acc, si, i) => acc + si * y[i], 0);
    if (sy > 1e-12) {
      // Scale the first inverse-Hessian guess to the curvature just seen (Nocedal and
      // Wright, eq. 6.20): the identity is far too large a step on a likelihood of thousands.
      if (it === 0) {
        const yy = y.reduce((acc, yi) => acc + yi * yi, 0);
        H = H.map((row) => row.map((hij) => (hij * sy) / yy));
      }
      const Hy = H.map((row) => row.reduce((acc, hij, j) => acc + hij * y[j], 0));
      const yHy = y.reduce((acc, yi, i) => acc + yi * Hy[i], 0);
      H = H.map((row, i) => row.map((hij, j) => hij + ((sy + yHy) * s[i] * s[j]) / (sy * sy) - (Hy[i] * s[j] + s[i] * Hy[j]) / sy));
    }
    x = next;
    fx = fnext;
    g = gnext;
  }
  return { x, f: fx, evaluations, converged };
}

/**
 * The fit both models use: Nelder-Mead to the neighbourhood of the optimum (robust from a
 * poor start, where BFGS alone can wander off to absurd parameters), then BFGS, which
 * converges in a few steps once the surface is nearly quadratic. Should BFGS stall, a fresh
 * small simplex from its point and a second BFGS guard against a collapsed first simplex.
 */
export function minimise(f: (x: number[]) => number, start: number[]): Minimum {
  const rough = nelderMead(f, start, { tol: 1e-9, sizeTol: 1e-4 });
  let best = bfgs(f, rough.x);
  let evaluations = rough.evaluations + best.evaluations;
  if (!best.converged) {
    const again = nelderMead(f, best.x, { step: 0.05, tol: 1e-10, sizeTol: 1e-5 });
    const polished = bfgs(f, again.x);
    evaluations += again.evaluations + polished.evaluations;
    if (polished.f <= best.f) best = polished;
  }
  if (rough.f < best.f) best = { ...rough, converged: false };
  return { ...best, evaluations };
}

/**
 * The glossary's entries, in reading order, grouped by model. Texts are message keys in
 * messages/glossary.ts: glossary.<id>.term (the term) and glossary.<id>.def (one or two
 * sentences). The entry's element id is `glossary-<id>`, which Term links to.
 */
export interface GlossaryGroup {
  id: string;
  entries: readonly string[];
}

export const GLOSSARY_GROUPS: readonly GlossaryGroup[] = [
  {
    id: 'rfm',
    entries: ['rfm', 'recency', 'frequency', 'monetary', 'analysis-date', 'purchase', 'score', 'quantile', 'threshold', 'mean', 'median'],
  },
  {
    id: 'eight',
    entries: [
      'eight-classes',
      'class-important-value',
      'class-important-develop',
      'class-important-retain',
      'class-important-win-back',
      'class-ordinary-value',
      'class-ordinary-develop',
      'class-ordinary-retain',
      'class-ordinary-win-back',
    ],
  },
  {
    id: 'segments',
    entries: [
      'segments',
      'seg-champions',
      'seg-potential-loyalist',
      'seg-loyal',
      'seg-promising',
      'seg-new',
      'seg-cant-lose',
      'seg-at-risk',
      'seg-need-attention',
      'seg-about-to-sleep',
      'seg-lost',
      'seg-others',
    ],
  },
  {
    id: 'pyramid',
    entries: [
      'pyramid',
      'pareto',
      'tier-high',
      'tier-medium',
      'tier-low',
      'tier-platinum',
      'tier-gold',
      'tier-iron',
      'tier-lead',
      'differentiated-service',
      'promotion',
    ],
  },
  {
    id: 'quadrants',
    entries: ['quadrants', 'value', 'potential', 'resource-split', 'current-value', 'future-value', 'clv'],
  },
  {
    id: 'model',
    entries: ['bgnbd', 'p-alive', 'calibration', 'holdout', 'gamma-gamma'],
  },
  {
    id: 'lifecycle',
    entries: ['lifecycle', 'tenure', 'stage-acquisition', 'stage-growth', 'stage-maturity', 'stage-churn'],
  },
  {
    id: 'needs',
    entries: ['need-type', 'need-rational', 'need-emotional', 'need-social', 'classification-bases'],
  },
  {
    id: 'time',
    entries: ['re-evaluation', 'trigger', 'dynamic-classification', 'retention'],
  },
];

export const GLOSSARY_IDS: readonly string[] = GLOSSARY_GROUPS.flatMap((g) => g.entries);

export const glossaryTermKey = (id: string) => `glossary.${id}.term`;
export const glossaryDefKey = (id: string) => `glossary.${id}.def`;
export const glossaryGroupKey = (id: string) => `glossary.group.${id}`;
export const glossaryElementId = (id: string) => `glossary-${id}`;

/** Case-insensitive match of a query against texts (terms and definitions in both languages). */
export function matchesQuery(texts: readonly string[], query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return texts.some((t) => t.toLowerCase().includes(q));
}

/** Split a text with `[label](term:id)` links into plain and term parts, for rendering. */
export type RichPart = { kind: 'text'; text: string } | { kind: 'term'; text: string; id: string };

export function parseRich(text: string): RichPart[] {
  const parts: RichPart[] = [];
  const re = /\[([^\]]+)\]\(term:([a-z0-9-]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index! > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
    parts.push({ kind: 'term', text: m[1], id: m[2] });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** Plain text of a rich text (links reduced to their labels). */
export const plainRich = (text: string) => parseRich(text).map((p) => p.text).join('');

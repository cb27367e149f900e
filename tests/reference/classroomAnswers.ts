/**
 * The answers the end-to-end tests type, as literals, worked out independently of the app by
 * tests/reference/classroom_answers.py (numpy, written from COURSE.md and the README's rules,
 * not from the TypeScript engine). Regenerate / check with
 *
 *   /usr/bin/python3 tests/reference/e2e_answers.py
 *
 * which prints every figure below from that script's functions. The unit tests pin the same
 * numbers (src/lib/domain/teaching/exercises/exercises.test.ts, lessons/lessons.test.ts).
 * Nothing here may be computed by the code under test.
 */

import { HOLDOUT, PICKS } from './futureAnswers';

/** samples/classroom.csv at its default analysis date (2025-01-01): 40 customers, 52,455 revenue. */
export const CLASSROOM = {
  customers: 40,
  /** Every customer's M, best first (the per-customer table of classroom_answers.py --verbose). */
  monetaryDesc: [
    3805, 3695, 3680, 3515, 3430, 2860, 2850, 2690, 2495, 2465, 2235, 2235, 2085, 2080, 2020, 1940, 590, 560, 540, 535, 510, 510, 505, 500, 465, 460, 445, 335, 280,
    280, 265, 235, 225, 220, 220, 195, 175, 170, 80, 75,
  ],
  /** The k best customers by M (k = 5..11): their share of revenue, in percent rounded to 2 places. */
  topKRevenuePercent: { 5: 34.55, 6: 40.01, 7: 45.44, 8: 50.57, 9: 55.32, 10: 60.02, 11: 64.28 } as Record<number, number>,
  /**
   * Value line such that the k best by M are high value, potential line at the mean derived
   * potential: how many of them are also high potential (k = 5..11).
   */
  topKHighPotential: { 5: 2, 6: 3, 7: 3, 8: 3, 9: 4, 10: 4, 11: 4 } as Record<number, number>,
  /** The analysis date one quarter (3 calendar months) before the default. */
  quarterBack: '2024-10-01',
} as const;

/** How many classroom customers have M >= `amount` (from the literal table above). */
export const classroomMHighCount = (amount: number) => CLASSROOM.monetaryDesc.filter((m) => m >= amount).length;

/** The lessons' predict steps on the classroom sample, as the learner types them (percent 0..100). */
export const LESSON_ANSWERS = {
  /** Fisher-Pearson g1: R 0.156, F 0.212, M 0.705. */
  rfmSkew: 'monetary',
  /** 11 of 40 customers bought once. */
  rfmOneTimePercent: 27.5,
  /** Eight classes at the means: LLL has 8 customers, the most. */
  eightLargest: 'LLL',
  /** Default named-segment rules: 2 of 40 customers match none. */
  segmentsOthersPercent: 5,
  /** The top 20 % (8 customers, M >= 2534) bring 26,525 of 52,455. */
  pyramidTop20Percent: 50.57,
  /** 30 % of 100,000 spread over the high-value, high-potential customers. */
  budgetShare: 30_000,
  /** Both lines at the median: 6 of 40 customers have high current, low future value. */
  currentFutureOpenPercent: 15,
  /** 19 of 40 customers have not bought for more than 180 days. */
  churn180Percent: 47.5,
  /** 2025-01-01 vs 2024-10-01: 7 customers present at both dates changed class (26 stayed, 7 entered). */
  quarterChanged: 7,
} as const;

export type Answer =
  | { type: 'number'; right: number; wrong: number }
  | { type: 'choice'; right: string; wrong: string }
  | { type: 'customers'; right: string[] }
  | { type: 'mapping'; right: Record<string, string> }
  | { type: 'numbers'; right: Record<string, number>; wrong: Record<string, number> }
  | { type: 'state' };

const EIGHT = ['HHH', 'HLH', 'LHH', 'LLH', 'HHL', 'HLL', 'LHL', 'LLL'];

/**
 * Every built-in exercise on its own sample (classroom, retail, or the GB18030 retail file).
 * Choices are named by their label's message key; `numbers` fields by their label's key.
 * `promptFigures`: figures the prompt must show, as the app formats them (en and zh alike).
 */
export const EXERCISE_ANSWERS: Record<string, Answer & { promptFigures?: string[]; act?: number }> = {
  // Classroom: M >= 2690 (the 8th-largest M) makes 8 of 40 M-high (20 %); they bring 50.57 % of revenue.
  'b01-reach-m-high': { type: 'number', right: 50.57, wrong: 59.57, act: 2690 },
  // Classroom customer 111 (37 % through the list): R 189, F 9, M 2,690; thresholds: the means (each
  // exercise starts in its own state, so b01's typed amount does not leak): 137.6, 4.8, 1,311.38: LHH.
  'b02-classify': { type: 'choice', right: 'class.LHH', wrong: 'class.HHH', promptFigures: ['111', '189', '9', '2,690', '137.6', '4.8', '1,311.38'] },
  // Classroom customer 120: R = 20 days, R edges 13.8 | 66.2 | 207.4 | 259.4: score 4.
  'b03-score-r': { type: 'number', right: 4, wrong: 3, promptFigures: ['120', '20', '13.8 | 66.2 | 207.4 | 259.4'] },
  // Retail: the top tier (M >= 2069.7) is 20 % of customers bringing 74.45 % of revenue: an average
  // top-tier customer brings 3.72 times the average customer's revenue.
  'b04-pyramid-top': { type: 'number', right: 3.72, wrong: 12.72 },
  // Retail: HHH on 2024-10-01 -> LHH on 2025-01-01; the first three movers in file order.
  'b05-movers': { type: 'customers', right: ['11922', '11476', '10816'] },
  // Each class with its own action (COURSE.md's table).
  'b06-actions': { type: 'mapping', right: Object.fromEntries(EIGHT.map((k) => [k, k])) },
  // Retail: 747 / 754 / 245 / 1,254 customers in the four quadrants; 30 / 25 / 20 / 25 % of 100,000.
  'b07-budget': {
    type: 'numbers',
    right: { 'quadrant.highValueHighPotential': 40.16, 'quadrant.highValueLowPotential': 33.16, 'quadrant.lowValueHighPotential': 81.63, 'quadrant.lowValueLowPotential': 19.94 },
    wrong: { 'quadrant.highValueHighPotential': 140.16, 'quadrant.highValueLowPotential': 133.16, 'quadrant.lowValueHighPotential': 181.63, 'quadrant.lowValueLowPotential': 119.94 },
  },
  // Classroom (freshly loaded after b07's retail: thresholds at the means): LHH has the highest revenue per
  // customer (12,530 over 4).
  'b08-read-chart': { type: 'choice', right: 'class.LHH', wrong: 'class.HHH' },
  // Classroom default rules: Others 2, Champions 0.
  'b09-others-empty': { type: 'state', promptFigures: ['2', '0'] },
  // A higher R threshold puts more customers in R-high (R is "high" when recent, i.e. small).
  'b10-r-direction': { type: 'choice', right: 'ex.choice.raise', wrong: 'ex.choice.lower' },
  // Retail F edges 1 | 1 | 4 | 8: score 2 holds (1, 1], empty because 1,374 customers tie at one order.
  'b11-empty-f-bin': { type: 'choice', right: 'ex.choice.emptyBin.ties', wrong: 'ex.choice.emptyBin.returns' },
  // Classroom: 19 of 40 customers last bought more than 180 days ago.
  'b12-churn': { type: 'number', right: 19, wrong: 28 },
  // Retail: the best 24.47 % of customers bring 80 % of revenue.
  'b13-pareto': { type: 'number', right: 24.47, wrong: 33.47 },
  // Retail: value line at the pyramid's top boundary (2069.7): 343 high value, high potential.
  'b14-connect': { type: 'number', right: 343, wrong: 352, act: 2069.7 },
  // Retail: HHH 614 on 2024-10-01, 606 on 2025-01-01.
  'b15-quarter': { type: 'numbers', right: { 'ex.field.then': 614, 'ex.field.change': -8 }, wrong: { 'ex.field.then': 714, 'ex.field.change': 92 } },
  // The GB18030 retail file: 3,000 customers.
  'b16-gb18030': { type: 'number', right: 3000, wrong: 3009 },
  // Retail, fitted up to 2024-12-31: customer 11552 (one repeat, silent since 2023-07-01) has P(alive) 41 % (futureAnswers.ts).
  'b17-p-alive': { type: 'choice', right: 'ex.choice.pAlive.middle', wrong: 'ex.choice.pAlive.low', promptFigures: ['11552', '2023-06-01', '2023-07-01'] },
  // Retail, 26 weeks held out after 2024-07-02: 2,395 repeat transactions against 3,000.7 expected (futureAnswers.ts).
  'b18-holdout': { type: 'choice', right: 'ex.choice.holdout.less', wrong: 'ex.choice.holdout.more', promptFigures: ['2024-07-02'] },
};

/** Every retail customer who went from HHH (2024-10-01) to LHH (2025-01-01): 103. */
export const RETAIL_MOVERS = new Set(
  ('11922 11476 10816 11226 12417 12752 11169 12581 10074 11132 11209 12461 10025 11644 10137 10474 11653 12632 11038 ' +
    '11693 10556 12158 12887 10333 11775 12184 12586 10818 12730 10294 10601 11489 11638 11237 11825 11735 11860 11441 ' +
    '11093 12859 10433 11679 12154 12496 10951 11343 11483 11123 12520 12280 10934 11244 11572 12903 10177 10415 11590 ' +
    '12060 12259 12454 12036 12602 10747 12214 10495 10602 10871 10893 11658 10810 12336 10542 11972 12144 10153 10921 ' +
    '12649 10460 12574 12544 11813 11089 11787 12993 11543 12370 11259 11722 11459 11600 10380 10684 10262 11563 11697 ' +
    '12624 10192 11323 11602 11967 11121 11404 11469').split(' '),
);

/** The pack test's exercise A: score F by hand for the classroom customer halfway through the list. */
export const PACK_SCORE_F = { customer: '123', value: 8, edges: '1 | 2 | 6.4 | 9', score: 4 } as const;

/**
 * Every built-in's answer in its own target state (its sample at the default analysis date,
 * the tool's default settings plus what the exercise fixes: M-high at a fifth, the pyramid at
 * 20 / 30 / 50, the churn line at 180 days, the value line at the top tier's boundary), from
 * the same script's figures above and in EXERCISE_ANSWERS. `solution`: the figure the
 * solution hint states. A reveal from ANY state the learner has left must give exactly these.
 */
export const REVEALED_ANSWERS: Record<string, { answer: unknown; solution?: unknown }> = {
  // Classroom: M >= 2690 makes 8 of 40 M-high; they bring 26,525 of 52,455 = 50.57 %.
  'b01-reach-m-high': { answer: 50.57, solution: 50.57 },
  // Classroom customer 111: R 189 > 137.6 (L), F 9 >= 4.8 (H), M 2,690 >= 1,311.38 (H).
  'b02-classify': { answer: 'LHH', solution: 'LHH' },
  // Classroom customer 120: R 20 days, default R edges 13.8 | 66.2 | 207.4 | 259.4: score 4.
  'b03-score-r': { answer: 4, solution: 4 },
  // Retail, pyramid 20 / 30 / 50 by percentile: the top tier's customers bring 3.72 times the average.
  'b04-pyramid-top': { answer: 3.72, solution: 3.72 },
  // Retail HHH (2024-10-01) -> LHH (2025-01-01) at the means: the first three movers in file order.
  'b05-movers': { answer: ['11922', '11476', '10816'], solution: '11922, 11476, 10816' },
  'b06-actions': { answer: Object.fromEntries(EIGHT.map((k) => [k, k])) },
  // Retail quadrants at the default lines: 747 / 754 / 245 / 1,254 customers.
  'b07-budget': {
    answer: { highValueHighPotential: 40.16, highValueLowPotential: 33.16, lowValueHighPotential: 81.63, lowValueLowPotential: 19.94 },
    solution: '40.16 / 33.16 / 81.63 / 19.94',
  },
  // Classroom at the means: LHH, 12,530 over 4 customers.
  'b08-read-chart': { answer: 'LHH' },
  'b10-r-direction': { answer: 'raise' },
  // Retail F edges 1 | 1 | 4 | 8 at five scores.
  'b11-empty-f-bin': { answer: 'ties' },
  // Classroom: 19 of 40 silent for more than 180 days.
  'b12-churn': { answer: 19, solution: 19 },
  // Retail: the best 734 of 3,000.
  'b13-pareto': { answer: 24.47, solution: 24.47 },
  // Retail: value line at 2,069.7: 343 high value, high potential.
  'b14-connect': { answer: 343, solution: 343 },
  // Retail HHH: 614 on 2024-10-01, 606 on 2025-01-01.
  'b15-quarter': { answer: { then: 614, change: -8 } },
  // The GB18030 retail file: 3,000 customers.
  'b16-gb18030': { answer: 3000, solution: 3000 },
  // Retail (future_answers.py, futureAnswers.ts): customer 11552's P(alive) 41 %; 2,395 against 3,000.7 after 2024-07-02.
  'b17-p-alive': { answer: 'middle' },
  'b18-holdout': { answer: 'less' },
};

/**
 * Every seeded variant's answer, by kind and by the variant's parameters (the lists in the
 * kinds' `variants`), in its target state on the kind's own sample: the output of
 *
 *   /usr/bin/python3 tests/reference/classroom_answers.py --variants
 *
 * Keys: reachTarget by targetShare, classifyByHand by customerAt, scoreByHand by
 * "letter|customerAt", lifecycleChurn by churnDays, pyramidShare by "cut|cut" (the top tier's
 * revenue per customer over the overall revenue per customer), pareto by
 * revenueShare, splitBudget by total (per customer, the quadrants in table order), overTime
 * by months.
 */
export const VARIANT_ANSWERS = {
  "classroom": {
    "reachTarget": {
      "0.15": 40.01,
      "0.2": 50.57,
      "0.25": 60.02,
      "0.3": 68.54
    },
    "classifyByHand": {
      "0.12": "LHL",
      "0.25": "HHL",
      "0.37": "LHH",
      "0.5": "LHH",
      "0.63": "LLH",
      "0.75": "LLH",
      "0.88": "HLH"
    },
    "scoreByHand": {
      "R|0.2": 5,
      "R|0.4": 4,
      "R|0.61": 4,
      "R|0.8": 5,
      "F|0.2": 3,
      "F|0.4": 4,
      "F|0.61": 4,
      "F|0.8": 3,
      "M|0.2": 1,
      "M|0.4": 3,
      "M|0.61": 5,
      "M|0.8": 3
    },
    "lifecycleChurn": {
      "60": 25,
      "180": 19,
      "240": 14,
      "270": 5
    }
  },
  "retail": {
    "pyramidShare": {
      "0.8|0.5": 3.72,
      "0.9|0.6": 5.57,
      "0.85|0.55": 4.43,
      "0.75|0.45": 3.22,
      "0.7|0.4": 2.85
    },
    "pareto": {
      "0.5": 8.0,
      "0.6": 11.83,
      "0.7": 17.07,
      "0.75": 20.4,
      "0.8": 24.47,
      "0.9": 36.1
    },
    "splitBudget": {
      "60000": [24.1, 19.89, 48.98, 11.96],
      "80000": [32.13, 26.53, 65.31, 15.95],
      "90000": [36.14, 29.84, 73.47, 17.94],
      "100000": [40.16, 33.16, 81.63, 19.94],
      "120000": [48.19, 39.79, 97.96, 23.92],
      "150000": [60.24, 49.73, 122.45, 29.9],
      "200000": [80.32, 66.31, 163.27, 39.87]
    },
    "overTime": {
      "3": { "then": 614, "change": -8 },
      "6": { "then": 602, "change": 4 },
      "9": { "then": 586, "change": 20 },
      "12": { "then": 497, "change": 109 }
    }
  }
} as const;

const QUADRANT_FIELDS = ['quadrant.highValueHighPotential', 'quadrant.highValueLowPotential', 'quadrant.lowValueHighPotential', 'quadrant.lowValueLowPotential'];
const LETTERS: Record<string, string> = { recency: 'R', frequency: 'F', monetary: 'M' };

/**
 * The pinned answer of a built-in in the variant the app drew (its parameters, as the coach
 * shows them in `data-params`), in the same shapes as EXERCISE_ANSWERS; `act`: the amount,
 * line or cuts the learner sets on the charts. Only looks the variant up in the tables above.
 */
export function variantAnswer(id: string, params: Record<string, unknown>): Answer & { act?: number | number[] } {
  const base = EXERCISE_ANSWERS[id];
  const c = VARIANT_ANSWERS.classroom as Record<string, Record<string, unknown>>;
  const r = VARIANT_ANSWERS.retail as Record<string, Record<string, unknown>>;
  const num = (right: number) => ({ type: 'number' as const, right, wrong: right + 9 });
  switch (id) {
    case 'b01-reach-m-high': {
      const share = Number(params.targetShare);
      return { ...num(c.reachTarget[String(share)] as number), act: CLASSROOM.monetaryDesc[Math.round(share * CLASSROOM.customers) - 1] };
    }
    case 'b02-classify': {
      const k = c.classifyByHand[String(params.customerAt)] as string;
      return { type: 'choice', right: `class.${k}`, wrong: k === 'HHH' ? 'class.LLL' : 'class.HHH' };
    }
    case 'b03-score-r': {
      const s = c.scoreByHand[`${LETTERS[String(params.dimension)]}|${params.customerAt}`] as number;
      return { type: 'number', right: s, wrong: s === 1 ? 2 : s - 1 };
    }
    case 'b04-pyramid-top': {
      const cuts = params.cuts as number[];
      return { ...num(r.pyramidShare[cuts.join('|')] as number), act: cuts };
    }
    case 'b07-budget': {
      const v = r.splitBudget[String(params.total)] as number[];
      return {
        type: 'numbers',
        right: Object.fromEntries(QUADRANT_FIELDS.map((k, i) => [k, v[i]])),
        wrong: Object.fromEntries(QUADRANT_FIELDS.map((k, i) => [k, v[i] + 100])),
      };
    }
    case 'b12-churn': {
      const days = Number(params.churnDays);
      return { ...num(c.lifecycleChurn[String(days)] as number), act: days };
    }
    case 'b13-pareto':
      return num(r.pareto[String(params.revenueShare)] as number);
    case 'b17-p-alive': {
      const p = PICKS[`${params.band}|${params.at}` as keyof typeof PICKS].pAlive;
      const band = p < 0.3 ? 'low' : p < 0.7 ? 'middle' : 'high';
      return { type: 'choice', right: `ex.choice.pAlive.${band}`, wrong: `ex.choice.pAlive.${band === 'low' ? 'high' : 'low'}` };
    }
    case 'b18-holdout': {
      const d = HOLDOUT[Number(params.holdoutWeeks) as keyof typeof HOLDOUT].direction;
      return { type: 'choice', right: `ex.choice.holdout.${d}`, wrong: `ex.choice.holdout.${d === 'more' ? 'less' : 'more'}` };
    }
    case 'b15-quarter': {
      const o = r.overTime[String(params.months)] as { then: number; change: number };
      return {
        type: 'numbers',
        right: { 'ex.field.then': o.then, 'ex.field.change': o.change },
        wrong: { 'ex.field.then': o.then + 100, 'ex.field.change': o.change + 100 },
      };
    }
    default:
      return base;
  }
}

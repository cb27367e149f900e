#!/usr/bin/env python3
"""The figures of tests/reference/classroomAnswers.ts (typed by the e2e tests), from the
independent classroom_answers.py. usage: /usr/bin/python3 tests/reference/e2e_answers.py"""
import importlib.util, json, os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('ca', os.path.join(HERE, 'classroom_answers.py'))
ca = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ca)

d = ca.Data(ca.read_csv('classroom.csv'))
m = ca.metrics(d, d.default_as_of)
ids = list(m)
n = len(ids)
total = sum(v['M'] for v in m.values())
pot_line = float(np.mean([v['potential'] for v in m.values()]))
best = sorted(ids, key=lambda c: -m[c]['M'])
then = ca.months_earlier(d.default_as_of, 3)
pack = ids[min(n - 1, max(0, int(np.floor(0.5 * (n - 1)))))]
f_edges = ca.edges([m[c]['F'] for c in ids])
full = ca.answers(d)
retail = ca.answers(ca.Data(ca.read_csv('retail-transactions.csv')), full=False)
print(json.dumps({
    'customers': n,
    'monetaryDesc': [m[c]['M'] for c in best],
    'topKRevenuePercent': {k: ca.r2(sum(m[c]['M'] for c in best[:k]) / total * 100) for k in range(5, 12)},
    'topKHighPotential': {k: sum(1 for c in best[:k] if m[c]['potential'] >= pot_line) for k in range(5, 12)},
    'quarterBack': then.isoformat(),
    'quarterChanges': ca.changes(ca.metrics(d, then), m),
    'lessons': {
        'rfmSkew': {'R': 'recency', 'F': 'frequency', 'M': 'monetary'}[full['mostSkewed']],
        'rfmOneTimePercent': full['oneTimeBuyers'] / n * 100,
        'eightLargest': full['largestEightClass'],
        'segmentsOthersPercent': full['segments']['others'] / n * 100,
        'pyramidTop20Percent': ca.r2(full['top20RevenueShare'] * 100),
        'currentFutureOpenPercent': full['currentFuture']['highCurrentLowFutureShare'] * 100,
        'churn180Percent': full['churnAt']['180'] / n * 100,
    },
    'exercises': {
        'classroom': {k: full[k] for k in ('picked', 'reachTarget', 'bestRevenuePerCustomer', 'churnAt', 'segments')},
        'retail': {'b04': retail['pyramid']['topIndex'], 'b07': retail['valuePotential']['budgetPerCustomer'],
                   'b11': retail['emptyFBin'], 'b13': ca.r2(retail['smallestShareFor80'] * 100),
                   'b14': [retail['pyramid']['boundaries'][0], retail['valuePotential']['highHighAtTopBoundary']],
                   'b15': [retail['quarter']['HHHthen'], retail['quarter']['change']], 'b16': retail['customers'],
                   'movers': retail['quarter']['moversHHHtoLHH']},
    },
    'packScoreF': {'customer': pack, 'value': m[pack]['F'], 'edges': f_edges, 'score': ca.score_up(m[pack]['F'], f_edges)},
}, indent=1))

#!/usr/bin/env python3
"""The answers of lesson 9 and the future-value exercises on samples/retail-transactions.csv,
worked out independently of the TypeScript engine: pandas builds each customer's (x, t_x, T)
from the raw rows, scipy fits BG/NBD by maximum likelihood and evaluates P(alive) and the
conditional expectation (the functions of bgnbd_reference.py, which shares nothing with the
app). The unit tests pin the numbers printed here as literals:

  src/lib/domain/teaching/exercises/future.test.ts
  src/lib/domain/teaching/lessons/future.test.ts

Conventions (issue 11, README "Predicted future value"): weeks; the calibration end is the
last day counted at the default analysis date (2024-12-31, the day before 2025-01-01) minus
the holdout; a model
transaction is a row with amount >= 0, one per customer and day; the holdout lasts the
holdout weeks or until the last day with data, whichever is sooner.

usage: /usr/bin/python3 tests/reference/future_answers.py   (prints one JSON object)
"""
import json
import os
import sys

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bgnbd_reference import bgnbd_ll, cond_expected, fit, p_alive, summary  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
EPOCH = pd.Timestamp('1970-01-01')
ANALYSIS = (pd.Timestamp('2025-01-01') - EPOCH).days
# P(alive) bands of the exercise, and how far from a band edge a drawn customer must be.
BANDS = {'low': (0.0, 0.3), 'middle': (0.3, 0.7), 'high': (0.7, 1.0)}
MARGIN = 0.02
POSITIONS = [0.25, 0.5, 0.75]


def load():
    raw = pd.read_csv(os.path.join(ROOT, 'samples', 'retail-transactions.csv'), dtype={'customer_id': str, 'order_id': str})
    return pd.DataFrame({
        'customer': raw.customer_id,
        'day': (pd.to_datetime(raw.order_date) - EPOCH).dt.days,
        'amount': raw.amount.astype(float),
    })


def model(df, holdout_weeks):
    end = ANALYSIS - 1 - 7 * holdout_weeks
    s, hold = summary(df, end)
    x, tx, T = s.x.to_numpy(float), s.t_x.to_numpy(), s['T'].to_numpy()
    bg = fit(lambda p: -bgnbd_ll(p, x, tx, T), np.log([1.0, 1.0, 1.0, 1.0]))
    r, alpha, a, b = np.exp(bg.x)
    return end, s, hold, (r, alpha, a, b), -bg.fun


def iso(day):
    return (EPOCH + pd.Timedelta(days=int(day))).strftime('%Y-%m-%d')


def main():
    df = load()
    out = {'holdout': {}, 'pAlive': {}, 'twoHistories': {}}
    for weeks in [13, 20, 26, 30, 39]:
        end, s, hold, (r, alpha, a, b), ll = model(df, weeks)
        x, tx, T = s.x.to_numpy(float), s.t_x.to_numpy(), s['T'].to_numpy()
        # The holdout runs for the holdout weeks or until the data ends, whichever is sooner.
        used = min(weeks, (df.day.max() - end) / 7)
        expected = float(cond_expected(used, r, alpha, a, b, x, tx, T).sum())
        actual = int((hold.day <= end + 7 * used).sum())
        # Lesson 9's question: both first bought 60 weeks and last 20 weeks before the end; 10 repeats or 1.
        out['twoHistories'][weeks] = {k: float(p_alive(r, alpha, a, b, x_, 40.0, 60.0)) for k, x_ in [('frequent', 10.0), ('rare', 1.0)]}
        out['holdout'][weeks] = {
            'calibrationEnd': iso(end), 'weeks': used, 'customers': int(len(s)), 'r': r, 'alpha': alpha, 'a': a, 'b': b, 'logLikelihood': ll,
            'expected': expected, 'actual': actual, 'direction': 'more' if actual > expected else 'less',
        }

    end, s, _hold, (r, alpha, a, b), ll = model(df, 0)
    s = s.sort_index()  # by customer id, as text
    pa = p_alive(r, alpha, a, b, s.x.to_numpy(float), s.t_x.to_numpy(), s['T'].to_numpy())
    s = s.assign(pAlive=pa)
    out['pAlive']['calibrationEnd'] = iso(end)
    out['pAlive']['params'] = {'r': r, 'alpha': alpha, 'a': a, 'b': b, 'logLikelihood': ll}
    out['twoHistories'][0] = {k: float(p_alive(r, alpha, a, b, x_, 40.0, 60.0)) for k, x_ in [('frequent', 10.0), ('rare', 1.0)]}
    out['pAlive']['bandCounts'] = {}
    out['pAlive']['picks'] = {}
    for band, (lo, hi) in BANDS.items():
        ok = s[(s.x >= 1) & (s.pAlive >= lo + MARGIN) & (s.pAlive < hi - MARGIN)]
        out['pAlive']['bandCounts'][band] = int(len(ok))
        for at in POSITIONS:
            i = min(len(ok) - 1, max(0, int(np.floor(at * (len(ok) - 1)))))
            row = ok.iloc[i]
            out['pAlive']['picks'][f'{band}@{at}'] = {
                'customer': ok.index[i], 'x': int(row.x), 'firstDay': iso(row['first']), 'lastDay': iso(row['last']),
                'pAlive': float(row.pAlive),
            }
    print(json.dumps(out, indent=1))


if __name__ == '__main__':
    main()

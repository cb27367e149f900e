#!/usr/bin/env python3
"""The careful analyst's pandas script for Online Retail: the baseline `npm run classify` is held to.

What a careful analyst writes (compare pandas_baseline.py, the naive version): read only the
five needed columns, with explicit dtypes (InvoiceNo as a category: about 26,000 distinct
invoices over 540,000 rows), one explicit date format, calendar days as integers, and one
vectorised groupby for R (last purchase), F (distinct invoices among purchases) and M (sum of
all amounts, returns included). Then the same summary outputs as the CLI's --json: numpy
linear quantile score edges at 1/k..(k-1)/k, customers per score, and the eight-class counts
at mean thresholds (High: R <= mean, F >= mean, M >= mean). Same rules as the engine:
rows without a customer are dropped; a purchase is a positive amount on an invoice not
starting with C; the analysis date is the day after the latest row.

usage: pandas_careful.py FILE.csv.gz [--bins K] [--runs N]
  prints the summary as JSON; with --runs N, also times N in-process runs (median, min in ms).
"""
import json
import sys
import time

import numpy as np
import pandas as pd

DAY_NS = 86_400 * 10**9
KEYS = ['HHH', 'HLH', 'LHH', 'LLH', 'HHL', 'HLL', 'LHL', 'LLL']


def summarize(path, k=5):
    df = pd.read_csv(
        path,
        usecols=['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'],
        dtype={'InvoiceNo': 'category', 'Quantity': np.float64, 'InvoiceDate': str, 'UnitPrice': np.float64, 'CustomerID': np.float64},
    )
    df = df[df['CustomerID'].notna()]
    # Calendar day number of each row (time of day dropped).
    day = pd.to_datetime(df['InvoiceDate'], format='%Y-%m-%d %H:%M:%S').values.astype(np.int64) // DAY_NS
    amount = df['Quantity'].values * df['UnitPrice'].values
    invoices = df['InvoiceNo'].cat
    cancelled_invoice = invoices.categories.str.upper().str.startswith('C')
    purchase = (amount > 0) & ~cancelled_invoice[invoices.codes]
    analysis_day = int(day.max()) + 1

    frame = pd.DataFrame({'customer': df['CustomerID'].values, 'day': day, 'amount': amount, 'invoice': invoices.codes})
    m = frame.groupby('customer', sort=False)['amount'].sum()
    p = frame[purchase].groupby('customer', sort=False).agg(last=('day', 'max'), F=('invoice', 'nunique'))
    r = (analysis_day - p['last']).values
    f = p['F'].values
    m = m.reindex(p.index).values

    qs = [i / k for i in range(1, k)]
    edges = {'recency': np.quantile(r, qs), 'frequency': np.quantile(f, qs), 'monetary': np.quantile(m, qs)}
    scores = {
        'R': k - (r[:, None] > edges['recency']).sum(axis=1),
        'F': 1 + (f[:, None] > edges['frequency']).sum(axis=1),
        'M': 1 + (m[:, None] > edges['monetary']).sum(axis=1),
    }
    thresholds = {'recency': r.mean(), 'frequency': f.mean(), 'monetary': m.mean()}
    high = (r <= thresholds['recency']).astype(np.int64) * 4 + (f >= thresholds['frequency']) * 2 + (m >= thresholds['monetary'])
    by_code = np.bincount(high, minlength=8)
    counts = {key: int(by_code[(key[0] == 'H') * 4 + (key[1] == 'H') * 2 + (key[2] == 'H')]) for key in KEYS}
    return {
        'customers': int(len(r)),
        'analysisDate': str(np.datetime64(analysis_day, 'D')),
        'edges': {name: [float(e) for e in v] for name, v in edges.items()},
        'scoreCounts': {name: [int(c) for c in np.bincount(s - 1, minlength=k)] for name, s in scores.items()},
        'eightClasses': {'thresholds': {name: float(t) for name, t in thresholds.items()}, 'counts': counts},
    }


def main():
    argv = sys.argv[1:]
    path = argv[0]
    k = int(argv[argv.index('--bins') + 1]) if '--bins' in argv else 5
    runs = int(argv[argv.index('--runs') + 1]) if '--runs' in argv else 0
    summary = summarize(path, k)
    if runs:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            summarize(path, k)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        summary['timing'] = {'median_ms': times[len(times) // 2], 'min_ms': times[0], 'runs': runs, 'pandas': pd.__version__}
    print(json.dumps(summary, indent=2))


if __name__ == '__main__':
    main()

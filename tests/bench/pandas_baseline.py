#!/usr/bin/env python3
"""The NAIVE pandas baseline in `npm run bench` (the careful one is pandas_careful.py).

Naive on purpose, as a first script often is: reads every column, strings for ids, lets
pandas guess the date format, normalises timestamps. Kept to show what the careful choices
(usecols, dtypes, an explicit date format) are worth.

Same work as the engine's "bytes -> full summary" on Online Retail: read the gzipped CSV,
drop rows without a customer, amount = quantity x price, purchases = positive amount on a
non-C invoice, per customer last purchase / distinct invoices / sum, numpy quantile edges,
R/F/M scores and the eight classes. Prints the median of N runs in milliseconds as JSON.
usage: pandas_baseline.py FILE.csv.gz [RUNS]
"""
import json, sys, time

import numpy as np
import pandas as pd


def run(path):
    df = pd.read_csv(path, dtype={'InvoiceNo': str, 'StockCode': str, 'CustomerID': str})
    df = df[df['CustomerID'].notna()]
    df['InvoiceDate'] = pd.to_datetime(df['InvoiceDate']).dt.normalize()
    df['amount'] = df['Quantity'] * df['UnitPrice']
    as_of = df['InvoiceDate'].max() + pd.Timedelta(days=1)
    purchase = (df['amount'] > 0) & ~df['InvoiceNo'].str.upper().str.startswith('C')
    p = df[purchase]
    g = p.groupby('CustomerID')
    r = (as_of - g['InvoiceDate'].max()).dt.days
    f = g['InvoiceNo'].nunique()
    m = df.groupby('CustomerID')['amount'].sum().reindex(r.index)
    k = 5
    qs = [i / k for i in range(1, k)]
    er, ef, em = np.quantile(r, qs), np.quantile(f, qs), np.quantile(m, qs)
    rs = k - (r.values[:, None] > er).sum(axis=1)
    fs = 1 + (f.values[:, None] > ef).sum(axis=1)
    ms = 1 + (m.values[:, None] > em).sum(axis=1)
    code = (r <= r.mean()).astype(int) * 4 + (f >= f.mean()).astype(int) * 2 + (m >= m.mean()).astype(int)
    return len(r), np.bincount(code, minlength=8), rs, fs, ms


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        n, *_ = run(path)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(json.dumps({'customers': n, 'median_ms': times[len(times) // 2], 'min_ms': times[0], 'runs': runs, 'pandas': pd.__version__}))


if __name__ == '__main__':
    main()

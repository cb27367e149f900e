#!/usr/bin/env python3
"""Independent reference of COURSE.md's rules in plain Python (standard library, plus numpy for quantiles).

Used by tests/unit/reference-agreement.test.ts to check the TypeScript engine count for
count on the shared datasets. Deliberately written from COURSE.md, not from the engine:
row dictionaries, datetime, sorted lists. Handles the shapes of the shared datasets
(ISO dates, plain numbers); it is not a general CSV ingester.

usage: rfm_reference.py FILE --customer COL --date COL (--amount COL | --qty COL --price COL)
                        [--order COL] [--as-of YYYY-MM-DD] [--bins K] [--runs AS_OF:K,...]
"""
import argparse, csv, datetime, gzip, io, json, math, sys

import numpy as np


def quantile(sorted_values, p):
    # COURSE.md defines the edges as numpy's default np.quantile (method 'linear', R type 7):
    # use numpy itself rather than re-deriving its interpolation.
    return float(np.quantile(np.asarray(sorted_values, dtype=float), p, method='linear'))


def norm_id(s):
    s = s.strip()
    if s.endswith('.0') and s[:-2].isdigit():
        s = s[:-2]
    return s


SEGMENTS = [
    ('Champions', (5, 5), (5, 5), (5, 5)),
    ('Potential Loyalist', (3, 5), (3, 5), (2, 5)),
    ('Loyal Customers', (2, 4), (2, 4), (2, 4)),
    ('Promising', (3, 4), (1, 3), (3, 5)),
    ('New Customers', (4, 5), (1, 3), (1, 5)),
    ("Can't Lose Them", (1, 2), (3, 4), (4, 5)),
    ('At Risk', (1, 2), (2, 5), (4, 5)),
    ('Need Attention', (1, 3), (3, 5), (3, 5)),
    ('About To Sleep', (2, 3), (1, 3), (1, 4)),
    ('Lost', (1, 1), (1, 5), (1, 5)),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('file')
    ap.add_argument('--customer', required=True)
    ap.add_argument('--date', required=True)
    ap.add_argument('--amount')
    ap.add_argument('--qty')
    ap.add_argument('--price')
    ap.add_argument('--order')
    ap.add_argument('--as-of')
    ap.add_argument('--bins', type=int, default=5)
    ap.add_argument('--runs', help='AS_OF:K,AS_OF:K,... (AS_OF may be empty): a JSON list, one summary per pair')
    a = ap.parse_args()

    raw = open(a.file, 'rb').read()
    if a.file.endswith('.gz'):
        raw = gzip.decompress(raw)
    rows = csv.DictReader(io.StringIO(raw.decode('utf-8-sig')))
    tx = []
    for row in rows:
        cid = norm_id(row[a.customer] or '')
        if not cid:
            continue
        ds = (row[a.date] or '').strip()
        if not ds:
            continue
        day = datetime.date.fromisoformat(ds[:10])
        if a.amount:
            amount = float(row[a.amount])
        else:
            amount = float(row[a.qty]) * float(row[a.price])
        order = row[a.order].strip() if a.order else None
        tx.append((cid, day, amount, order))

    if a.runs is None:
        json.dump(classify(tx, a.as_of, a.bins, bool(a.order)), sys.stdout)
    else:
        # Several (as-of, bins) pairs on one reading of the file: the test asks for all of a
        # file's cases at once instead of parsing a large file again for each.
        runs = [r.split(':') for r in a.runs.split(',')]
        json.dump([classify(tx, as_of or None, int(k), bool(a.order)) for as_of, k in runs], sys.stdout)


def classify(tx, as_of_iso, k, by_order):
    """The summary of the transactions `tx` at `as_of_iso` (default: the day after the last) with k bins."""
    as_of = datetime.date.fromisoformat(as_of_iso) if as_of_iso else max(t[1] for t in tx) + datetime.timedelta(days=1)
    last, orders, rows_count, money = {}, {}, {}, {}
    for cid, day, amount, order in tx:
        if day >= as_of:
            continue
        money[cid] = money.get(cid, 0.0) + amount
        cancelled = order is not None and order.upper().startswith('C')
        if amount > 0 and not cancelled:
            if cid not in last or day > last[cid]:
                last[cid] = day
            if order is not None:
                orders.setdefault(cid, set()).add(order)
            rows_count[cid] = rows_count.get(cid, 0) + 1
    custs = sorted(last)
    R = {c: (as_of - last[c]).days for c in custs}
    F = {c: (len(orders[c]) if by_order else rows_count[c]) for c in custs}
    M = {c: money[c] for c in custs}
    edges = {}
    for name, vals in (('recency', R), ('frequency', F), ('monetary', M)):
        s = sorted(vals.values())
        edges[name] = [quantile(s, i / k) for i in range(1, k)]

    def up(v, e):
        return 1 + sum(1 for x in e if v > x)

    def rec(v, e):
        return k - sum(1 for x in e if v > x)

    rs = {c: rec(R[c], edges['recency']) for c in custs}
    fs = {c: up(F[c], edges['frequency']) for c in custs}
    ms = {c: up(M[c], edges['monetary']) for c in custs}
    n = len(custs)
    tR = math.fsum(R.values()) / n
    tF = math.fsum(F.values()) / n
    tM = math.fsum(M.values()) / n
    eight = {}
    for c in custs:
        key = ('H' if R[c] <= tR else 'L') + ('H' if F[c] >= tF else 'L') + ('H' if M[c] >= tM else 'L')
        eight[key] = eight.get(key, 0) + 1
    seg = {name: 0 for name, *_ in SEGMENTS}
    seg['Others'] = 0
    for c in custs:
        for name, r, f, m in SEGMENTS:
            if r[0] <= rs[c] <= r[1] and f[0] <= fs[c] <= f[1] and m[0] <= ms[c] <= m[1]:
                seg[name] += 1
                break
        else:
            seg['Others'] += 1
    sm = sorted(M.values())
    b_high, b_med = quantile(sm, 0.8), quantile(sm, 0.5)
    tiers = {'high': 0, 'medium': 0, 'low': 0}
    for c in custs:
        tiers['high' if M[c] >= b_high else 'medium' if M[c] >= b_med else 'low'] += 1
    out = {
        'customers': n,
        'analysisDate': as_of.isoformat(),
        'edges': edges,
        'scoreCounts': {
            'R': [sum(1 for c in custs if rs[c] == s) for s in range(1, k + 1)],
            'F': [sum(1 for c in custs if fs[c] == s) for s in range(1, k + 1)],
            'M': [sum(1 for c in custs if ms[c] == s) for s in range(1, k + 1)],
        },
        'eightClasses': {'thresholds': {'recency': tR, 'frequency': tF, 'monetary': tM}, 'counts': eight},
        'segments': seg,
        'pyramid': [{'tier': t, 'customers': tiers[t]} for t in ('high', 'medium', 'low')],
    }
    return out


if __name__ == '__main__':
    main()

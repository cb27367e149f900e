"""
Independent reference for the model check view (issue 11): the tracking curve (cumulative
repeat transactions of the calibration cohort, actual and predicted) and the holdout by
calibration repeats (0 ... 6, 7+), from the raw transactions with pandas and with the BG/NBD
expectations from scipy.special.hyp2f1 (the paper's equations 9 and 10 as printed, not the
TypeScript's transformed series). The parameters are given, so this checks the counting and
the sums, not the fit (bgnbd_reference.py checks that).

Grid: points every 7 days back from the calibration end to the cohort's first day (plus that
first day when it is not on the grid), then every 7 days after it up to end + holdout * 7
(plus that last day). A point counts the days on or before it.

usage: python3 model_check_reference.py FILE CALIBRATION_END HOLDOUT_WEEKS R ALPHA A B [CUSTOMER_COL DATE_COL AMOUNT_COL]
Prints JSON on stdout.
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy.special import hyp2f1


def new_customer_expected(t, r, alpha, a, b):
    # Equation 9: E[X(t)] for a customer acquired at 0.
    t = np.asarray(t, float)
    return (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)))


def conditional_expected(t, r, alpha, a, b, x, tx, T):
    # Equation 10.
    hyp = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
    num = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp)
    odds = np.where(x > 0, a / np.maximum(b + x - 1, 1e-300) * ((alpha + T) / (alpha + tx)) ** (r + x), 0.0)
    return num / (1 + odds)


def main():
    path, end_iso, weeks = sys.argv[1], sys.argv[2], float(sys.argv[3])
    r, alpha, a, b = (float(v) for v in sys.argv[4:8])
    cols = sys.argv[8:11] if len(sys.argv) >= 11 else ["customer_id", "date", "dollar_value"]
    raw = pd.read_csv(path, dtype={cols[0]: str})
    epoch = pd.Timestamp("1970-01-01")
    df = pd.DataFrame({
        "customer": raw[cols[0]],
        "day": (pd.to_datetime(raw[cols[1]]) - epoch).dt.days,
        "amount": raw[cols[2]].astype(float),
    })
    end = (pd.Timestamp(end_iso) - epoch).days
    last = end + weeks * 7

    days = df[df.amount >= 0][["customer", "day"]].drop_duplicates()
    days["first"] = days.groupby("customer").day.transform("min")
    days = days[days["first"] <= end]
    repeat = days[(days.day > days["first"]) & (days.day <= last)]

    first_day = int(days["first"].min())
    grid = [] if (end - first_day) % 7 == 0 else [first_day]
    grid += list(range(end - 7 * ((end - first_day) // 7), end + 1, 7))
    grid += [d for d in range(end + 7, int(np.ceil(last)), 7) if d < last]
    if last > end:
        grid.append(last)

    firsts = days.groupby("customer")["first"].first().to_numpy()
    points = []
    for d in grid:
        elapsed = (d - firsts[firsts < d]) / 7.0
        points.append({
            "day": float(d),
            "actual": int((repeat.day <= d).sum()),
            "predicted": float(new_customer_expected(elapsed, r, alpha, a, b).sum()),
        })

    cal = days[days.day <= end].groupby("customer").agg(first=("first", "first"), last=("day", "max"), n=("day", "count"))
    cal["x"] = cal.n - 1
    cal["t_x"] = (cal["last"] - cal["first"]) / 7.0
    cal["T"] = (end - cal["first"]) / 7.0
    held = days[(days.day > end) & (days.day <= last)].groupby("customer").size()
    cal["held"] = held.reindex(cal.index).fillna(0).astype(int)
    cal["expected"] = conditional_expected(weeks, r, alpha, a, b, cal.x.to_numpy(float), cal.t_x.to_numpy(), cal["T"].to_numpy())
    cal["group"] = np.minimum(cal.x, 7)
    by = cal.groupby("group").agg(customers=("x", "size"), actual=("held", "sum"), expected=("expected", "sum")).reindex(range(8), fill_value=0)
    groups = [{"repeats": int(g), "customers": int(row.customers), "actual": int(row.actual), "expected": float(row.expected)} for g, row in by.iterrows()]

    print(json.dumps({"customers": int(len(cal)), "points": points, "byRepeats": groups}, indent=1))


if __name__ == "__main__":
    main()

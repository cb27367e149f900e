"""
Independent reference for the BG/NBD and Gamma-Gamma models (issue 11): pandas builds the
per-customer summary from the raw transactions, scipy fits both models by maximum likelihood
and evaluates the conditional expectations with scipy.special.hyp2f1. Nothing here is shared
with the TypeScript code it checks.

usage: python3 bgnbd_reference.py FILE CALIBRATION_END HORIZON_WEEKS [CUSTOMER_COL DATE_COL AMOUNT_COL]
Prints JSON on stdout.
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import betaln, gammaln, hyp2f1


def summary(df, end):
    # A model transaction: amount >= 0 (free orders count); a day is one transaction.
    df = df[df.amount >= 0]
    daily = df.groupby(["customer", "day"], as_index=False).amount.sum()
    first = daily.groupby("customer").day.min().rename("first")
    daily = daily.join(first, on="customer")
    cal = daily[(daily.day <= end) & (daily["first"] <= end)]
    g = cal.groupby("customer")
    out = pd.DataFrame({"first": g.day.min(), "last": g.day.max(), "n": g.day.count()})
    out["x"] = out.n - 1
    out["t_x"] = (out["last"] - out["first"]) / 7.0
    out["T"] = (end - out["first"]) / 7.0
    repeat = cal[cal.day > cal["first"]].groupby("customer").amount.mean()
    out["m"] = repeat.reindex(out.index).fillna(0.0)
    hold = daily[(daily.day > end) & daily.customer.isin(out.index)]
    return out, hold


def bgnbd_ll(params, x, tx, T):
    r, alpha, a, b = np.exp(params)
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = betaln(a, b + x) - betaln(a, b)
    a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx), -np.inf)
    return np.sum(a1 + a2 + np.logaddexp(a3, a4))


def fit(nll, x0):
    best = minimize(nll, x0, method="Nelder-Mead", options={"xatol": 1e-12, "fatol": 1e-12, "maxiter": 40000, "maxfev": 80000})
    best = minimize(nll, best.x, method="BFGS", options={"gtol": 1e-10})
    return best


def gg_ll(params, x, m):
    p, q, g = np.exp(params)
    return np.sum(
        gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(g)
        + (p * x - 1) * np.log(m) + p * x * np.log(x) - (p * x + q) * np.log(x * m + g)
    )


def cond_expected(t, r, alpha, a, b, x, tx, T):
    hyp = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
    num = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp)
    den = 1 + (x > 0) * a / np.maximum(b + x - 1, 1e-300) * ((alpha + T) / (alpha + tx)) ** (r + x)
    return num / den


def p_alive(r, alpha, a, b, x, tx, T):
    return 1 / (1 + (x > 0) * a / np.maximum(b + x - 1, 1e-300) * ((alpha + T) / (alpha + tx)) ** (r + x))


def read_transactions(path, end_iso, cols=("customer_id", "date", "dollar_value")):
    """The transactions as (customer, day number, amount) and the calibration end as a day number."""
    raw = pd.read_csv(path, dtype={cols[0]: str})
    df = pd.DataFrame({
        "customer": raw[cols[0]],
        "day": (pd.to_datetime(raw[cols[1]]) - pd.Timestamp("1970-01-01")).dt.days,
        "amount": raw[cols[2]].astype(float),
    })
    return df, (pd.Timestamp(end_iso) - pd.Timestamp("1970-01-01")).days


def fit_models(df, end, fitter=fit):
    """Summary, BG/NBD fit and Gamma-Gamma fit as of `end` (the benchmark passes a quicker fitter)."""
    s, hold = summary(df, end)
    x, tx, T = s.x.to_numpy(float), s.t_x.to_numpy(), s["T"].to_numpy()
    bg = fitter(lambda p: -bgnbd_ll(p, x, tx, T), np.log([1.0, 1.0, 1.0, 1.0]))
    # Gamma-Gamma needs a positive mean spend (log m): on CDNOW master 1 of 9,451 repeat buyers had only free repeat orders.
    rep = s[(s.x > 0) & (s.m > 0)]
    gg = fitter(lambda p: -gg_ll(p, rep.x.to_numpy(float), rep.m.to_numpy()), np.log([1.0, 1.0, 1.0]))
    return s, hold, rep, bg, gg


def main():
    path, end_iso, horizon = sys.argv[1], sys.argv[2], float(sys.argv[3])
    cols = sys.argv[4:7] if len(sys.argv) >= 7 else ["customer_id", "date", "dollar_value"]
    df, end = read_transactions(path, end_iso, cols)
    s, hold, rep, bg, gg = fit_models(df, end)
    x, tx, T = s.x.to_numpy(float), s.t_x.to_numpy(), s["T"].to_numpy()
    r, alpha, a, b = np.exp(bg.x)
    p, q, g = np.exp(gg.x)
    expected_cal = cond_expected(horizon, r, alpha, a, b, x, tx, T)
    window = hold[hold.day <= end + horizon * 7]
    out = {
        "customers": int(len(s)),
        "repeaters": int(len(rep)),
        "bgnbd": {"r": r, "alpha": alpha, "a": a, "b": b, "logLikelihood": -bg.fun},
        "gammaGamma": {"p": p, "q": q, "gamma": g, "customers": int(len(rep))},
        "expectedTransactions": float(expected_cal.sum()),
        "holdout": {"actualTransactions": int(len(window)), "expectedTransactions": float(expected_cal.sum())},
        "example": {
            "x": 2, "t_x": 30.43, "T": 38.86,
            "expected39": float(cond_expected(39.0, r, alpha, a, b, 2.0, 30.43, 38.86)),
            "pAlive": float(p_alive(r, alpha, a, b, 2.0, 30.43, 38.86)),
        },
        "firstCustomers": [
            {"id": str(i), "x": float(row.x), "t_x": float(row.t_x), "T": float(row["T"]),
             "pAlive": float(p_alive(r, alpha, a, b, row.x, row.t_x, row["T"])),
             "expected": float(cond_expected(horizon, r, alpha, a, b, row.x, row.t_x, row["T"])),
             "spend": float((g + row.m * row.x) * p / (p * row.x + q - 1)) if row.x > 0 else float(p * g / (q - 1))}
            for i, row in s.head(5).iterrows()
        ],
    }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()

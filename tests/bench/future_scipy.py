"""
The future-value fit in Python, for `tests/bench/future.ts`: the independent pandas + scipy
reference (tests/reference/bgnbd_reference.py, which the CLI's figures are checked against)
timed on the same work as the app's fit: per-customer summary from the transactions, BG/NBD
and Gamma-Gamma by maximum likelihood, then every customer's P(alive) and expected
transactions. Reading the CSV is not timed (the app's figure starts from ingested data too).
Two fits: "careful" is the reference's own (Nelder-Mead to 1e-12, then BFGS: what the
CLI is checked against, not tuned for speed); "quick" is one scipy BFGS from the same start
at scipy's default tolerances, what an analyst in a hurry would write. The `lifetimes`
package would be the usual comparison; it is not on Debian and PyPI is out of reach here.

usage: python3 future_scipy.py FILE CALIBRATION_END HORIZON_WEEKS [RUNS] [careful|quick]
Prints JSON: median_ms, min_ms, runs, the fitted parameters and the library versions.
"""
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reference"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import scipy  # noqa: E402
from bgnbd_reference import cond_expected, fit as careful_fit, fit_models, p_alive, read_transactions  # noqa: E402
from scipy.optimize import minimize  # noqa: E402


def quick_fit(nll, x0):
    return minimize(nll, x0, method="BFGS")


def once(df, end, horizon, fit):
    s, _, _, bg, gg = fit_models(df, end, fit)
    x, tx, T = s.x.to_numpy(float), s.t_x.to_numpy(), s["T"].to_numpy()
    r, alpha, a, b = np.exp(bg.x)
    p_alive(r, alpha, a, b, x, tx, T)
    cond_expected(horizon, r, alpha, a, b, x, tx, T)
    pq = np.exp(gg.x)
    return {"customers": int(len(s)), "r": r, "alpha": alpha, "a": a, "b": b, "p": pq[0], "q": pq[1], "gamma": pq[2]}


def main():
    path, end_iso, horizon = sys.argv[1], sys.argv[2], float(sys.argv[3])
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    mode = sys.argv[5] if len(sys.argv) > 5 else "careful"
    fit = careful_fit if mode == "careful" else quick_fit
    df, end = read_transactions(path, end_iso)
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = once(df, end, horizon, fit)
        times.append((time.perf_counter() - t0) * 1000)
    print(json.dumps({
        "mode": mode, "median_ms": statistics.median(times), "min_ms": min(times), "runs": runs, "fit": out,
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "pandas": pd.__version__},
    }))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Side-by-side reference for seedscope's fANOVA: Optuna's FanovaImportanceEvaluator.

Generates uniform samples of an analytic function with numpy, writes them to CSV (header
x1..xp,y), runs Optuna 3.1's FanovaImportanceEvaluator (64 trees, max_depth 64, the given seed)
on the same trials and prints one JSON object: per-parameter raw fractions (mean over trees of
V_i / V_tree, as fanova reports them, with std over trees), Optuna's renormalized importances and
the evaluator's wall time. Needs /usr/bin/python3 with Debian's python3-optuna and sklearn.

  /usr/bin/python3 bench/fanova_optuna.py --case ishigami --n 2000 --seed 0 --csv out.csv
"""
import argparse
import json
import math
import time

import numpy as np
import optuna
from optuna.distributions import FloatDistribution
from optuna.importance import FanovaImportanceEvaluator


def ishigami(x):
    return np.sin(x[:, 0]) + 7 * np.sin(x[:, 1]) ** 2 + 0.1 * x[:, 2] ** 4 * np.sin(x[:, 0])


G_A = [0, 1, 4.5, 9, 99, 99, 99, 99, 99, 99]


def g_function(x):
    a = np.asarray(G_A[: x.shape[1]])
    return np.prod((np.abs(4 * x - 2) + a) / (1 + a), axis=1)


CASES = {
    "ishigami": (3, -math.pi, math.pi, ishigami),
    "g10": (10, 0.0, 1.0, g_function),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--case", choices=sorted(CASES), default="ishigami")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0, help="data seed (numpy default_rng)")
    ap.add_argument("--forest-seed", type=int, default=0)
    ap.add_argument("--csv", help="write the trials here")
    ap.add_argument("--read-csv", help="use these trials instead of generating")
    args = ap.parse_args()
    p, lo, hi, fn = CASES[args.case]
    if args.read_csv:
        data = np.loadtxt(args.read_csv, delimiter=",", skiprows=1)
        x, y = data[:, :p], data[:, p]
    else:
        rng = np.random.default_rng(args.seed)
        x = rng.uniform(lo, hi, size=(args.n, p))
        y = fn(x)
    if args.csv:
        header = ",".join([f"x{i + 1}" for i in range(p)] + ["y"])
        np.savetxt(args.csv, np.column_stack([x, y]), delimiter=",", header=header,
                   comments="", fmt="%.17g")

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    names = [f"x{i + 1}" for i in range(p)]
    dists = {n: FloatDistribution(lo, hi) for n in names}
    study = optuna.create_study()
    study.add_trials([
        optuna.trial.create_trial(
            params={n: float(v) for n, v in zip(names, row)}, distributions=dists, value=float(v))
        for row, v in zip(x, y)
    ])
    ev = FanovaImportanceEvaluator(seed=args.forest_seed)
    t0 = time.perf_counter()
    imp = ev.evaluate(study)
    seconds = time.perf_counter() - t0
    # evaluate() sorts the columns by name; x1..x9 then x10 sort lexicographically, so map back.
    order = sorted(names)
    raw = {}
    for col, name in enumerate(order):
        mean, std = ev._evaluator.get_importance(col)
        raw[name] = {"fraction": mean, "std": std}
    print(json.dumps({
        "case": args.case, "n": len(y), "seed": args.seed, "forestSeed": args.forest_seed,
        "optuna": optuna.__version__, "seconds": seconds,
        "main": [{"param": n, **raw[n]} for n in names],
        "normalized": {n: imp[n] for n in names},
    }))


if __name__ == "__main__":
    main()

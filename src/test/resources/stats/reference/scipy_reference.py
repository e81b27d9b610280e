"""Reference values for io.seedscope.stats tests, computed with scipy (run with /usr/bin/python3).

Usage: /usr/bin/python3 scipy_reference.py > scipy_reference.json
Versions used: printed in the "versions" field of the output.
Each value is computed by scipy/numpy, not by seedscope; the bootstrap entries summarise
scipy.stats.bootstrap over many random states (Monte Carlo mean and sd of each endpoint).
"""
import csv
import json
import os
import sys

import mpmath
import numpy as np
import scipy
from scipy import special, stats

HERE = os.path.dirname(os.path.abspath(__file__))
ALTS = ["two-sided", "less", "greater"]


def dopamine():
    path = os.path.join(HERE, "..", "dopamine", "final_returns_pong_breakout.csv")
    out = {}
    with open(path) as f:
        for row in csv.DictReader(f):
            out.setdefault((row["game"], row["agent"]), []).append(float(row["final_return"]))
    return out


D = dopamine()
rng = np.random.default_rng(20240611)
normal30 = np.round(rng.normal(10, 2, 30), 6).tolist()
lognormal30 = np.round(rng.lognormal(0, 1, 30), 6).tolist()
samples = {
    "x5": [1.0, 2.0, 3.0, 4.0, 10.0],
    "pong_dqn": D[("pong", "DQN")],
    "pong_rainbow": D[("pong", "Rainbow")],
    "n3": [3.5, -1.25, 7.0],
    "n7": [5.0, 1.0, 9.0, 2.5, 2.5, 8.0, 3.0],
    "n8": [0.3, 0.1, 0.9, 0.4, 0.7, 0.2, 0.8, 0.5],
    "normal30": normal30,
    "lognormal30": lognormal30,
}


def descriptive(x):
    x = np.asarray(x)
    n = len(x)
    sem = stats.sem(x)
    out = {
        "x": x.tolist(),
        "mean": float(np.mean(x)),
        "std": float(np.std(x, ddof=1)),
        "sem": float(sem),
        "median": float(np.median(x)),
        "iqm": float(stats.trim_mean(x, 0.25)),
        "min": float(np.min(x)),
        "max": float(np.max(x)),
        "t": {},
    }
    for level in (0.9, 0.95, 0.99):
        lo, hi = stats.t.interval(level, n - 1, loc=np.mean(x), scale=sem)
        out["t"][str(level)] = [float(lo), float(hi)]
    return out


def two_sample(name, base, cand, exact_perm):
    b, c = np.asarray(base), np.asarray(cand)
    out = {"name": name, "baseline": b.tolist(), "candidate": c.tolist(),
           "welch": {}, "mwu": {}, "permutation": {}}
    for alt in ALTS:
        r = stats.ttest_ind(c, b, equal_var=False, alternative=alt)
        v1, v2 = np.var(c, ddof=1) / len(c), np.var(b, ddof=1) / len(b)
        df = (v1 + v2) ** 2 / (v1 ** 2 / (len(c) - 1) + v2 ** 2 / (len(b) - 1))
        out["welch"][alt] = {"t": float(r.statistic), "df": float(df), "p": float(r.pvalue)}
        m = stats.mannwhitneyu(c, b, alternative=alt)  # method='auto'
        out["mwu"][alt] = {"u": float(m.statistic), "p": float(m.pvalue)}
        if exact_perm:
            pr = stats.permutation_test(
                (c, b), lambda x, y, axis: np.mean(x, axis=axis) - np.mean(y, axis=axis),
                permutation_type="independent", vectorized=True, n_resamples=np.inf,
                alternative=alt)
            out["permutation"][alt] = float(pr.pvalue)
    # Hedges' g with the exact gamma-function correction (Hedges 1981), via scipy.special.gamma.
    df = len(b) + len(c) - 2
    sp = np.sqrt(((len(b) - 1) * np.var(b, ddof=1) + (len(c) - 1) * np.var(c, ddof=1)) / df)
    j = special.gamma(df / 2) / (np.sqrt(df / 2) * special.gamma((df - 1) / 2))
    out["hedges_g"] = float(j * (np.mean(c) - np.mean(b)) / sp)
    gt = sum(1 for ci in c for bi in b if ci > bi)
    lt = sum(1 for ci in c for bi in b if ci < bi)
    out["cliffs_delta"] = (gt - lt) / (len(b) * len(c))
    # rliable: probability_of_improvement = U(x > y) / (n_x n_y) with scipy's mannwhitneyu.
    out["poi_maximize"] = float(
        stats.mannwhitneyu(c, b, alternative="greater").statistic / (len(b) * len(c)))
    out["poi_minimize"] = float(
        stats.mannwhitneyu(-c, -b, alternative="greater").statistic / (len(b) * len(c)))
    return out


def paired(name, base, cand, exact_perm, approx_wilcoxon=False):
    b, c = np.asarray(base), np.asarray(cand)
    out = {"name": name, "baseline": b.tolist(), "candidate": c.tolist(),
           "ttest_rel": {}, "wilcoxon": {}, "permutation": {}}
    for alt in ALTS:
        r = stats.ttest_rel(c, b, alternative=alt)
        out["ttest_rel"][alt] = {"t": float(r.statistic), "df": len(c) - 1.0,
                                 "p": float(r.pvalue)}
        w = stats.wilcoxon(c, b, alternative=alt,
                           **({"method": "approx"} if approx_wilcoxon else {}))
        out["wilcoxon"][alt] = {"w": float(w.statistic), "p": float(w.pvalue)}
        if exact_perm:
            pr = stats.permutation_test(
                (c, b), lambda x, y, axis: np.mean(x, axis=axis) - np.mean(y, axis=axis),
                permutation_type="samples", vectorized=True, n_resamples=np.inf,
                alternative=alt)
            out["permutation"][alt] = float(pr.pvalue)
    return out


def bootstrap_summary(name, data, reps=100, n_resamples=10000):
    out = {"name": name, "data": [np.asarray(d).tolist() for d in data],
           "n_resamples": n_resamples, "random_states": reps}
    if len(data) == 1:
        stat = lambda x, axis: np.mean(x, axis=axis)
    else:  # candidate first, baseline second: mean(candidate) - mean(baseline)
        stat = lambda x, y, axis: np.mean(x, axis=axis) - np.mean(y, axis=axis)
    for method in ("BCa", "percentile"):
        lows, highs = [], []
        for rs in range(reps):
            r = stats.bootstrap(tuple(np.asarray(d) for d in data), stat, vectorized=True,
                                confidence_level=0.95, n_resamples=n_resamples, method=method,
                                random_state=rs)
            lows.append(r.confidence_interval.low)
            highs.append(r.confidence_interval.high)
        out[method] = {"low_mean": float(np.mean(lows)), "low_sd": float(np.std(lows, ddof=1)),
                       "high_mean": float(np.mean(highs)),
                       "high_sd": float(np.std(highs, ddof=1))}
    return out


def colas_beta(s1, s2, eps, alpha, n):
    nu = (s1 ** 2 + s2 ** 2) ** 2 * (n - 1) / (s1 ** 4 + s2 ** 4)
    t_crit = stats.t.ppf(1 - alpha, nu)
    return float(stats.t.cdf(t_crit - eps / np.sqrt((s1 ** 2 + s2 ** 2) / n), nu))


def seeds_needed(s1, s2, eps, alpha, power):
    n = 2
    while 1 - colas_beta(s1, s2, eps, alpha, n) < power:
        n += 1
    return n


def seeds_for_half_width(std, mean, target, level):
    n = 2
    while stats.t.ppf((1 + level) / 2, n - 1) * std / np.sqrt(n) > target * abs(mean):
        n += 1
    return n


def t_quantile_mpmath(p, df):
    """Student t quantile by 30-digit root finding on the regularised incomplete beta (mpmath),
    independent of scipy's stdtrit, which is off by ~2e-9 relative in scipy 1.10."""
    mpmath.mp.dps = 30
    p, df = mpmath.mpf(p), mpmath.mpf(df)
    tail = p if p < 0.5 else 1 - p
    f = lambda x: mpmath.betainc(df / 2, 0.5, 0, df / (df + x * x), regularized=True) / 2 - tail
    x = mpmath.findroot(f, stats.t.ppf(float(max(p, 1 - p)), float(df)))
    return float(x if p > 0.5 else -x)


ints_a = rng.integers(0, 6, 12).astype(float).tolist()
ints_b = rng.integers(1, 7, 14).astype(float).tolist()
normal12 = np.round(rng.normal(0, 1, 12), 6).tolist()
normal15 = np.round(rng.normal(0.8, 1.5, 15), 6).tolist()
small7 = np.round(rng.normal(1, 1, 7), 6).tolist()
small6 = np.round(rng.normal(0, 1, 6), 6).tolist()
pair_base10 = np.round(rng.normal(5, 1, 10), 6)
pair_cand10 = np.round(pair_base10 + rng.normal(0.5, 0.7, 10), 6)
pair_base60 = np.round(rng.normal(5, 1, 60), 6)
pair_cand60 = np.round(pair_base60 + rng.normal(0.2, 1.0, 60), 6)
pair_base12 = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0]
pair_cand12 = [1.0, 2.5, 3.5, 3.0, 6.5, 7.0, 9.5, 7.5, 11.0, 11.0, 13.5, 12.0]  # zeros and ties

result = {
    "versions": {"scipy": scipy.__version__, "numpy": np.__version__,
                 "python": sys.version.split()[0]},
    "descriptive": [dict(name=k, **descriptive(v)) for k, v in samples.items()],
    "two_sample": [
        two_sample("scipy_doc_A", [20, 11, 17, 12], [19, 22, 16, 29, 24], True),
        two_sample("ties_C", [3, 4, 5, 6, 7], [1, 2, 3, 4, 5], True),
        two_sample("pong_dqn_vs_rainbow", D[("pong", "Rainbow")], D[("pong", "DQN")], True),
        two_sample("breakout_dqn_vs_rainbow", D[("breakout", "Rainbow")],
                   D[("breakout", "DQN")], True),
        two_sample("normal_12_vs_15", normal12, normal15, False),
        two_sample("normal_6_vs_7", small6, small7, True),
        two_sample("n8_vs_normal30", normal30, samples["n8"], False),
        two_sample("int_ties_14_vs_12", ints_b, ints_a, False),
    ],
    "paired": [
        paired("normal_10", pair_base10.tolist(), pair_cand10.tolist(), True),
        paired("normal_60", pair_base60.tolist(), pair_cand60.tolist(), False),
        paired("zeros_and_ties_12", pair_base12, pair_cand12, True, approx_wilcoxon=True),
    ],
    "bootstrap": [
        bootstrap_summary("pong_dqn", [D[("pong", "DQN")]]),
        bootstrap_summary("lognormal30", [lognormal30]),
        bootstrap_summary("normal30", [normal30]),
        bootstrap_summary("pong_dqn_minus_rainbow", [D[("pong", "DQN")], D[("pong", "Rainbow")]]),
        bootstrap_summary("lognormal30_minus_normal30", [lognormal30, normal30]),
    ],
    "t_quantiles_mpmath": [
        {"p": p, "df": df, "q": t_quantile_mpmath(p, df)}
        for p in (0.95, 0.975, 0.995, 0.8, 0.05)
        for df in (1, 2, 4, 7.5, 29, 200)
    ],
    "robust": [
        {"x": x, "robust_std": float(stats.median_abs_deviation(x, scale="normal")),
         "median": float(np.median(x)),
         "outliers_k3.5": [i for i, v in enumerate(x) if abs(v - np.median(x))
                           > 3.5 * stats.median_abs_deviation(x, scale="normal")]}
        for x in ([1.0, 2.0, 3.0, 4.0, 10.0], D[("breakout", "Quantile (JAX)")],
                  [10.0, 10.5, 9.8, 10.1, 10.2, 9.9, 10.0, 30.0, -5.0, 10.3])
    ],
    "power": [
        {"s1": s1, "s2": s2, "eps": eps, "alpha": a, "n": n,
         "beta": colas_beta(s1, s2, eps, a, n)}
        for (s1, s2, eps, a, n) in [(1, 1, 1, 0.05, 5), (1, 1, 1, 0.05, 10), (1, 1, 1, 0.05, 20),
                                    (1, 1, 1, 0.05, 30), (1, 2, 0.5, 0.05, 12),
                                    (2.2085582005102404, 0.2906794380221398, 3.57, 0.01, 4)]
    ],
    "seeds_needed": [
        {"s1": s1, "s2": s2, "eps": eps, "alpha": a, "power": pw,
         "n": seeds_needed(s1, s2, eps, a, pw)}
        for (s1, s2, eps, a, pw) in [(1, 1, 1, 0.05, 0.8), (1, 2, 0.5, 0.05, 0.8),
                                     (2.2085582005102404, 0.2906794380221398, 1.0, 0.05, 0.8)]
    ],
    "seeds_for_half_width": [
        {"std": s, "mean": m, "target": tg, "level": lv, "n": seeds_for_half_width(s, m, tg, lv)}
        for (s, m, tg, lv) in [(2.2085582005102404, 16.609718258565177, 0.05, 0.95),
                               (1.0, 10.0, 0.05, 0.95), (3.0, -20.0, 0.02, 0.9)]
    ],
}
json.dump(result, sys.stdout, indent=1)
print()

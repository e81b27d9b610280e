"""Reference values for io.seedscope.stats.curves (numpy/scipy, independent of the Java code).

Input: ../curves_dqn_rainbow.csv (Dopamine DQN and Rainbow on pong and breakout, 5 runs x 199
iterations). To exercise alignment, run r is logged irregularly: steps = 1000 * iteration +
OFFSET[r], keeping every KEEP[r]-th iteration, run 3 starting at iteration 10 and run 4 stopping
at iteration 150. Grid: 200 evenly spaced steps from the earliest first step to the latest last
step, rounded half up (Java Math.round). Interpolation: np.interp inside a run's own range, NaN
outside. Mean band: Student t interval. IQM: scipy.stats.trim_mean(., 0.25).
Sample efficiency: scores normalized per game by the min and max over all curve values of both
agents; IQM of the 10 pooled runs (2 games x 5 runs) per step; band from a numpy stratified
bootstrap of whole runs (2000 resamples, seed 0): a Monte Carlo reference, not a bit-exact one.
Run: /usr/bin/python3 curves_reference.py > curves_reference.json
"""
import csv
import json
import os
import sys

import numpy as np
import scipy
import scipy.stats

HERE = os.path.dirname(os.path.abspath(__file__))
OFFSET = [0, 300, 0, 500, 0]
KEEP = [1, 2, 3, 1, 1]
rows = list(csv.DictReader(open(os.path.join(HERE, "..", "curves_dqn_rainbow.csv"))))
data = {}
for r in rows:
    data.setdefault((r["game"], r["agent"]), {}).setdefault(int(r["run"]), []).append(
        (int(r["iteration"]), float(r["value"])))


def logged(run, points):
    out = []
    for it, v in sorted(points):
        if it % KEEP[run] != 0 or (run == 3 and it < 10) or (run == 4 and it > 150):
            continue
        out.append((1000 * it + OFFSET[run], v))
    return np.array([p[0] for p in out], dtype=np.int64), np.array([p[1] for p in out])


curves = {k: [logged(r, v[r]) for r in range(5)] for k, v in data.items()}
first = min(c[0][0] for cs in curves.values() for c in cs)
last = max(c[0][-1] for cs in curves.values() for c in cs)
grid = first + np.floor((last - first) * np.arange(200) / 199.0 + 0.5).astype(np.int64)


def align(cs):
    m = np.full((len(cs), len(grid)), np.nan)
    for i, (s, v) in enumerate(cs):
        inside = (grid >= s[0]) & (grid <= s[-1])
        m[i, inside] = np.interp(grid[inside], s, v)
    return m


out = {"numpy": np.__version__, "scipy": scipy.__version__, "grid": grid.tolist(), "groups": {}}
for (game, agent), cs in sorted(curves.items()):
    m = align(cs)
    seeds, mean, lo, hi, iqm = [], [], [], [], []
    for g in range(len(grid)):
        x = m[~np.isnan(m[:, g]), g]
        seeds.append(int(len(x)))
        mean.append(float(np.mean(x)))
        iqm.append(float(scipy.stats.trim_mean(x, 0.25)))
        if len(x) > 1:
            h = scipy.stats.t.ppf(0.975, len(x) - 1) * np.std(x, ddof=1) / np.sqrt(len(x))
            lo.append(float(np.mean(x) - h))
            hi.append(float(np.mean(x) + h))
        else:
            lo.append(None)
            hi.append(None)
    out["groups"][game + "/" + agent] = {
        "seeds": seeds, "mean": mean, "low": lo, "high": hi, "iqm": iqm,
        "value3At12345": float(np.interp(12345, *cs[3])) if cs[3][0][0] <= 12345 else None,
    }

rng = np.random.default_rng(0)
se = {}
for agent in ["DQN", "Rainbow"]:
    mats = []
    for game in ["breakout", "pong"]:
        allv = np.concatenate([c[1] for a in ["DQN", "Rainbow"] for c in curves[(game, a)]])
        lo_, hi_ = allv.min(), allv.max()
        mats.append((align(curves[(game, agent)]) - lo_) / (hi_ - lo_))
    pooled = np.vstack(mats)
    point = [float(scipy.stats.trim_mean(pooled[~np.isnan(pooled[:, g]), g], 0.25)) for g in range(len(grid))]
    reps = np.full((2000, len(grid)), np.nan)
    for b in range(2000):
        draws = np.vstack([mt[rng.integers(0, 5, 5)] for mt in mats])
        ok = [all(not np.all(np.isnan(mt_d[:, g])) for mt_d in (draws[:5], draws[5:])) for g in range(len(grid))]
        for g in range(len(grid)):
            if ok[g]:
                col = draws[:, g]
                reps[b, g] = scipy.stats.trim_mean(col[~np.isnan(col)], 0.25)
    band = np.nanpercentile(reps, [2.5, 97.5], axis=0)
    se[agent] = {"iqm": point, "low": band[0].tolist(), "high": band[1].tolist()}
out["sampleEfficiency"] = se
json.dump(out, sys.stdout)
print()

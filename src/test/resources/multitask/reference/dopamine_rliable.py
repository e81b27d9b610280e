"""Reference values for io.seedscope.stats.multitask, computed with numpy/scipy following
rliable/metrics.py and rliable/library.py definitions (rliable itself cannot be installed here).

Input: ../final_returns.csv (Dopamine baselines, final iteration return of 5 runs per agent on 60
Atari games). Normalization: per-game min/max over all agents and runs.
Run: /usr/bin/python3 dopamine_rliable.py > dopamine_rliable.json
"""
import csv
import json
import os
import sys

import numpy as np
import scipy
import scipy.stats

HERE = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open(os.path.join(HERE, "..", "final_returns.csv"))))
games = sorted({r["game"] for r in rows})
agents = sorted({r["agent"] for r in rows})
raw = {}
for a in agents:
    m = np.zeros((5, len(games)))  # runs x tasks, as rliable
    for r in rows:
        if r["agent"] == a:
            m[int(r["run"]), games.index(r["game"])] = float(r["final_return"])
    raw[a] = m
lo = np.min([raw[a].min(axis=0) for a in agents], axis=0)
hi = np.max([raw[a].max(axis=0) for a in agents], axis=0)
norm = {a: (raw[a] - lo) / (hi - lo) for a in agents}


def iqm(s):
    return scipy.stats.trim_mean(s, proportiontocut=0.25, axis=None)


def median(s):
    return np.median(np.mean(s, axis=0))


def mean(s):
    return np.mean(np.mean(s, axis=0))


def og(s, gamma=1.0):
    return gamma - np.mean(np.minimum(s, gamma))


def poi(x, y):
    ps = []
    for t in range(x.shape[1]):
        u = scipy.stats.mannwhitneyu(x[:, t], y[:, t], alternative="greater").statistic
        ps.append(u / (x.shape[0] * y.shape[0]))
    return float(np.mean(ps)), ps


def score_dist(s, taus):
    return [float(np.mean(s > t)) for t in taus]


def avg_score_dist(s, taus):
    mt = np.mean(s, axis=0)
    return [float(np.mean(mt > t)) for t in taus]


def stratified(s, b, rng):
    n, m = s.shape
    idx = rng.integers(0, n, size=(b, n, m))
    return np.take_along_axis(np.broadcast_to(s, (b, n, m)), idx, axis=1)


def pct(v, level=0.95):
    return [float(x) for x in np.percentile(v, [100 * (1 - level) / 2, 100 * (1 + level) / 2], axis=0)]


out = {"numpy": np.__version__, "scipy": scipy.__version__, "games": games, "agents": agents}
out["raw"] = {a: {"iqm": iqm(raw[a]), "median": median(raw[a]), "mean": mean(raw[a])} for a in agents}
out["normalized"] = {
    a: {"iqm": iqm(norm[a]), "median": median(norm[a]), "mean": mean(norm[a]), "optimalityGap": og(norm[a])}
    for a in agents
}
p, ps = poi(norm["Rainbow"], norm["DQN"])
out["poiRainbowOverDqn"] = p
out["poiRainbowOverDqnPerTask"] = dict(zip(games, [float(x) for x in ps]))
taus = [0.0, 0.25, 0.45, 0.5, 0.75, 1.0]
out["taus"] = taus
out["scoreDistribution"] = {a: score_dist(norm[a], taus) for a in agents}
out["averageScoreDistribution"] = {a: avg_score_dist(norm[a], taus) for a in agents}

# Stratified bootstrap intervals (seed 0): Monte Carlo references, not bit-exact targets.
rng = np.random.default_rng(0)
boot = {}
for a in ["DQN", "Rainbow"]:
    bs = stratified(norm[a], 50000, rng)
    flat = bs.reshape(50000, -1)
    lowcut = int(0.25 * flat.shape[1])
    part = np.partition(flat, (lowcut, flat.shape[1] - lowcut - 1), axis=1)
    iq = part[:, lowcut : flat.shape[1] - lowcut].mean(axis=1)
    tm = bs.mean(axis=1)
    boot[a] = {
        "iqm": pct(iq),
        "median": pct(np.median(tm, axis=1)),
        "mean": pct(tm.mean(axis=1)),
        "optimalityGap": pct(1 - np.minimum(bs, 1).mean(axis=(1, 2))),
    }
    sd = []
    for t in taus:
        sd.append(pct((bs[:2000] > t).mean(axis=(1, 2))))
    boot[a]["scoreDistributionBand"] = sd
out["bootstrap50000"] = boot
x = stratified(norm["Rainbow"], 2000, rng)
y = stratified(norm["DQN"], 2000, rng)
gt = (x[:, :, None, :] > y[:, None, :, :]).mean(axis=(1, 2))
eq = (x[:, :, None, :] == y[:, None, :, :]).mean(axis=(1, 2))
out["poiBootstrap2000"] = pct((gt + 0.5 * eq).mean(axis=1))
json.dump(out, sys.stdout, indent=1)
print()

"""Reference values for io.seedscope.sensitivity.anova (FactorialAnova, SeedNoise).

Run with /usr/bin/python3 (numpy 1.24, scipy 1.10). statsmodels is not installed, so the sums
of squares are computed from their definition by comparing nested least-squares fits
(numpy.linalg.lstsq on dummy-coded design matrices) -- a different algorithm from the Java
code, which uses marginal means. In a balanced design the sequential (type I), type II and
type III sums of squares coincide, so these equal R's aov()/anova(lm()) and statsmodels'
anova_lm for the model y ~ A*B*C.

Writes anova_data.csv (the dataset) and prints the reference table (anova_reference.txt).
"""
import itertools

import numpy as np
from scipy import stats

rng = np.random.default_rng(20240607)
levels = {"lr": ["0.001", "0.01", "0.1"], "opt": ["adam", "sgd"], "batch": ["16", "32"]}
factors = ["batch", "lr", "opt"]  # sorted by name, as seedscope orders config keys
seeds = 3
effect = {
    ("lr", "0.001"): -1.0, ("lr", "0.01"): 0.8, ("lr", "0.1"): 0.2,
    ("opt", "adam"): 0.5, ("opt", "sgd"): -0.5,
    ("batch", "16"): 0.1, ("batch", "32"): -0.1,
}
rows = []
for b, l, o in itertools.product(levels["batch"], levels["lr"], levels["opt"]):
    inter = 0.6 if (l == "0.1" and o == "sgd") else 0.0
    three = 0.3 if (l == "0.01" and o == "adam" and b == "32") else 0.0
    for s in range(seeds):
        y = 10 + effect[("lr", l)] + effect[("opt", o)] + effect[("batch", b)] + inter + three
        y += rng.normal(0, 0.4)
        rows.append((b, l, o, s, float(y)))

with open("anova_data.csv", "w") as f:
    f.write("batch,lr,opt,seed,value\n")
    for r in rows:
        f.write(f"{r[0]},{r[1]},{r[2]},{r[3]},{r[4]!r}\n")

y = np.array([r[4] for r in rows])
cols = {name: [r[i] for r in rows] for i, name in enumerate(factors)}


def dummies(name):
    lv = levels[name]
    return [np.array([1.0 if v == x else 0.0 for v in cols[name]]) for x in lv[1:]]


def term_columns(term):
    blocks = [dummies(f) for f in term]
    out = []
    for combo in itertools.product(*blocks):
        c = np.ones(len(y))
        for d in combo:
            c = c * d
        out.append(c)
    return out


def rss(terms):
    X = [np.ones(len(y))]
    for t in terms:
        X += term_columns(t)
    X = np.column_stack(X)
    beta, *_ = np.linalg.lstsq(X, y, rcond=None)
    r = y - X @ beta
    return float(r @ r)


mains = [(f,) for f in factors]
pairs = list(itertools.combinations(factors, 2))
triple = [tuple(factors)]
sequence = mains + pairs + triple
ss = {}
prev = rss([])
total = prev
for i, t in enumerate(sequence):
    cur = rss(sequence[: i + 1])
    ss[t] = prev - cur
    prev = cur
residual = prev
n_cells = 12
df_res = len(y) - n_cells
ms_res = residual / df_res


def df(t):
    return int(np.prod([len(levels[f]) - 1 for f in t]))


print(f"# total SS {total!r} df {len(y) - 1}")
print("term,sumSq,df,F,p,etaSquared")
for t in mains + pairs:
    F = (ss[t] / df(t)) / ms_res
    print(f"{':'.join(t)},{ss[t]!r},{df(t)},{F!r},{stats.f.sf(F, df(t), df_res)!r},{ss[t] / total!r}")
t = triple[0]
F = (ss[t] / df(t)) / ms_res
print(f"higher-order,{ss[t]!r},{df(t)},{F!r},{stats.f.sf(F, df(t), df_res)!r},{ss[t] / total!r}")
print(f"residual,{residual!r},{df_res},,,{residual / total!r}")

# Seed-noise share: within-configuration SS / total SS, by definition.
within = 0.0
for key, grp in itertools.groupby(rows, key=lambda r: r[:3]):
    v = np.array([r[4] for r in grp])
    within += float(((v - v.mean()) ** 2).sum())
print(f"# seedNoiseFraction {within / total!r} within {within!r}")

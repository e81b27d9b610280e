"""Reference values for io.seedscope.gate tests (run with /usr/bin/python3; output in gate_reference.txt)."""
import numpy as np, scipy, scipy.stats as st

print("scipy", scipy.__version__, "numpy", np.__version__)

def tint(x, level):
    x = np.asarray(x, float)
    lo, hi = st.t.interval(level, len(x) - 1, loc=x.mean(), scale=st.sem(x))
    return repr(lo), repr(hi)

# t intervals (scipy.stats.t.interval with sem)
print("tint [9,10,11] 0.95:", *tint([9, 10, 11], 0.95))
print("tint [9,10,11] 0.90:", *tint([9, 10, 11], 0.90))
print("tint [1,2,3,4,10] 0.95:", *tint([1, 2, 3, 4, 10], 0.95))

# one-sided Welch: H1 candidate lower than baseline by more than tol
c = np.array([9.0, 10.0, 11.0, 12.0]); b = np.array([11.0, 12.5, 13.0, 14.0, 12.0])
for tol in (0.0, 0.5):
    r = st.ttest_ind(c + tol, b, equal_var=False, alternative='less')
    print(f"welch less tol={tol}: t={r.statistic!r} p={r.pvalue!r}")
# minimize: H1 candidate higher than baseline by more than tol
r = st.ttest_ind(b - 0.5, c, equal_var=False, alternative='greater')
print(f"welch greater (cand=b, base=c) tol=0.5: t={r.statistic!r} p={r.pvalue!r}")
# Welch df and 90% interval of the difference c-b
v1, v2 = c.var(ddof=1) / len(c), b.var(ddof=1) / len(b)
df = (v1 + v2) ** 2 / (v1 ** 2 / (len(c) - 1) + v2 ** 2 / (len(b) - 1))
d = c.mean() - b.mean(); h = st.t.ppf(0.95, df) * np.sqrt(v1 + v2)
print(f"welch df={df!r} diff={d!r} ci90=[{d - h!r}, {d + h!r}]")
# probability of improvement = U/(n m) (Mann-Whitney U of candidate vs baseline, ties 1/2)
u = st.mannwhitneyu(c, b).statistic
print(f"poi(c over b, maximize)={u / (len(c) * len(b))!r}")

"""Reference values for io.seedscope.claim tests (run with /usr/bin/python3; output in claim_reference.txt).

Welch from summary statistics: scipy.stats.ttest_ind_from_stats(equal_var=False).
TOST: two one-sided t tests with the Welch standard error and df, computed with scipy.stats.t.
"""
import numpy as np, scipy, scipy.stats as st

print("scipy", scipy.__version__, "numpy", np.__version__)

def welch_df(s1, n1, s2, n2):
    a, b = s1 ** 2 / n1, s2 ** 2 / n2
    return (a + b) ** 2 / (a ** 2 / (n1 - 1) + b ** 2 / (n2 - 1))

cases = [
    # observed (mean, std, n), claimed (mean, std, n)
    ((1420.0, 180.0, 10), (1500.0, 200.0, 5)),
    ((16.609718258565177, 2.2085582005102404, 5), (20.179506650803557, 0.2906794380221398, 5)),
    ((3.0, 1.0, 3), (2.5, 4.0, 40)),
]
for (m1, s1, n1), (m2, s2, n2) in cases:
    r = st.ttest_ind_from_stats(m1, s1, n1, m2, s2, n2, equal_var=False)
    df = welch_df(s1, n1, s2, n2)
    se = np.sqrt(s1 ** 2 / n1 + s2 ** 2 / n2)
    d = m1 - m2
    ci90 = st.t.interval(0.90, df, loc=d, scale=se)
    ci95 = st.t.interval(0.95, df, loc=d, scale=se)
    print(f"welch obs=({m1},{s1},{n1}) claim=({m2},{s2},{n2}): t={r.statistic!r} p={r.pvalue!r} df={df!r}")
    print(f"  ci90=[{ci90[0]!r}, {ci90[1]!r}] ci95=[{ci95[0]!r}, {ci95[1]!r}]")
    for margin in (150.0, 0.1 * abs(m2), 0.5 * s2):
        p = max(st.t.sf((d + margin) / se, df), st.t.cdf((d - margin) / se, df))
        print(f"  tost margin={margin!r}: p={p!r}")

# claim given as se without n: df of the claim is infinite (drops out of Satterthwaite)
m1, s1, n1 = 1420.0, 180.0, 10; m2, se2 = 1500.0, 40.0
a, b = s1 ** 2 / n1, se2 ** 2
df = (a + b) ** 2 / (a ** 2 / (n1 - 1))
se = np.sqrt(a + b); t = (m1 - m2) / se
print(f"welch se-claim obs=({m1},{s1},{n1}) claim=({m2}, se={se2}, n=inf): t={t!r} df={df!r} p={2 * st.t.sf(abs(t), df)!r}")

# se from a confidence interval
print("ci [1400,1600] 95% n=5: se =", repr(100 / st.t.ppf(0.975, 4)))
print("ci [1400,1600] 90% no n: se =", repr(100 / st.norm.ppf(0.95)))

"""Scale-free statistics of data near 1e80, 1e160, 1e-160 and 1e308 (run with /usr/bin/python3).

Usage: /usr/bin/python3 scale_invariance.py > scale_invariance.txt (copied into ScaleTest,
ClaimScaleTest and GateScaleTest).

scipy cannot take such data directly (its variances overflow or underflow too), so each
statistic is computed on the data divided by its scale s (the same doubles, x / s, in float);
t, df, p, CV, Hedges' g and the Colas power do not depend on the scale, and location statistics
(mean, std, interval ends) are s times those of x / s.
"""
import numpy as np
import scipy
from scipy import stats

print("scipy", scipy.__version__, "numpy", np.__version__)
for s in (1e80, 1e160, 1e-160):
    a = np.array([1 * s, 3 * s, 2 * s]) / s
    b = np.array([1 * s, 4 * s, 2 * s]) / s
    print("scale", s, "a/s", a.tolist(), "b/s", b.tolist())
    w = stats.ttest_ind(b, a, equal_var=False)
    va, vb = a.var(ddof=1) / 3, b.var(ddof=1) / 3
    df = (va + vb) ** 2 / (va ** 2 / 2 + vb ** 2 / 2)
    print("  welch t", repr(w.statistic), "df", repr(df), "p", repr(w.pvalue))
    print("  welch less p", repr(stats.ttest_ind(b, a, equal_var=False, alternative="less").pvalue))
    print("  mwu p", repr(stats.mannwhitneyu(b, a).pvalue))
    print("  cv a", repr(a.std(ddof=1) / abs(a.mean())), "std a / s", repr(a.std(ddof=1)))
    h = stats.t.ppf(0.975, 2) * stats.sem(a)
    print("  t interval a / s", repr(a.mean() - h), repr(a.mean() + h))
    # Colas et al. (2018) power, two-sided alpha 0.05 (the formula at alpha/2), as colas_two_sided.py
    s1, s2, eps = a.std(ddof=1), b.std(ddof=1), abs(b.mean() - a.mean())
    nu = (s1 ** 2 + s2 ** 2) ** 2 * 2 / (s1 ** 4 + s2 ** 4)
    beta = stats.t.cdf(stats.t.ppf(0.975, nu) - eps / np.sqrt((s1 ** 2 + s2 ** 2) / 3), nu)
    print("  colas two-sided power at 3 seeds", repr(1 - beta))
    # scipy's ttest_ind_from_stats for claim 'mean = 2 s, std = s, n = 3' against the a runs
    c = stats.ttest_ind_from_stats(a.mean(), a.std(ddof=1), 3, 2.0, 1.0, 3, equal_var=False)
    print("  claim vs a: t", repr(c.statistic), "p", repr(c.pvalue))
    c = stats.ttest_ind_from_stats(a.mean(), a.std(ddof=1), 3, 3.0, 1.0, 3, equal_var=False)
    v1, v2 = a.var(ddof=1) / 3, 1.0 / 3
    print("  claim 'mean = 3 s, std = s, n = 3' vs a: t", repr(c.statistic), "p", repr(c.pvalue),
          "df", repr((v1 + v2) ** 2 / (v1 ** 2 / 2 + v2 ** 2 / 2)))

big_a = np.array([1e308, 1.7e308, 1.5e308]) / 1e308
big_b = np.array([-1.7e308, 1e308, 1.7e308]) / 1e308
print("1e308: a/s", big_a.tolist(), "b/s", big_b.tolist())
print("  iqm a / s", repr(stats.trim_mean(big_a, 0.25)), "mean a / s", repr(big_a.mean()))
print("  welch t", repr(stats.ttest_ind(big_b, big_a, equal_var=False).statistic),
      "p", repr(stats.ttest_ind(big_b, big_a, equal_var=False).pvalue))
perm = stats.permutation_test((big_b, big_a), lambda x, y, axis: x.mean(axis) - y.mean(axis),
                              vectorized=True, permutation_type="independent")
print("  permutation p", repr(perm.pvalue))

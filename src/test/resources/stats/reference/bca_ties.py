"""Ideal-bootstrap BCa of the mean with exact tie counts (run with /usr/bin/python3).

Usage: /usr/bin/python3 bca_ties.py > bca_ties.txt (copied into BootstrapTiesTest).

All n^n resamples of x; each replicate is computed as seedscope's MeanBootstrap does (a running
float sum in draw order, divided by n), but it is classified against the estimate in exact
rational arithmetic (fractions.Fraction of the same doubles), so a resample that is a permutation
of x counts as a tie whatever its rounding. z0, the jackknife acceleration and the levels follow
scipy 1.10's _bca_interval; endpoints are numpy's linear percentile of the float replicates.
"""
import itertools
from fractions import Fraction

import numpy as np
import scipy
from scipy import special


def ideal_bca(x, level=0.95):
    n = len(x)
    exact_mean = sum(Fraction(v) for v in x) / n
    reps, less, equal = [], 0, 0
    for idx in itertools.product(range(n), repeat=n):
        s = 0.0
        for i in idx:
            s += x[i]
        reps.append(s / n)
        e = sum(Fraction(x[i]) for i in idx) / n
        less += e < exact_mean
        equal += e == exact_mean
    reps = np.array(reps)
    p = (2 * less + equal) / (2 * len(reps))
    z0 = special.ndtri(p)
    d = np.array(x) - np.mean(x)
    a = (d ** 3).sum() / (6 * (d ** 2).sum() ** 1.5)
    za = special.ndtri((1 - level) / 2)
    levels = [special.ndtr(z0 + (z0 + z) / (1 - a * (z0 + z))) for z in (za, -za)]
    q = np.percentile(reps, [100 * lv for lv in levels])
    # What counting against the float mean (no tolerance) gives, for comparison.
    th = float(np.mean(x))
    fl_less, fl_equal = int((reps < th).sum()), int((reps == th).sum())
    return {"less": less, "equal": equal, "p": p, "z0": z0, "a": a, "levels": levels,
            "bca": q.tolist(), "float_less": fl_less, "float_equal": fl_equal}


print("scipy", scipy.__version__, "numpy", np.__version__)
# The first x is the reviewer's; the second was found by trying random samples for one where the
# float comparison moves the ideal-bootstrap endpoints (for the first it moves only z0).
X2 = [112.39174371780504, 111.60049525590325, 116.55761960405877, 99.03234867517625]
for x in ([101.13638390967068, 108.49138512283936, 104.49886776140588, 133.1536811039586], X2):
    print(repr(x))
    for k, v in ideal_bca(x).items():
        print(" ", k, repr(v))


def ideal_bca_difference(b, c, level=0.95):
    """Ideal two-sample bootstrap of mean(c) - mean(b), both samples resampled independently."""
    nb, nc = len(b), len(c)
    exact = sum(Fraction(v) for v in c) / nc - sum(Fraction(v) for v in b) / nb
    reps, less, equal = [], 0, 0
    for ic in itertools.product(range(nc), repeat=nc):
        sc = 0.0
        for i in ic:
            sc += c[i]
        ec = sum(Fraction(c[i]) for i in ic) / nc
        for ib in itertools.product(range(nb), repeat=nb):
            sb = 0.0
            for i in ib:
                sb += b[i]
            reps.append(sc / nc - sb / nb)
            e = ec - sum(Fraction(b[i]) for i in ib) / nb
            less += e < exact
            equal += e == exact
    reps = np.array(reps)
    p = (2 * less + equal) / (2 * len(reps))
    z0 = special.ndtri(p)
    dc = np.array(c) - np.mean(c)
    db = np.array(b) - np.mean(b)
    # scipy's multi-sample jackknife acceleration (influence -(b - mean b) for the baseline)
    a = ((dc ** 3).sum() / nc ** 3 - (db ** 3).sum() / nb ** 3) / (
        6 * ((dc ** 2).sum() / nc ** 2 + (db ** 2).sum() / nb ** 2) ** 1.5)
    za = special.ndtri((1 - level) / 2)
    levels = [special.ndtr(z0 + (z0 + z) / (1 - a * (z0 + z))) for z in (za, -za)]
    q = np.percentile(reps, [100 * lv for lv in levels])
    th = float(np.mean(c) - np.mean(b))
    return {"less": less, "equal": equal, "p": p, "z0": z0, "a": a, "levels": levels,
            "bca": q.tolist(), "float_less": int((reps < th).sum()),
            "float_equal": int((reps == th).sum())}


# found by trying random baselines for one where the float comparison moves the endpoints
B = [91.5617118591662, 94.8754561794046, 97.1320621842471]
C = X2
print("difference: baseline", repr(B), "candidate", repr(C))
for k, v in ideal_bca_difference(B, C).items():
    print(" ", k, repr(v))

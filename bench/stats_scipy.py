"""Times scipy.stats.bootstrap (BCa, 10,000 resamples) on the sample StatsBenchmark uses.

Run with /usr/bin/python3 bench/stats_scipy.py; compare with
java -jar jmh/target/benchmarks.jar StatsBenchmark -f 1 -wi 3 -i 5
Prints the median of 30 timed calls (after 3 warm-up calls) per case, in milliseconds.
"""
import statistics
import time

import numpy as np
import scipy
from scipy import stats

X30 = np.round(np.random.default_rng(0).lognormal(0, 1, 30), 6)
BASE = X30 * 0.9 + 0.05 * (np.arange(30) % 7)


def timed(fn, reps=30, warmup=3):
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return statistics.median(out) * 1e3


def bca_mean():
    return stats.bootstrap((X30,), np.mean, method="BCa", n_resamples=10_000,
                           confidence_level=0.95, random_state=1)


def bca_mean_vectorized_stat():
    return stats.bootstrap((X30,), lambda x, axis: np.mean(x, axis=axis), vectorized=True,
                           method="BCa", n_resamples=10_000, random_state=1)


def compare_like():
    # The scipy equivalent of one Comparisons.compare: Welch, MWU, BCa of the mean difference,
    # permutation test (Monte Carlo, 9,999).
    stats.ttest_ind(X30, BASE, equal_var=False)
    stats.mannwhitneyu(X30, BASE)
    stats.bootstrap((X30, BASE), lambda x, y, axis: np.mean(x, axis=axis) - np.mean(y, axis=axis),
                    vectorized=True, method="BCa", n_resamples=10_000, random_state=1)
    stats.permutation_test((X30, BASE),
                           lambda x, y, axis: np.mean(x, axis=axis) - np.mean(y, axis=axis),
                           vectorized=True, n_resamples=9_999, random_state=1)


if __name__ == "__main__":
    print(f"scipy {scipy.__version__}, numpy {np.__version__}")
    print(f"bca_mean_n30 (np.mean)         : {timed(bca_mean):8.2f} ms")
    print(f"bca_mean_n30 (vectorized stat) : {timed(bca_mean_vectorized_stat):8.2f} ms")
    print(f"compare_n30 (welch+mwu+bca+perm): {timed(compare_like, reps=10):8.2f} ms")

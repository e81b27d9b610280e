"""Exact false-alarm rate of the noRegression poi rule (PoI = U/(n*m) < minPoi) when candidate and
baseline come from the same continuous distribution: every assignment of the 2n ranks is equally
likely. Run with /usr/bin/python3; output in poi_false_alarm.txt."""
import itertools
import numpy as np

for n in (5, 10):
    us = np.array([sum(s) - n * (n - 1) // 2 for s in itertools.combinations(range(2 * n), n)])
    for t in (0.1, 0.15, 0.2, 0.25):
        print(f"n=m={n} minPoi={t}: P(PoI < minPoi) = {(us < t * n * n).mean()!r}")

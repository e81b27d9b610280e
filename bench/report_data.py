#!/usr/bin/env python3
"""Writes the data of the report speed bar: 3 implementations x 100 seeds x 1,000 steps plus a
200-configuration sweep of 'a' (2 seeds, 50 steps each) to /tmp/sweep.csv. Deterministic.

usage: python3 bench/report_data.py && time ./seedscope report /tmp/sweep.csv --html /tmp/sweep.html
"""
import random, math
rng = random.Random(1)
with open('/tmp/sweep.csv', 'w') as f:
    f.write('implementation,seed,step,param.lr,param.gamma,return\n')
    for impl, skill in (('a', 100), ('b', 120), ('c', 90)):
        for seed in range(100):
            level = skill + rng.gauss(0, 15)
            for s in range(1, 1001):
                f.write('%s,%d,%d,0.01,0.99,%.4f\n' % (impl, seed, s * 100, level * (1 - math.exp(-s / 200)) + rng.gauss(0, 5)))
    for k in range(200):
        lr = 10 ** rng.uniform(-4, -1); g = rng.uniform(0.9, 0.999)
        for seed in range(2):
            level = 100 - 30 * (math.log10(lr) + 2.5) ** 2 + 50 * (g - 0.95) + rng.gauss(0, 10)
            for s in range(1, 51):
                f.write('a,%d,%d,%.6g,%.6g,%.4f\n' % (seed, s * 2000, lr, g, level * (1 - math.exp(-s / 10)) + rng.gauss(0, 5)))

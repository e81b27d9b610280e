#!/usr/bin/env python3
"""Writes the long-format CSV used by the ingest speed bar: 10 implementations x 100 seeds x
1,000 steps = 1,000,000 rows (~28 MB). Deterministic (fixed seed).

usage: python3 bench/ingest_gen.py OUT.csv [--impls 10] [--seeds 100] [--steps 1000]
"""
import argparse
import math
import random

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--impls", type=int, default=10)
ap.add_argument("--seeds", type=int, default=100)
ap.add_argument("--steps", type=int, default=1000)
args = ap.parse_args()

rng = random.Random(12345)
with open(args.out, "w", newline="") as f:
    f.write("implementation,seed,step,return\n")
    for i in range(args.impls):
        impl = "algo_%02d" % i
        skill = 50 + 10 * i
        for seed in range(args.seeds):
            level = skill + rng.gauss(0, 15)
            lines = []
            for s in range(1, args.steps + 1):
                step = s * 1000
                value = level * (1 - math.exp(-s / 200)) + rng.gauss(0, 5)
                lines.append("%s,%d,%d,%.6f\n" % (impl, seed, step, value))
            f.write("".join(lines))

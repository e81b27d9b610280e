#!/usr/bin/env python3
"""pandas side of the ingest comparison: read the long CSV and reduce every run to its last
value, as `seedscope analyze` must. Prints the wall time of read + reduce.

usage: /usr/bin/python3 bench/ingest_pandas.py FILE.csv
"""
import sys
import time

import pandas as pd

t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1])
df = df.sort_values(["implementation", "seed", "step"])
last = df.groupby(["implementation", "seed"])["return"].last()
t1 = time.perf_counter()
print("rows=%d runs=%d mean_last=%.4f seconds=%.3f" % (len(df), len(last), last.mean(), t1 - t0))

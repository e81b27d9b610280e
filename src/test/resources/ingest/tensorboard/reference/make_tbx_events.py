"""Writes a real TensorBoard event file with tensorboardX 2.6.5 (independent of seedscope) as a
CleanRL-style run directory, for TensorBoardReaderTest. Run with a Python that has tensorboardX:
  python make_tbx_events.py OUTDIR
Writes OUTDIR/CartPole-v1__ppo__3__1700000000/events.out.tfevents.* and prints the scalars.
"""
import math
import sys

import numpy as np
from tensorboardX import SummaryWriter

out = sys.argv[1] + "/CartPole-v1__ppo__3__1700000000"
w = SummaryWriter(out)
w.add_text("hyperparameters", "|param|value|\n|-|-|\n|lr|0.00025|")
for i in range(5):
    step = (i + 1) * 512
    ret = 10.0 + 7.25 * i
    w.add_scalar("charts/episodic_return", ret, step)
    if i % 2 == 0:
        w.add_scalar("losses/value_loss", 1.0 / (i + 1), step)
    w.add_histogram("weights", np.arange(10, dtype=np.float32) * i, step)
    print(step, "charts/episodic_return", ret)
w.add_scalar("charts/episodic_return", math.nan, 3072)
print(3072, "charts/episodic_return", "nan")
w.close()

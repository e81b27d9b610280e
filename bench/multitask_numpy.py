"""numpy/scipy side of MultitaskBenchmark: the same work (26 tasks x 100 runs, stratified
bootstrap of the IQM with 50,000 resamples; score-distribution bands over 101 taus with 2,000
resamples; probability of improvement with 2,000 resamples), vectorized as well as numpy allows,
plus rliable's own per-resample loop style (scipy.stats.trim_mean per resample) timed on 5,000
resamples and scaled to 50,000. rliable itself cannot be installed here.
Run: /usr/bin/python3 bench/multitask_numpy.py   (prints median seconds of 5 repetitions)
"""
import time

import numpy as np
import scipy.stats

rng = np.random.default_rng(42)
T, N = 26, 100
A = 0.05 * np.arange(T)[None, :] + 0.3 * rng.standard_normal((N, T))  # runs x tasks
B = A + 0.1 + 0.3 * rng.standard_normal((N, T))


def stratified(s, b, rng):
    idx = rng.integers(0, s.shape[0], size=(b, s.shape[0], s.shape[1]))
    return np.take_along_axis(np.broadcast_to(s, (b,) + s.shape), idx, axis=1)


def iqm_vectorized(s, reps=50_000, chunk=2_000, seed=0):
    rng = np.random.default_rng(seed)
    out = np.empty(reps)
    n = s.size
    cut = int(0.25 * n)
    for start in range(0, reps, chunk):
        b = min(chunk, reps - start)
        flat = stratified(s, b, rng).reshape(b, -1)
        part = np.partition(flat, (cut, n - cut - 1), axis=1)
        out[start : start + b] = part[:, cut : n - cut].mean(axis=1)
    return np.percentile(out, [2.5, 97.5])


def iqm_rliable_loop(s, reps=5_000, seed=0):
    rng = np.random.default_rng(seed)
    out = np.empty(reps)
    for r in range(reps):
        idx = rng.integers(0, s.shape[0], size=s.shape)
        out[r] = scipy.stats.trim_mean(np.take_along_axis(s, idx, axis=0), 0.25, axis=None)
    return np.percentile(out, [2.5, 97.5])


def profile(s, taus, reps=2_000, seed=0):
    rng = np.random.default_rng(seed)
    bs = stratified(s, reps, rng)
    vals = np.stack([(bs > t).mean(axis=(1, 2)) for t in taus], axis=1)
    return np.percentile(vals, [2.5, 97.5], axis=0)


def poi(x, y, reps=2_000, chunk=200, seed=0):
    rng = np.random.default_rng(seed)
    out = []
    for start in range(0, reps, chunk):
        bx = stratified(x, chunk, rng)
        by = stratified(y, chunk, rng)
        gt = (bx[:, :, None, :] > by[:, None, :, :]).mean(axis=(1, 2))
        eq = (bx[:, :, None, :] == by[:, None, :, :]).mean(axis=(1, 2))
        out.append((gt + 0.5 * eq).mean(axis=1))
    return np.percentile(np.concatenate(out), [2.5, 97.5])


def median_time(f, k=5):
    """Median wall and process-CPU seconds (CPU time is what counts on a shared machine)."""
    ts, cs = [], []
    for _ in range(k):
        t0, c0 = time.perf_counter(), time.process_time()
        f()
        ts.append(time.perf_counter() - t0)
        cs.append(time.process_time() - c0)
    return float(np.median(ts)), float(np.median(cs))


def show(name, wc, scale=1):
    print("%-30s wall %.3f s, cpu %.3f s" % (name, scale * wc[0], scale * wc[1]))


print("numpy", np.__version__, "scipy", scipy.__version__)
show("iqm50k vectorized numpy", median_time(lambda: iqm_vectorized(A)))
show("iqm50k rliable-style loop x10", median_time(lambda: iqm_rliable_loop(A), 3), 10)
taus = np.linspace(-1, 2.5, 101)
show("profile2k (2 algorithms)", median_time(lambda: (profile(A, taus), profile(B, taus))))
show("poi2k", median_time(lambda: poi(B, A)))

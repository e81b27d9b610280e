"""Colas et al. (2018) power formula for a two-sided Welch test (run with /usr/bin/python3).

Usage: /usr/bin/python3 colas_two_sided.py > colas_two_sided.txt (copied into SeedPowerTest).

The formula of rl-difference-testing's compute_beta (shared reference section H):
nu = (s1^2 + s2^2)^2 (N - 1) / (s1^4 + s2^4),
beta = T_nu.cdf(t_{1 - a, nu} - eps / sqrt((s1^2 + s2^2) / N)), evaluated at a = alpha / 2 for a
two-sided test at level alpha (the one-sided critical value of the larger tail; the other tail's
rejections are neglected, as in Colas et al.).
"""
import numpy as np
import scipy
from scipy import stats


def beta(s1, s2, eps, a, n):
    v = s1 ** 2 + s2 ** 2
    nu = v ** 2 * (n - 1) / (s1 ** 4 + s2 ** 4)
    return stats.t.cdf(stats.t.ppf(1 - a, nu) - eps / np.sqrt(v / n), nu)


def needed(s1, s2, eps, a, power):
    n = 2
    while 1 - beta(s1, s2, eps, a, n) < power:
        n += 1
    return n


print("scipy", scipy.__version__)
for n in (5, 10, 20, 30):
    print("s1=s2=eps=1 alpha=0.05 two-sided N=%d beta=%r" % (n, beta(1, 1, 1, 0.025, n)))
print("s1=s2=eps=1 alpha=0.05 two-sided power 0.8 N=%d" % needed(1, 1, 1, 0.025, 0.8))
print("s1=s2=eps=1 alpha=0.05 one-sided power 0.8 N=%d" % needed(1, 1, 1, 0.05, 0.8))
# pong DQN (baseline) vs Rainbow (candidate), shared reference Dopamine fixture
dqn = [17.46078431372549, 16.43617021276596, 17.152380952380952, 13.023255813953488, 18.976]
rainbow = [20.586206896551722, 20.06923076923077, 20.140625, 20.301470588235293, 19.8]
s1, s2 = np.std(dqn, ddof=1), np.std(rainbow, ddof=1)
eps = abs(np.mean(rainbow) - np.mean(dqn))
print("pong two-sided power at N=5 %r" % (1 - beta(s1, s2, eps, 0.025, 5)))
print("pong two-sided power 0.8 N=%d" % needed(s1, s2, eps, 0.025, 0.8))
print("pong one-sided power at N=5 %r" % (1 - beta(s1, s2, eps, 0.05, 5)))
print("pong one-sided power 0.8 N=%d" % needed(s1, s2, eps, 0.05, 0.8))

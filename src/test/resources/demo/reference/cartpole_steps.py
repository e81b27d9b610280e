"""Reference CartPole-v1 transitions for io.seedscope.demo.CartPoleTest.

An independent transcription of the equations of Barto, Sutton & Anderson (1983) as used by
Gym's CartPole-v1 (Euler integration, tau = 0.02), in exact rational arithmetic where the state
makes sin/cos trivial, and in float64 otherwise. Run with /usr/bin/python3 (3.11).
"""
import math
from fractions import Fraction as Fr

g, mc, mp, l, F, tau = 9.8, 1.0, 0.1, 0.5, 10.0, 0.02
M, ml = mc + mp, mp * l


def step(s, a):
    x, xd, th, thd = s
    f = F if a == 1 else -F
    c, sn = math.cos(th), math.sin(th)
    temp = (f + ml * thd * thd * sn) / M
    thacc = (g * sn - c * temp) / (l * (4.0 / 3.0 - mp * c * c / M))
    xacc = temp - ml * thacc * c / M
    return (x + tau * xd, xd + tau * xacc, th + tau * thd, thd + tau * thacc)


# Exact: from the upright rest state, push right (theta = 0: sin 0 = 0, cos 0 = 1).
Fg, Fmc, Fmp, Fl, FF, Ftau = Fr(98, 10), Fr(1), Fr(1, 10), Fr(1, 2), Fr(10), Fr(2, 100)
FM = Fmc + Fmp
temp = FF / FM
thacc = (0 - temp) / (Fl * (Fr(4, 3) - Fmp / FM))
xacc = temp - Fmp * Fl * thacc / FM
print("exact rest+right: temp", temp, "thetaAcc", thacc, "xAcc", xacc,
      "-> next", (0, Ftau * xacc, 0, Ftau * thacc))

cases = [
    ((0.0, 0.0, 0.0, 0.0), 1),
    ((0.01, -0.02, 0.03, 0.04), 0),
    ((-1.0, 0.5, -0.15, 1.2), 1),
    ((2.0, 1.5, 0.2, -0.7), 0),
]
for s, a in cases:
    print("step", s, "action", a, "->", [repr(v) for v in step(s, a)])

# Ten steps of the alternating policy 1,0,1,0,... from (0.01, -0.02, 0.03, 0.04).
s = (0.01, -0.02, 0.03, 0.04)
for t in range(10):
    s = step(s, 1 - t % 2)
print("10 alternating steps ->", [repr(v) for v in s])

# Constant push right from rest: first step after which |theta| > 12 deg or |x| > 2.4.
s, n = (0.0, 0.0, 0.0, 0.0), 0
while True:
    s = step(s, 1)
    n += 1
    if abs(s[0]) > 2.4 or abs(s[2]) > 12 * 2 * math.pi / 360:
        break
print("always-right from rest terminates after", n, "steps, state", [repr(v) for v in s])

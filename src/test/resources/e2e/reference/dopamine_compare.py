"""Reference values for E2E: Rainbow vs DQN per game on fixtures/dopamine/final_returns.csv.
Run from the repository root with Debian's scipy: /usr/bin/python3 <this file>."""
import csv
import scipy
from scipy import stats

rows = list(csv.DictReader(open("fixtures/dopamine/final_returns.csv")))
print("scipy", scipy.__version__)
for game in ("asterix", "breakout", "pong"):
    x = [float(r["final_return"]) for r in rows if r["game"] == game and r["agent"] == "Rainbow"]
    y = [float(r["final_return"]) for r in rows if r["game"] == game and r["agent"] == "DQN"]
    d = sum(x) / len(x) - sum(y) / len(y)
    w = stats.ttest_ind(x, y, equal_var=False)
    u = stats.mannwhitneyu(x, y, alternative="two-sided", method="auto")
    print(f"{game} diff={d!r} welch_t={w.statistic!r} welch_p={w.pvalue!r} mw_u={u.statistic!r} mw_p={u.pvalue!r}")

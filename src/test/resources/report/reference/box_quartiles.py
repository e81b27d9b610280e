# Reference quartiles for DistributionChart.BoxStats (Hyndman-Fan 7 = numpy "linear").
# Run: /usr/bin/python3 box_quartiles.py > box_quartiles.txt
import numpy as np
samples = {
    "one_to_ten": list(range(1, 11)),
    "with_outlier": list(range(1, 11)) + [100],
    "mixed": [3.2, -1.5, 7.7, 0.0, 2.2, 9.9, 4.4],
}
for name, v in samples.items():
    q1, med, q3 = np.percentile(v, [25, 50, 75])  # default method="linear" (HF7)
    iqr = q3 - q1
    lo = min(x for x in v if x >= q1 - 1.5 * iqr)
    hi = max(x for x in v if x <= q3 + 1.5 * iqr)
    print(f"{name}: q1={q1!r} median={med!r} q3={q3!r} whiskerLow={lo!r} whiskerHigh={hi!r}")
print("numpy", np.__version__)

#!/usr/bin/env bash
# The whole built-in demo as external processes, two at a time, the way seedscope launches it:
# 2 implementations x 10 seeds (defaults) + a 12-config sweep (normalized: lr x batch) x 3 seeds.
# Prints the per-run wall time (JVM start included), the final-return spread per implementation
# (final return = mean of the last 10 curve points = last 100 episodes) and the total wall time.
# Needs the shaded jar: mvn -B -q -o package -DskipTests   (then: bash bench/demo_sweep.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/seedscope.jar}
OUT=$(mktemp -d)
export JAR OUT

one() { # name args... : runs one process, writes OUT/name.jsonl and OUT/name.ms
  local name=$1; shift
  local t0; t0=$(date +%s%N)
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$JAR" io.seedscope.demo.CartPoleMain "$@" \
    > "$OUT/$name.jsonl" 2>/dev/null
  echo $(( ($(date +%s%N) - t0) / 1000000 )) > "$OUT/$name.ms"
}
export -f one

jobs_file=$OUT/jobs
for impl in textbook normalized; do
  for seed in $(seq 0 9); do echo "seeds-$impl-$seed --impl $impl --seed $seed"; done
done > "$jobs_file"
for lr in 0.01 0.03 0.1 0.3; do
  for batch in 5 10 20; do
    for seed in 0 1 2; do
      echo "sweep-lr$lr-b$batch-$seed --impl normalized --seed $seed --lr $lr --batch $batch"
    done
  done
done >> "$jobs_file"

start=$(date +%s%N)
xargs -P 2 -L 1 bash -c 'one "$@"' _ < "$jobs_file"
total=$(( ($(date +%s%N) - start) / 1000000 ))

/usr/bin/python3 - "$OUT" "$total" <<'PY'
import glob, json, os, statistics as st, sys
out, total = sys.argv[1], int(sys.argv[2])
def final(name):
    pts = [json.loads(l) for l in open(f"{out}/{name}.jsonl") if l.startswith("{")]
    return st.mean(p["return"] for p in pts[-10:]), len(pts)
ms = {os.path.basename(f)[:-3]: int(open(f).read()) for f in glob.glob(f"{out}/*.ms")}
print(f"runs: {len(ms)}; total wall {total/1000:.1f} s on 2 parallel slots")
print(f"per-run wall incl. JVM start: median {st.median(ms.values())} ms, "
      f"min {min(ms.values())}, max {max(ms.values())}")
for impl in ("textbook", "normalized"):
    f = [final(f"seeds-{impl}-{s}")[0] for s in range(10)]
    print(f"{impl:10s} final return over 10 seeds: mean {st.mean(f):.1f} sd {st.stdev(f):.1f} "
          f"min {min(f):.0f} max {max(f):.0f}  [{' '.join(f'{x:.0f}' for x in f)}]")
print("sweep (normalized, gamma 0.99, 1000 episodes): mean final return over seeds 0-2")
print("lr \\ batch      5      10      20")
for lr in ("0.01", "0.03", "0.1", "0.3"):
    row = [st.mean(final(f"sweep-lr{lr}-b{b}-{s}")[0] for s in range(3)) for b in (5, 10, 20)]
    print(f"{lr:8s} " + " ".join(f"{x:7.1f}" for x in row))
PY
rm -rf "$OUT"

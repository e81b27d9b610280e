#!/usr/bin/env bash
# Side by side: Optuna 3.1 FanovaImportanceEvaluator (main effects only, 64 trees) vs seedscope
# (all main effects + all 45 pairwise interactions, 64 trees, 2 threads) on the same trials of
# the 10-parameter Sobol G-function. Needs /usr/bin/python3 with python3-optuna and sklearn, and
# the JMH jar: mvn -B -q -o install -DskipTests && mvn -B -q -o -f jmh/pom.xml package
# Optuna takes ~36 s at 1,000 trials on 2 idle cores and ~19 min at 5,000: keep N small.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000}"
SEED="${2:-0}"
OUT="$(mktemp -d)"
CSV="$OUT/g10_n${N}_seed${SEED}.csv"
echo "== Optuna (python side), N=$N"
/usr/bin/python3 bench/fanova_optuna.py --case g10 --n "$N" --seed "$SEED" --csv "$CSV"
# The shaded JMH jar carries commons-rng-client-api 1.6; put 1.7 (what commons-rng 1.7 needs) first.
RNG_API="$HOME/.m2/repository/org/apache/commons/commons-rng-client-api/1.7/commons-rng-client-api-1.7.jar"
for m in per-tree blend; do
  echo "== seedscope $m (median of 5 runs, fit + all mains + 45 pairs)"
  java -Xmx1g -cp "$RNG_API:jmh/target/benchmarks.jar" io.seedscope.jmh.FanovaBenchmark "$CSV" 0 1 "$m" 5
done

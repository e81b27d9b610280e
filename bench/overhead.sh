#!/usr/bin/env bash
# Harness overhead: 1,000 runs of a trivial command with 2 workers, seedscope vs `xargs -P 2`.
# Usage: bench/overhead.sh [RUNS] [REPEATS]   (needs target/seedscope.jar: ./seedscope --version)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-1000}"
reps="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/trivial.yaml" <<YAML
name: trivial
metric: return
seeds: {count: $runs}
implementations:
  echo: {command: [echo, '{"return": {seed}}']}
run: {workers: 2, timeout: 1m}
YAML
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
xs=(); ss=()
for i in $(seq "$reps"); do
  t0=$(date +%s.%N)
  seq "$runs" | xargs -P 2 -I{} echo '{"return": {}}' > /dev/null
  t1=$(date +%s.%N)
  xs+=("$(echo "$t1 - $t0" | bc -l)")
  rm -rf "$work/out"
  t0=$(date +%s.%N)
  java -jar "$here/target/seedscope.jar" run "$work/trivial.yaml" --out "$work/out" --no-report > /dev/null 2>&1
  t1=$(date +%s.%N)
  ss+=("$(echo "$t1 - $t0" | bc -l)")
done
mx=$(printf '%s\n' "${xs[@]}" | median)
ms=$(printf '%s\n' "${ss[@]}" | median)
printf 'runs=%s repeats=%s  xargs -P 2 median %.3f s  seedscope median %.3f s  ratio %.2f\n' \
  "$runs" "$reps" "$mx" "$ms" "$(echo "$ms / $mx" | bc -l)"

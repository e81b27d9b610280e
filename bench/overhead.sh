#!/usr/bin/env bash
# Harness overhead: RUNS runs of a trivial command with 2 workers. Times, per repeat:
#   xargs          `xargs -P 2` running the command, output discarded (the issue's yardstick);
#   xargs-files    `xargs -P 2` through `sh -c` leaving what seedscope leaves per run (its own
#                  directory, stdout/stderr files, a record renamed into place): what a user would
#                  have to write to get the same files without seedscope;
#   jvm-spawn      bench/HarnessFloor.java --no-files: a bare JVM starting the same processes;
#   jvm-files      bench/HarnessFloor.java: the same plus what seedscope's contract needs per run
#                  (own working directory, stdout/stderr files, a record renamed into place);
#   c-spawn        bench/NativeFloor.c --no-files: a C harness (posix_spawnp, 2 threads) starting them;
#   c-files        bench/NativeFloor.c: the same plus the per-run files jvm-files writes
#                  (the two c- columns only where a C compiler `cc` is installed);
#   seedscope      `seedscope run` on the equivalent spec (--no-report).
# Prints the median of each and its ratio to xargs.
# Usage: bench/overhead.sh [RUNS] [REPEATS]   (needs target/seedscope.jar: ./seedscope --version;
#        SEEDSCOPE_BASELINE_JAR=other.jar also times another build, interleaved, as "baseline")
#
# Nothing is deleted until the end: right after thousands of files are deleted, creating files is
# 5-10x slower for a long while on this machine's ext4 (30 us per file when settled, 150-300 us
# then), which would be charged to whichever tool runs next. Every repeat writes to fresh
# directories instead, and each timed command starts after `sync` and a pause.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-1000}"
reps="${2:-5}"
jar="$here/target/seedscope.jar"
baseline="${SEEDSCOPE_BASELINE_JAR:-}"  # another build, timed in the same repeats to compare
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
javac -d "$work/floor" "$here/bench/HarnessFloor.java"
native=""
if command -v cc > /dev/null 2>&1; then
  cc -O2 -o "$work/native-floor" "$here/bench/NativeFloor.c" -lpthread && native="$work/native-floor"
fi
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
settle() { sync; sleep "$1"; }
now() { date +%s.%N; }
declare -a xs xfs fs ffs cs cfs ss bs
for i in $(seq "$reps"); do
  out="$work/out$i"
  mkdir -p "$out"
  settle 2
  t0=$(now); seq "$runs" | xargs -P 2 -I{} echo '{"return": {}}' > /dev/null; t1=$(now)
  xs+=("$(echo "$t1 - $t0" | bc -l)")
  settle 1
  mkdir -p "$out/xargs"
  t0=$(now)
  seq "$runs" | (cd "$out/xargs" && xargs -P 2 -I{} sh -c \
    'mkdir -p runs/r$1 && cd runs/r$1 && echo "{\"return\": $1}" > stdout.log 2> stderr.log;
     printf "{\"seed\":%s,\"exit\":%s}" "$1" "$?" > ../../.tmp-$1 && mv ../../.tmp-$1 ../../$1.json' sh {})
  t1=$(now)
  xfs+=("$(echo "$t1 - $t0" | bc -l)")
  settle 1
  t0=$(now)
  java -Djdk.lang.Process.launchMechanism=VFORK -cp "$work/floor" HarnessFloor "$out/spawn" "$runs" 2 --no-files 2> /dev/null
  t1=$(now)
  fs+=("$(echo "$t1 - $t0" | bc -l)")
  settle 1
  t0=$(now)
  java -Djdk.lang.Process.launchMechanism=VFORK -cp "$work/floor" HarnessFloor "$out/files" "$runs" 2 2> /dev/null
  t1=$(now)
  ffs+=("$(echo "$t1 - $t0" | bc -l)")
  if [ -n "$native" ]; then
    settle 1
    t0=$(now); "$native" "$out/c-spawn" "$runs" 2 --no-files; t1=$(now)
    cs+=("$(echo "$t1 - $t0" | bc -l)")
    settle 1
    t0=$(now); "$native" "$out/c-files" "$runs" 2; t1=$(now)
    cfs+=("$(echo "$t1 - $t0" | bc -l)")
  fi
  settle 1
  t0=$(now)
  java -jar "$jar" run "$work/trivial.yaml" --out "$out/seedscope" --no-report > /dev/null 2>&1
  t1=$(now)
  ss+=("$(echo "$t1 - $t0" | bc -l)")
  if [ -n "$baseline" ]; then
    settle 1
    t0=$(now)
    java -jar "$baseline" run "$work/trivial.yaml" --out "$out/baseline" --no-report > /dev/null 2>&1
    t1=$(now)
    bs+=("$(echo "$t1 - $t0" | bc -l)")
  fi
done
mx=$(printf '%s\n' "${xs[@]}" | median)
report() { printf '  %-11s median %6.3f s  ratio to xargs %5.2f   (all: %s)\n' "$1" "$2" "$(echo "$2 / $mx" | bc -l)" "$3"; }
echo "runs=$runs workers=2 repeats=$reps"
report xargs "$mx" "$(printf '%.2f ' "${xs[@]}")"
report xargs-files "$(printf '%s\n' "${xfs[@]}" | median)" "$(printf '%.2f ' "${xfs[@]}")"
report jvm-spawn "$(printf '%s\n' "${fs[@]}" | median)" "$(printf '%.2f ' "${fs[@]}")"
report jvm-files "$(printf '%s\n' "${ffs[@]}" | median)" "$(printf '%.2f ' "${ffs[@]}")"
if [ -n "$native" ]; then
  report c-spawn "$(printf '%s\n' "${cs[@]}" | median)" "$(printf '%.2f ' "${cs[@]}")"
  report c-files "$(printf '%s\n' "${cfs[@]}" | median)" "$(printf '%.2f ' "${cfs[@]}")"
fi
report seedscope "$(printf '%s\n' "${ss[@]}" | median)" "$(printf '%.2f ' "${ss[@]}")"
if [ -n "$baseline" ]; then
  report baseline "$(printf '%s\n' "${bs[@]}" | median)" "$(printf '%.2f ' "${bs[@]}")"
fi

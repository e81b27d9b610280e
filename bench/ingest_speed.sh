#!/usr/bin/env bash
# Ingest speed bar: reads the 1M-row long CSV with seedscope's reader (JVM start included) and
# with pandas. Usage: bash bench/ingest_speed.sh   (run from the repository root after
# `mvn -B -q -o test-compile`).
set -euo pipefail
file=${1:-/tmp/seedscope-ingest-1m.csv}
[ -f "$file" ] || python3 bench/ingest_gen.py "$file"
ls -l "$file"
cp=target/classes:target/test-classes:$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
for i in 1 2 3 4 5; do
  /usr/bin/time -f "java wall=%es maxrss=%MkB" \
    java -Xmx2g -XX:+UseSerialGC -XX:TieredStopAtLevel=4 -cp "$cp" io.seedscope.ingest.ReadMain "$file"
done
if /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
  for i in 1 2 3; do /usr/bin/time -f "pandas wall=%es" /usr/bin/python3 bench/ingest_pandas.py "$file"; done
fi

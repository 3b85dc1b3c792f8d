#!/usr/bin/env bash
# Start-up benchmark: JVM start to the first frame of the full app (dataset loaded, map drawn,
# the rings of the start view shown) against a hello-world JavaFX window, median of N runs each,
# under Xvfb with the software pipeline. See docs/performance.md.
#
#   src/test/java/org/balanceexplorer/bench/startup.sh [runs] [--show=ID,ID]
#
# Needs: xvfb-run (apt-get install -y xvfb xauth), a built tree (mvn -DskipTests test-compile).
set -euo pipefail
cd "$(dirname "$0")/../../../../../.."
RUNS=${1:-5}
SHOW=${2:---show=agni-5,shaheen-3}
CP_FILE=target/bench-classpath.txt
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
  mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"
JAVA_OPTS=(-Dprism.order=sw -Djava.util.logging.config.file=src/test/resources/logging.properties)
OUT=$(mktemp)
export CP RUNS SHOW OUT
export JAVA_OPTS_STR="${JAVA_OPTS[*]}"
# One X server for every run, so its start-up is not counted.
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
  for i in $(seq "$RUNS"); do
    for mode in hello app; do
      args=(); [ "$mode" = app ] && args=("$SHOW")
      java $JAVA_OPTS_STR -cp "$CP" org.balanceexplorer.bench.StartupProbe "$mode" "${args[@]}" \
        2>/dev/null | grep "^startup" >> "$OUT" || echo "run failed: $mode" >&2
    done
  done'
cat "$OUT"
python3 - "$OUT" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.startswith("startup")]
med = {}
for mode in ("hello", "app"):
    jvm = [int(r[2].split("=")[1]) for r in rows if r[1] == mode]
    med[mode] = statistics.median(jvm)
    print(f"{mode:5s} n={len(jvm)} median jvm={statistics.median(jvm):.0f} ms (min {min(jvm)}, max {max(jvm)})")
ratio = med["app"] / med["hello"]
print(f"ratio app/hello = {ratio:.2f} (target <= 1.5) -> {'PASS' if ratio <= 1.5 else 'MISS'}")
PY
rm -f "$OUT"

#!/usr/bin/env bash
# Compares two builds of the app in one run, alternating them, so that the machine's load falls
# on both alike: the frame harness (FrameBench) and the start-up probe (StartupProbe, with a
# hello-world JavaFX window as the floor). See docs/performance.md.
#
#   src/test/java/org/balanceexplorer/bench/compare.sh BEFORE_DIR AFTER_DIR [frame_runs=2] [startup_runs=7]
#
# Each DIR is a checkout with a built tree (mvn -DskipTests test-compile). Needs xvfb-run for the
# start-up runs (apt-get install -y xvfb xauth). Prints each run's table, then medians per build.
set -euo pipefail
BEFORE=$(cd "$1" && pwd)
AFTER=$(cd "$2" && pwd)
FRAME_RUNS=${3:-2}
STARTUP_RUNS=${4:-7}
SHOW=--show=agni-5,shaheen-3
OUT=$(mktemp -d)
JVM=(-Dtestfx.headless=true -Dtestfx.robot=glass -Dglass.platform=Monocle -Dmonocle.platform=Headless
     -Dheadless.geometry=1600x1000-32 -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true)
classpath() {
  local dir=$1
  if [ ! -s "$dir/target/bench-classpath.txt" ] || [ "$dir/pom.xml" -nt "$dir/target/bench-classpath.txt" ]; then
    (cd "$dir" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/bench-classpath.txt >/dev/null)
  fi
  echo "$dir/target/classes:$dir/target/test-classes:$(cat "$dir/target/bench-classpath.txt")"
}
CP_BEFORE=$(classpath "$BEFORE")
CP_AFTER=$(classpath "$AFTER")
for i in $(seq "$FRAME_RUNS"); do
  for side in before after; do
    if [ $side = before ]; then dir=$BEFORE; cp=$CP_BEFORE; else dir=$AFTER; cp=$CP_AFTER; fi
    echo "== frames $side run $i"
    (cd "$dir" && java "${JVM[@]}" -Djava.util.logging.config.file="$dir/src/test/resources/logging.properties" \
      -cp "$cp" org.balanceexplorer.bench.FrameBench) | tee "$OUT/frames-$side-$i.txt"
  done
done
export CP_BEFORE CP_AFTER STARTUP_RUNS SHOW OUT BEFORE AFTER
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
  for i in $(seq "$STARTUP_RUNS"); do
    for mode in hello before after; do
      case $mode in
        hello) cp=$CP_AFTER; dir=$AFTER; args=(hello) ;;
        before) cp=$CP_BEFORE; dir=$BEFORE; args=(app "$SHOW") ;;
        after) cp=$CP_AFTER; dir=$AFTER; args=(app "$SHOW") ;;
      esac
      (cd "$dir" && java -Dprism.order=sw -Djava.util.logging.config.file=src/test/resources/logging.properties \
        -cp "$cp" org.balanceexplorer.bench.StartupProbe "${args[@]}" 2>/dev/null \
        | grep "^startup" | sed "s/^startup [a-z]*/startup $mode/" >> "$OUT/startup.txt") || echo "run failed: $mode" >&2
    done
  done'
cat "$OUT/startup.txt"
python3 - "$OUT" <<'PY'
import glob, statistics, sys
out = sys.argv[1]
rows = [l.split() for l in open(out + "/startup.txt") if l.startswith("startup")]
med = {}
for mode in ("hello", "before", "after"):
    jvm = [int(r[2].split("=")[1]) for r in rows if r[1] == mode]
    med[mode] = statistics.median(jvm)
    print(f"startup {mode:6s} n={len(jvm)} median {med[mode]:.0f} ms (min {min(jvm)}, max {max(jvm)})")
for side in ("before", "after"):
    print(f"startup ratio {side}/hello = {med[side] / med['hello']:.2f}")
print(f"startup after/before = {med['after'] / med['before']:.2f}")
for side in ("before", "after"):
    for f in sorted(glob.glob(f"{out}/frames-{side}-*.txt")):
        print(f"--- {f.rsplit('/', 1)[1]}")
        started = False
        for line in open(f):
            started = started or line.startswith("Frame benchmarks")
            if started and line.strip():
                print(line.rstrip())
PY
echo "raw output in $OUT"

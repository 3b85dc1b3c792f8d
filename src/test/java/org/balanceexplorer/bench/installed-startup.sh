#!/usr/bin/env bash
# Start-up of the installed app against a plain JavaFX hello-world, alternated in one run under one
# Xvfb server, median of N runs each: JVM start to the first full frame (dataset, map, the rings
# of --show) for the app; to the first frame of a window with one label for the hello-world,
# which runs on the default Java with only JavaFX's jars on its classpath. See docs/performance.md.
#
#   src/test/java/org/balanceexplorer/bench/installed-startup.sh [runs=7] [name='java options' ...]
#
# Each extra name='options' is a candidate: the image's own runtime started with those options
# on the image's jar (e.g. no-cache='-Xss2m' or c2='-XX:AOTCache=...'), timed in the same rounds;
# name=@folder is another app image's launcher (e.g. one built from an earlier commit).
# STARTUP_SETTINGS=file starts every run with that settings file (a later start's case).
# Needs: the app image (mvn -Ppackage -DskipTests -Djpackage.types=app-image package), the test
# classes (mvn -DskipTests test-compile), xvfb-run (apt-get install -y xvfb xauth).
set -euo pipefail
cd "$(dirname "$0")/../../../../../.."
RUNS=${1:-7}
shift || true
IMAGE=target/jpackage/out/balance-explorer
[ -x "$IMAGE/bin/balance-explorer" ] || { echo "no app image at $IMAGE: build it first" >&2; exit 2; }
CP_FILE=target/bench-classpath.txt
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
  mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
FX=$(tr ':' '\n' < "$CP_FILE" | grep -E 'javafx-(base|graphics|controls)-.*-(linux|win|mac)' | paste -sd: -)
OUT=$(mktemp)
STATE=$(mktemp -d)
# A settings file to start with (as every start after the first has one), when STARTUP_SETTINGS
# names one; else none, as on the first start.
if [ -n "${STARTUP_SETTINGS:-}" ]; then
  cp "$STARTUP_SETTINGS" "$STATE/settings.json"
fi
CANDIDATES=$(printf '%s\n' "$@")
export FX OUT STATE RUNS IMAGE CANDIDATES
# One X server for every run, so its start-up is not counted.
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
  props="-Dprism.order=sw -Dexplorer.firstFrame=exit -Dbalanceexplorer.settings.dir=$STATE -Dexplorer.logDir=$STATE"
  for i in $(seq "$RUNS"); do
    java -Dprism.order=sw -cp "target/test-classes:$FX" org.balanceexplorer.bench.HelloWorld 2>/dev/null \
      | grep "^startup" >> "$OUT" || echo "run failed: hello" >&2
    JAVA_TOOL_OPTIONS="$props" "$IMAGE/bin/balance-explorer" --show=agni-5,shaheen-3 2>/dev/null \
      | grep "^startup" | sed "s/^startup app/startup installed/" >> "$OUT" || echo "run failed: installed" >&2
    while IFS= read -r c; do
      [ -n "$c" ] || continue
      name=${c%%=*}
      value=${c#*=}
      if [ "${value#@}" != "$value" ]; then
        JAVA_TOOL_OPTIONS="$props" "${value#@}/bin/balance-explorer" --show=agni-5,shaheen-3 2>/dev/null \
          | grep "^startup" | sed "s/^startup app/startup $name/" >> "$OUT" || echo "run failed: $name" >&2
        continue
      fi
      "$IMAGE/lib/runtime/bin/java" $value $props -cp "$IMAGE/lib/app/balance-explorer.jar" \
        org.balanceexplorer.app.Launcher --show=agni-5,shaheen-3 2>/dev/null \
        | grep "^startup" | sed "s/^startup app/startup $name/" >> "$OUT" || echo "run failed: $name" >&2
    done <<< "$CANDIDATES"
  done'
python3 - "$OUT" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.startswith("startup")]
modes = list(dict.fromkeys(r[1] for r in rows))
med = {}
for mode in modes:
    ms = [int(r[2].split("=")[1]) for r in rows if r[1] == mode]
    med[mode] = statistics.median(ms)
    print(f"{mode:12s} n={len(ms)} median {med[mode]:.0f} ms (min {min(ms)}, max {max(ms)})")
for mode in modes:
    if mode != "hello" and "hello" in med:
        r = med[mode] / med["hello"]
        print(f"ratio {mode}/hello = {r:.2f}" + (f" (target <= 1.5: {'PASS' if r <= 1.5 else 'MISS'})" if mode == "installed" else ""))
PY
rm -rf "$OUT" "$STATE"

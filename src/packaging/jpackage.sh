#!/usr/bin/env bash
# Builds the installable app: a trimmed Java runtime (jlink) and a jpackage app image holding the
# jar with the dataset and basemap inside, with an ahead-of-time cache of its start-up made by a
# training run (decision 0017); on Linux also a .deb when dpkg-deb and fakeroot are present
# (apt-get install fakeroot). Run by `mvn -Ppackage package` after the jar is built.
#   $1 project directory   $2 version (x.y.z)   $3 types: "app-image" or "app-image deb"
#   $4 the JDK to take the runtime, jlink and jpackage from (optional; see below)
#
# The runtime: a JDK 25 or newer makes the start-up cache (JEP 483/514/515). Taken from $4, else
# from JAVA_HOME when that is 25 or newer, else from the newest JDK 25+ found beside the build's
# Java (its parent folder); with none, the build's own JDK, and no cache (start-up is then slower).
set -euo pipefail
project=$1
version=$2
types=${3:-"app-image deb"}
jdk=${4:-}
target="$project/target"
work="$target/jpackage"

feature() { # the feature release of the JDK in $1, or 0
  local r="$1/release"
  [ -f "$r" ] || { echo 0; return; }
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$r" | head -n 1
}
if [ -z "$jdk" ]; then
  if [ -n "${JAVA_HOME:-}" ] && [ "$(feature "$JAVA_HOME")" -ge 25 ]; then
    jdk=$JAVA_HOME
  else
    build_jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    best=0
    for d in "$(dirname "$build_jdk")"/*; do
      f=$(feature "$d")
      if [ -x "$d/bin/jpackage" ] && [ "$f" -ge 25 ] && [ "$f" -gt "$best" ]; then
        jdk=$d
        best=$f
      fi
    done
    [ -n "$jdk" ] || jdk=$build_jdk
  fi
fi
release=$(feature "$jdk")
echo "runtime, jlink and jpackage from: $jdk (Java $release)"
rm -rf "$work"
mkdir -p "$work/input" "$work/out"
cp "$target/balance-explorer.jar" "$work/input/"

# The modules the jar needs (jdeps --print-module-deps), the zip file system the bundled dataset is read
# through, charsets, and locale data for the languages to come.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.zipfs,jdk.charsets
# Not compressed: classes the cache does not hold are read from the runtime at start-up, and a
# compressed runtime would inflate each of them first.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --output "$work/runtime"

# The start-up cache: a training run of the app as a user starts it (the bundled dataset, a
# window, two systems' rings) records the classes it loads and links and the profiles of the
# methods it runs; the launcher maps them at every start. It needs Java 25+ and a display (a
# virtual one through xvfb-run when none is set); without them the app is packaged without it.
# The jar's path may differ at run time (the .deb installs elsewhere): the cache is matched by the
# path relative to the common prefix.
# The JIT: C1 only (no C2, no profiling), measured in docs/performance.md: the compilers' work
# was most of start-up's CPU time on two cores.
# The young generation: 128 MB from the start (G1 begins with a few MB and collected three times
# before the first frame, pauses of 25-100 ms on two busy cores).
vm_options=${JPACKAGE_VM_OPTIONS-"-XX:TieredStopAtLevel=1 -Xmn128m"}
java_options=(--java-options "-Xss2m")
for o in $vm_options; do
  java_options+=(--java-options "$o")
done
if [ "$release" -ge 25 ]; then
  training=(timeout 600 "$work/runtime/bin/java" -XX:AOTCacheOutput="$work/input/balance-explorer.aot" -Xss2m $vm_options
    -Dexplorer.firstFrame=train -Dbalanceexplorer.settings.dir="$work/training" -Dexplorer.logDir="$work/training"
    -cp "$work/input/balance-explorer.jar" org.balanceexplorer.app.Launcher --show=agni-5,shaheen-3)
  if [ -n "${DISPLAY:-}" ]; then
    "${training[@]}" > "$work/training.log" 2>&1 || true
  elif command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "${training[@]}" > "$work/training.log" 2>&1 || true
  else
    echo "no display and no xvfb-run: packaged without the start-up cache (apt-get install xvfb xauth)" >&2
  fi
  rm -rf "$work/training"
  if [ -s "$work/input/balance-explorer.aot" ]; then
    java_options+=(--java-options '-XX:AOTCache=$APPDIR/balance-explorer.aot')
    echo "start-up cache: $(du -h "$work/input/balance-explorer.aot" | cut -f1), $(grep '^startup' "$work/training.log" || true)"
  else
    echo "the training run made no start-up cache; see $work/training.log" >&2
  fi
fi

common=(--name balance-explorer --app-version "$version" --vendor "South Asia Strategic Balance Explorer"
  --description "Missile range claims on a map, with who claims each figure" --dest "$work/out")
icon="$project/src/packaging/balance-explorer.png"
image="$work/out/balance-explorer"

# The app image first, always: the .deb is made from it.
"$jdk/bin/jpackage" --type app-image "${common[@]}" --icon "$icon" \
  --input "$work/input" --main-jar balance-explorer.jar --main-class org.balanceexplorer.app.Launcher \
  --runtime-image "$work/runtime" "${java_options[@]}"
echo "app image: $image"

for type in $types; do
  case "$type" in
    app-image) ;;
    deb)
      if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
        "$jdk/bin/jpackage" --type deb "${common[@]}" --app-image "$image" --icon "$icon" --linux-shortcut \
          --linux-menu-group Education --linux-app-category education --linux-package-name balance-explorer
        echo "deb: $(ls "$work"/out/*.deb)"
      else
        echo "no .deb: dpkg-deb and fakeroot are needed (apt-get install fakeroot)" >&2
      fi
      ;;
    *) echo "unknown package type: $type" >&2; exit 2 ;;
  esac
done

#!/usr/bin/env bash
# Builds the installable app: a trimmed Java runtime (jlink) and a jpackage app image holding the
# jar with the dataset and basemap inside; on Linux also a .deb when dpkg-deb and fakeroot are
# present (apt-get install fakeroot). Run by `mvn -Ppackage package` after the jar is built.
#   $1 project directory   $2 version (x.y.z)   $3 types: "app-image" or "app-image deb"
set -euo pipefail
project=$1
version=$2
types=${3:-"app-image deb"}
target="$project/target"
work="$target/jpackage"
rm -rf "$work"
mkdir -p "$work/input" "$work/out"
cp "$target/balance-explorer.jar" "$work/input/"

# The modules the jar needs (jdeps --print-module-deps), the zip file system the bundled dataset is read
# through, charsets, and locale data for the languages to come.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.zipfs,jdk.charsets
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$work/runtime"

common=(--name balance-explorer --app-version "$version" --vendor "South Asia Strategic Balance Explorer"
  --description "Missile range claims on a map, with who claims each figure"
  --input "$work/input" --main-jar balance-explorer.jar --main-class org.balanceexplorer.app.Launcher
  --runtime-image "$work/runtime" --java-options "-Xss2m" --dest "$work/out")
icon="$project/src/packaging/balance-explorer.png"

for type in $types; do
  case "$type" in
    app-image)
      jpackage --type app-image "${common[@]}" --icon "$icon"
      echo "app image: $work/out/balance-explorer"
      ;;
    deb)
      if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
        jpackage --type deb "${common[@]}" --icon "$icon" --linux-shortcut --linux-menu-group Education \
          --linux-app-category education --linux-package-name balance-explorer
        echo "deb: $(ls "$work"/out/*.deb)"
      else
        echo "no .deb: dpkg-deb and fakeroot are needed (apt-get install fakeroot)" >&2
      fi
      ;;
    *) echo "unknown package type: $type" >&2; exit 2 ;;
  esac
done

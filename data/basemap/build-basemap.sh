#!/usr/bin/env bash
# Rebuilds countries-110m.geojson and countries-50m.geojson from Natural Earth, as packaged in
# the npm package world-atlas (TopoJSON), converted with topojson-client. Needs node and npm.
# Usage: bash data/basemap/build-basemap.sh   (from the repository root or anywhere)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent world-atlas@2.0.2 topojson-client@3.1.0
for res in 110m 50m; do
  node "$here/topo2geo.js" "node_modules/world-atlas/countries-$res.json" "$here/countries-$res.geojson"
done
ls -l "$here"/countries-*.geojson

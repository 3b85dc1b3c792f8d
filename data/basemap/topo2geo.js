// Converts world-atlas's TopoJSON "countries" object into a GeoJSON FeatureCollection, keeping
// each feature's id (ISO 3166-1 numeric, as world-atlas gives it) and name, with coordinates
// rounded to 4 decimals (about 11 m, well under a pixel at any zoom the app offers).
const fs = require('fs');
const path = require('path');
const topojson = require(path.join(process.cwd(), 'node_modules', 'topojson-client'));

const [input, output] = process.argv.slice(2);
const topo = JSON.parse(fs.readFileSync(input, 'utf8'));
const fc = topojson.feature(topo, topo.objects.countries);

const round = (v) => Math.round(v * 1e4) / 1e4;
const roundCoords = (c) => (typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(roundCoords));

const features = fc.features.map((f) => ({
  type: 'Feature',
  id: f.id === undefined ? null : String(f.id),
  properties: { name: f.properties.name },
  geometry: f.geometry === null ? null : { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
}));
fs.writeFileSync(output, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(`${output}: ${features.length} features`);

// Converts us-atlas's counties-10m.json (U.S. Census Bureau cartographic boundaries, public
// domain; the package is ISC) into data/place/vendor/us-counties.json: each county's name as news
// writes it ("Laurel County", "Orleans Parish"), its state's postal code and the centroid of its
// outline. GeoNames cities hold no counties, and "Laurel County" is otherwise placed at no point.
// Run at development time, with the package installed outside the lock file:
//   npm install --no-save us-atlas@3 && npm run import:counties
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { geoCentroid } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { loadJson } from '../../src/data.js';
import { COUNTY_COLUMNS, countyWord } from '../../src/place/counties.js';

const require = createRequire(import.meta.url);
const topo = require('us-atlas/counties-10m.json') as Topology<{ counties: GeometryCollection<{ name: string }>; states: GeometryCollection<{ name: string }> }>;
const pkg = require('us-atlas/package.json') as { version: string };
// State FIPS -> postal code, through the state names data/place/features.json already carries.
const postal = new Map<string, string>();
for (const f of loadJson<{ places: Array<{ name: string; aliases?: string[]; country: string | null; admin1?: string }> }>('place', 'features.json').places) {
  if (f.country === 'USA' && f.admin1) for (const n of [f.name, ...(f.aliases ?? [])]) postal.set(n, f.admin1);
}
const stateOf = new Map<string, string>();
for (const s of topo.objects.states.geometries) {
  const name = (s.properties as { name: string }).name;
  // features.json names two states with a word after ("New York state", "Washington state").
  const code = postal.get(name) ?? postal.get(`${name} state`);
  if (code) stateOf.set(String(s.id), code);
  else console.warn(`import:counties: no postal code for ${name} (left out)`);
}
const rows: Array<[string, string, number, number]> = [];
for (const g of topo.objects.counties.geometries) {
  const state = stateOf.get(String(g.id).slice(0, 2));
  const word = state ? countyWord(state) : null;
  const name = (g.properties as { name: string }).name;
  if (!state || !word || / city$/i.test(name)) continue; // Virginia's independent cities are cities
  const [lon, lat] = geoCentroid(feature(topo, g));
  rows.push([`${name} ${word}`, state, Math.round(lat * 1000) / 1000, Math.round(lon * 1000) / 1000]);
}
const about = `US counties (parishes in Louisiana, boroughs in Alaska): name, state postal code, centroid of the outline. From the npm package us-atlas ${pkg.version} (ISC), U.S. Census Bureau cartographic boundaries (public domain). Converted by scripts/vendor/import-counties.ts; do not edit by hand.`;
const body = rows.map((r) => JSON.stringify(r)).join(',\n');
const out = join('data', 'place', 'vendor', 'us-counties.json');
writeFileSync(out, `{"about":${JSON.stringify(about)},"columns":${JSON.stringify(COUNTY_COLUMNS)},"counties":[\n${body}\n]}\n`);
console.log(`import:counties: ${rows.length} counties -> ${out}`);

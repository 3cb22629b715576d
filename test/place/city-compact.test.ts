// The compact city table (dist/data/cities.bin, src/place/city-compact.ts) gives back exactly the
// checked JSON table's cities and keys, and is made again when it does not fit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compactCities } from '../../src/place/city-compact.js';
import { readCityTable } from '../../src/place/city-table.js';
import { nameKeys } from '../../src/place/cities.js';

const CODE = [new URL('../../src/place/cities.js', import.meta.url).href];

test('the binary table reads back as the JSON table, keys included', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'entente-cities-')), 'cities.bin');
  const made = compactCities(nameKeys, CODE, path);
  const mtime = statSync(path).mtimeMs;
  const read = compactCities(nameKeys, CODE, path);
  assert.equal(statSync(path).mtimeMs, mtime, 'a fitting file is read, not made again');
  const table = readCityTable();
  assert.deepEqual(made.cities, table);
  assert.deepEqual(read.cities, table);
  assert.deepEqual(read.keys, table.map((c) => nameKeys(c.name)));
  assert.ok(read.keys.some((k) => k.length > 1), 'a city filed under several keys keeps them all');
});

test('a file of another stamp or cut short is made again', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'entente-cities-')), 'cities.bin');
  compactCities(nameKeys, CODE, path);
  const whole = readFileSync(path).length;
  const other = compactCities(() => ['x'], [new URL('../../src/place/normalize.js', import.meta.url).href], path);
  assert.deepEqual(other.keys[0], ['x'], 'other key code: computed again');
  compactCities(nameKeys, CODE, path);
  const bytes = readFileSync(path);
  writeFileSync(path, bytes.subarray(0, bytes.length - 8));
  const again = compactCities(nameKeys, CODE, path);
  assert.equal(again.cities.length, readCityTable().length);
  assert.equal(readFileSync(path).length, whole, 'the cut file is written whole again');
});

// The compact city index (dist/data/cities.bin, src/place/city-compact.ts) gives back exactly the
// index built from the checked JSON table, and is made again when it does not fit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compactIndex, type CityIndex } from '../../src/place/city-compact.js';
import { mainCity, readCityTable, type CityRec } from '../../src/place/city-table.js';
import { nameKeys } from '../../src/place/cities.js';

const CODE = [new URL('../../src/place/cities.js', import.meta.url).href];

/** The index as cities.ts built it before the binary file held it: every record filed at load. */
function eagerIndex(keysOf: (name: string) => string[]): Map<string, CityRec[]> {
  const map = new Map<string, CityRec[]>();
  for (const rec of readCityTable()) {
    for (const k of keysOf(rec.name)) {
      const list = map.get(k);
      if (list) list.push(rec);
      else map.set(k, [rec]);
    }
  }
  for (const [k, list] of map) {
    if (!list.some(mainCity)) map.delete(k);
    else list.sort((a, b) => b.population - a.population);
  }
  return map;
}

function assertSame(index: CityIndex, eager: Map<string, CityRec[]>): void {
  assert.equal(index.size, eager.size);
  for (const [k, list] of eager) assert.deepEqual(index.get(k), list, k);
  assert.equal(index.get('no such city name'), undefined);
}

test('the binary index reads back as the index built from the JSON table', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'entente-cities-')), 'cities.bin');
  const eager = eagerIndex(nameKeys);
  assertSame(compactIndex(nameKeys, CODE, path), eager);
  const mtime = statSync(path).mtimeMs;
  const read = compactIndex(nameKeys, CODE, path);
  assert.equal(statSync(path).mtimeMs, mtime, 'a fitting file is read, not made again');
  assertSame(read, eager);
  assert.equal(read.get('paris'), read.get('paris'), 'one list per key');
  const saint = [...eager.keys()].find((k) => k.startsWith('st. '))!;
  assert.equal(read.get(saint)?.[0], read.get(`saint ${saint.slice(4)}`)?.[0], 'a city filed under several keys is one record');
});

test('a file of another stamp or cut short is made again', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'entente-cities-')), 'cities.bin');
  compactIndex(nameKeys, CODE, path);
  const whole = readFileSync(path).length;
  const other = compactIndex(() => ['x'], [new URL('../../src/place/normalize.js', import.meta.url).href], path);
  assert.equal(other.size, 1, 'other key code: computed again');
  assert.equal(other.get('x')?.length, readCityTable().length);
  compactIndex(nameKeys, CODE, path);
  const bytes = readFileSync(path);
  writeFileSync(path, bytes.subarray(0, bytes.length - 8));
  const again = compactIndex(nameKeys, CODE, path);
  assert.equal(again.size, eagerIndex(nameKeys).size);
  assert.equal(readFileSync(path).length, whole, 'the cut file is written whole again');
});

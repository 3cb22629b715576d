// US counties from the census table, and the story's other places choosing among namesakes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../src/types.js';
import { find, read } from './helpers.js';


const near = (p: Place, lat: number, lon: number): boolean => p.lat !== null && p.lon !== null && Math.abs(p.lat - lat) < 1 && Math.abs(p.lon - lon) < 1;

test('a county with one namesake gets its point; leading words outside the name are left out', () => {
  const doc = read('Six Laurel County deputies searched the woods on Tuesday.');
  const p = find(doc, 'Laurel County');
  assert.equal(p.country, 'USA');
  assert.ok(near(p, 37.1, -84.1), JSON.stringify(p));
});

test('among same-named counties, the one in a state the story names', () => {
  const doc = read('Officials in Warren County, Kentucky, closed the schools.');
  assert.ok(near(find(doc, 'Warren County'), 37.0, -86.4), JSON.stringify(find(doc, 'Warren County')));
});

test('a same-named county with no state or other US place given has no point', () => {
  const doc = read('Officials in Warren County closed the schools.');
  const p = find(doc, 'Warren County');
  assert.equal(p.lat, null);
});

test('a city name is the namesake near the story\'s other places, not the distant capital', () => {
  const doc = read('The fire in Paris spread toward Lamar County, officials said.');
  const paris = find(doc, 'Paris');
  assert.equal(paris.country, 'USA');
  assert.ok(near(paris, 33.7, -95.6), JSON.stringify(paris));
});

test('a pick the story supports stays: Paris beside London is in France', () => {
  const doc = read('Talks in Paris and London ended without a deal.');
  assert.equal(find(doc, 'Paris').country, 'FRA');
  assert.equal(find(doc, 'London').country, 'GBR');
});

test('a small town that shares a city\'s name is chosen in a story about its state, and never read alone', () => {
  const doc = read('Police in Paris, Tennessee, arrested two men.');
  const paris = find(doc, 'Paris');
  assert.equal(paris.country, 'USA');
  assert.ok(near(paris, 36.3, -88.3), JSON.stringify(paris));
  // Towns under 15,000 whose name no sizeable city bears are not in the index at all.
  assert.ok(!read('They met in Frankston on Monday.').places.some((p) => p.country === 'USA'));
});

test('"St." and "Saint" name the same city', () => {
  const doc = read('The delegation flew from Moscow to St. Petersburg.');
  assert.equal(find(doc, 'St. Petersburg').country, 'RUS');
});

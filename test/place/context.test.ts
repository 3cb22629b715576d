// Context rules of the place stage: named states choose among namesakes, compass words and
// border words, curated divisions, names read off "the town of", letters NFD does not split.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, read } from './helpers.js';


test('a state the story names picks the namesake there, not the largest', () => {
  const doc = read('Commuters in Virginia faced delays. The council in Alexandria voted on the new bus lanes.');
  const p = find(doc, 'Alexandria');
  assert.equal(p.country, 'USA');
  assert.ok(p.lon !== null && p.lon < -70, 'the Virginia city, not the Egyptian one');
  const egypt = read('Protesters gathered in Alexandria and Cairo.');
  assert.equal(find(egypt, 'Alexandria').country, 'EGY');
});

test('a compass word joins a country span; a demonym before "border" is a region of that country', () => {
  const doc = read('Police launched a raid in southern Belgium. A jet was shot down near the Syrian border.');
  const be = find(doc, 'southern Belgium');
  assert.equal(be.country, 'BEL');
  assert.equal(be.name, 'Belgium');
  const border = find(doc, 'Syrian border');
  assert.equal(border.country, 'SYR');
  assert.equal(border.lat, null);
});

test('curated first-level divisions resolve with their country', () => {
  const doc = read('Floods hit Uttar Pradesh and Bihar, while fighting continued in North Kivu.');
  assert.equal(find(doc, 'Uttar Pradesh').country, 'IND');
  assert.equal(find(doc, 'Bihar').country, 'IND');
  assert.equal(find(doc, 'North Kivu').country, 'COD');
});

test('"the town of X" names a place the gazetteer lacks; dotless i folds', () => {
  const doc = read('Rebels in Afghanistan captured the town of Zarkhel. Two were killed in the southeastern city of Diyarbakir.');
  const town = find(doc, 'Zarkhel');
  assert.equal(town.kind, 'city');
  assert.equal(town.lat, null);
  assert.equal(find(doc, 'Diyarbakir').country, 'TUR');
});

test('a capital yields to a namesake in a country the story names by its people', () => {
  assert.equal(find(read('American officials said the fire in San Jose destroyed 40 homes.'), 'San Jose').country, 'USA');
  assert.equal(find(read('The fire in San Jose destroyed 40 homes.'), 'San Jose').country, 'CRI');
  assert.equal(find(read('Lebanese troops patrolled Tripoli on Monday.'), 'Tripoli').country, 'LBN');
  assert.equal(find(read('Rebels entered Tripoli on Monday.'), 'Tripoli').country, 'LBY');
  // a story that names the capital's own country keeps the capital
  assert.equal(find(read('Libyan and Lebanese envoys met in Tripoli.'), 'Tripoli').country, 'LBY');
});

test('in a sentence without capitals a country the hand list names is a place', () => {
  assert.equal(find(read('french soldiers left their last base in niger on friday.'), 'niger').country, 'NER');
  assert.equal(find(read('the ministers met in singapore on friday.'), 'singapore').country, 'SGP');
});

// The place stage on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, read } from './helpers.js';


test('countries by name, with a possessive and a curly apostrophe', () => {
  const doc = read('Officials from Germany met envoys in the capital. Later, France’s foreign minister spoke.');
  assert.equal(find(doc, 'Germany').country, 'DEU');
  const fr = find(doc, 'France');
  assert.equal(fr.country, 'FRA');
  assert.equal(fr.kind, 'country');
});

test('news aliases for countries: Britain, U.S., Turkey, Burma', () => {
  const doc = read('Diplomats from Britain and the U.S. urged Turkey and Burma to release the journalists.');
  assert.equal(find(doc, 'Britain').country, 'GBR');
  assert.equal(find(doc, 'U.S.').country, 'USA');
  assert.equal(find(doc, 'Turkey').country, 'TUR');
  assert.equal(find(doc, 'Burma').country, 'MMR');
});

test('demonyms are not places', () => {
  const doc = read('A French diplomat and a Syrian official held talks.');
  assert.deepEqual(doc.places, []);
});

test('a capital beats a smaller namesake', () => {
  const doc = read('The delegation flew to Paris for the summit.');
  const p = find(doc, 'Paris');
  assert.equal(p.country, 'FRA');
  assert.equal(p.kind, 'city');
  assert.ok(p.geonameid);
});

test('"Washington" is the US capital', () => {
  const doc = read('The minister held talks in Washington with senior aides.');
  const p = find(doc, 'Washington');
  assert.equal(p.country, 'USA');
  assert.ok(Math.abs(p.lat! - 38.9) < 0.5 && Math.abs(p.lon! + 77.0) < 0.5);
});

test('city spellings from the alias table: Kiev, Raqqa', () => {
  const doc = read('Talks in Kiev ended as fighting resumed near Raqqa.');
  assert.equal(find(doc, 'Kiev').country, 'UKR');
  assert.equal(find(doc, 'Raqqa').country, 'SYR');
});

test('English names of cities GeoNames spells locally: Geneva is in Switzerland, not Illinois', () => {
  const doc = read('Envoys left Geneva for Cologne after the vote.');
  assert.equal(find(doc, 'Geneva').country, 'CHE');
  assert.equal(find(doc, 'Cologne').country, 'DEU');
});

test('common words that are also town names are not matched', () => {
  const doc = read('Much of the aid arrived late. Police said the attack came as a surprise, and Surprise was not mentioned.');
  assert.equal(doc.places.some((p) => p.text === 'Much' || p.text === 'Police' || p.text === 'Surprise'), false);
});

test('regions and features from the hand list', () => {
  const doc = read('The plane came down over the Sinai Peninsula, far from the Gaza Strip, and a warship sailed to the eastern Mediterranean.');
  assert.equal(find(doc, 'Sinai Peninsula').kind, 'feature');
  assert.equal(find(doc, 'Sinai Peninsula').country, 'EGY');
  assert.equal(find(doc, 'Gaza Strip').country, 'PSE');
  assert.equal(find(doc, 'eastern Mediterranean').country, null);
});

test('places inside organisation names are skipped', () => {
  const doc = read('The Bank of England raised rates, a study from the University of Chicago said, according to Al Jazeera America.');
  assert.deepEqual(doc.places.map((p) => p.text), []);
});

test('a first name that is also a city is not a place', () => {
  const doc = read('Russian President Vladimir Putin met the delegation in Moscow.');
  assert.deepEqual(doc.places.map((p) => p.text), ['Moscow']);
});

test('every span slices doc.text', () => {
  const doc = read('Troops from Russia crossed into Ukraine, and Egypt’s army moved toward the Sinai Peninsula near Cairo.');
  assert.ok(doc.places.length >= 4);
  for (const p of doc.places) assert.equal(doc.text.slice(p.start, p.end), p.text);
});

test('an administrative area named by a suffix is one region', () => {
  const doc = read('Floods closed schools in Metcalfe County, Kentucky, and shelling hit Idlib province.');
  const county = find(doc, 'Metcalfe County');
  assert.equal(county.kind, 'region');
  assert.equal(county.country, 'USA');
  assert.equal(find(doc, 'Idlib province').country, 'SYR');
});

test('a name shared by a country and a US state follows the document', () => {
  const doc = read('The firm has offices in Atlanta, Georgia, and in Orlando.');
  assert.equal(find(doc, 'Georgia').country, 'USA');
  const other = read('Fighting flared in Georgia, near Tbilisi.');
  assert.equal(find(other, 'Georgia').country, 'GEO');
});

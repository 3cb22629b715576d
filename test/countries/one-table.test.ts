// One country table: a state has the same code as an actor, as a place and in every output.
// Table-driven over every state whose entente (CAMEO/PLOVER) code differs from ISO alpha-3 or
// from world-countries' cca3, so a state added to data/countries/codes.json is tested too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import { COUNTRY_LIST, country, recodedStates, stateCode, stateOfIso2 } from '../../src/countries/table.js';
import { GDELT_COLUMNS, toGdeltRow } from '../../src/output/gdelt.js';
import { openStore } from '../../src/store/index.js';
import { tempDbPath } from '../store/temp-db.js';

for (const s of recodedStates()) {
  test(`${s.name}: the actor, the place and the outputs all say ${s.code}`, async () => {
    const doc = annotate({ text: `Police fired on protesters in ${s.name} on Monday.`, published: '2020-05-05' });
    const ev = doc.events.find((e) => e.type === 'ASSAULT');
    assert.ok(ev, `no ASSAULT in ${JSON.stringify(doc.events.map((e) => e.type))}`);
    assert.equal(ev.actor[0]?.code, s.code, 'actor country');
    assert.equal(ev.place?.country, s.code, 'place country');
    const place = doc.places.find((p) => p.text === s.name);
    assert.equal(place?.country, s.code, 'the place mention');
    // Stored and exported as GDELT: the actor country columns carry the same code.
    const { file, cleanup } = tempDbPath();
    const store = await openStore(file);
    try {
      await store.ingest(doc);
      const [stored] = await store.events({ type: 'ASSAULT' });
      assert.ok(stored, 'the event is stored');
      assert.equal(stored.event_loc?.country, s.code, 'stored place country');
      const row = toGdeltRow(stored);
      assert.equal(row[GDELT_COLUMNS.indexOf('Actor1CountryCode')], s.code);
      for (const other of [s.iso3, ...s.also]) assert.ok(!row.includes(other), `GDELT row holds ${other}`);
    } finally {
      await store.close();
      cleanup();
    }
  });

  test(`${s.name}: every other source's code reads as ${s.code}`, () => {
    for (const other of [s.iso3, ...s.also]) assert.equal(stateCode(other), s.code, other);
    assert.equal(country(s.iso3)?.code, s.code);
  });
}

// Not only the states the table lists as recoded: every state of the table, so a state whose codes
// differ and that nobody listed shows up here.
test('every state of the country table: the actor and the place of the sentence carry its code', () => {
  const disagree: string[] = [];
  let coded = 0;
  for (const c of COUNTRY_LIST) {
    const doc = annotate({ text: `Police fired on protesters in ${c.name} on Monday.`, published: '2020-05-05' });
    const ev = doc.events.find((e) => e.type === 'ASSAULT');
    const actor = ev?.actor[0]?.code;
    const place = ev?.place?.country;
    if (!actor || !place) continue; // a name the sentence does not code as both (one of 250 on this tree)
    coded++;
    if (actor !== c.code || place !== c.code) disagree.push(`${c.name} (${c.code}): actor ${actor}, place ${place}`);
  }
  assert.deepEqual(disagree, []);
  assert.ok(coded >= COUNTRY_LIST.length - 5, `only ${coded} of ${COUNTRY_LIST.length} states coded as actor and place`);
});

test('Kosovo: a city there places the event in KOS, as GeoNames gives XK', () => {
  assert.equal(stateOfIso2('XK'), 'KOS');
  const doc = annotate({ text: 'Serbian police arrested two men in Pristina on Tuesday.', published: '2020-05-05' });
  const ev = doc.events.find((e) => e.type === 'COERCE');
  assert.equal(ev?.place?.country, 'KOS');
});

test('codes older dictionaries used read as today\'s, and states that match ISO are left alone', () => {
  assert.equal(stateCode('ROM'), 'ROU');
  assert.equal(stateCode('TMP'), 'TLS');
  assert.equal(stateCode('ZAR'), 'COD');
  assert.equal(stateCode('FRA'), 'FRA');
  assert.equal(country('ROU')?.name, 'Romania');
});

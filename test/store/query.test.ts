import assert from 'node:assert/strict';
import type { EventFilter, Store } from '../../src/store/index.js';
import { HOLLANDE, ISIL, PUTIN, makeDoc } from './make-doc.js';
import { storeTest } from './backends.js';

const docA = () => makeDoc('Hollande in Moscow', [
  { type: 'CONSULT', sentence: 'Hollande met Putin in the Kremlin.', trigger: 'met', actor: HOLLANDE, recipient: PUTIN, date: '2015-11-26' },
  { type: 'ASSAULT', sentence: 'ISIL attacked Paris, killing 130 people.', trigger: 'attacked', actor: ISIL, date: '2015-11-13', dead: 130 },
]);

/** Three small articles; returns the events' types for a filter. */
async function seeded(store: Store): Promise<(filter: EventFilter) => Promise<string[]>> {
  await store.ingest(docA());
  await store.ingest(makeDoc('Putin praises', [
    { type: 'SUPPORT', sentence: 'Putin praised Hollande.', trigger: 'praised', actor: PUTIN, recipient: HOLLANDE, date: '2015-11' },
    { type: 'REQUEST', sentence: 'Hollande urged Putin to act.', trigger: 'urged', actor: HOLLANDE, recipient: PUTIN, date: null },
  ]));
  await store.ingest(makeDoc('Week story', [
    { type: 'ACCUSE', sentence: 'Putin accused ISIL of the bombing.', trigger: 'accused', actor: PUTIN, recipient: ISIL, date: '2015-W45' },
  ]));
  return async (filter) => (await store.events(filter)).map((e) => e.event);
}

storeTest('all events, ordered by date with undated last', async ({ store }) => {
  const types = await seeded(store);
  assert.deepEqual(await types({}), ['SUPPORT', 'ACCUSE', 'ASSAULT', 'CONSULT', 'REQUEST']);
  assert.deepEqual(await types({ order: 'newest' }), ['CONSULT', 'ASSAULT', 'ACCUSE', 'SUPPORT', 'REQUEST'], 'newest first, undated still last');
});

storeTest('a page of a party newest first (the walk) keeps the party and its factual events only', async ({ store }) => {
  const types = await seeded(store);
  const doc = makeDoc('Denial', [{ type: 'ASSAULT', sentence: 'Hollande did not attack Putin.', trigger: 'attack', actor: HOLLANDE, recipient: PUTIN, date: '2015-12-01' }]);
  doc.events[0]!.modality.negated = true;
  await store.ingest(doc);
  // limit and newest order: the plan that walks the date order testing each event for the party
  assert.deepEqual(await types({ actor: 'FRA', order: 'newest', limit: 10 }), ['CONSULT', 'REQUEST']);
  assert.deepEqual(await types({ actor: 'putin-vladimir', order: 'newest', limit: 1 }), ['ACCUSE']);
  assert.deepEqual(await types({ recipient: 'RUS', actor: 'FRA', order: 'newest', limit: 10, type: 'consult' }), ['CONSULT']);
  assert.deepEqual(await types({ actor: 'FRA', order: 'newest', limit: 10, includeNonFactual: true }), ['ASSAULT', 'CONSULT', 'REQUEST']);
});

storeTest('events by actor code, actor id, recipient and type', async ({ store }) => {
  const types = await seeded(store);
  assert.deepEqual(await types({ actor: 'FRA' }), ['CONSULT', 'REQUEST']);
  assert.deepEqual(await types({ actor: 'IMG' }), ['ASSAULT']);
  assert.deepEqual(await types({ actor: 'putin-vladimir' }), ['SUPPORT', 'ACCUSE']);
  assert.deepEqual(await types({ recipient: 'RUS' }), ['CONSULT', 'REQUEST']);
  assert.deepEqual(await types({ actor: 'FRA', recipient: 'RUS', type: 'request' }), ['REQUEST']);
  assert.deepEqual(await types({ actor: 'XXX' }), []);
  assert.deepEqual(await types({ type: 'ASSAULT' }), ['ASSAULT']);
});

storeTest('events by date range, overlapping coarse dates', async ({ store }) => {
  const types = await seeded(store);
  // 2015-11 (month) and 2015-W45 (2 to 8 Nov) both overlap the first half of November.
  assert.deepEqual(await types({ since: '2015-11-01', until: '2015-11-15' }), ['SUPPORT', 'ACCUSE', 'ASSAULT']);
  assert.deepEqual(await types({ since: '2015-11-20' }), ['SUPPORT', 'CONSULT']);
  assert.deepEqual(await types({ until: '2015-11-10' }), ['SUPPORT', 'ACCUSE']);
  assert.deepEqual(await types({ since: '2015-11-26', until: '2015-11-26', actor: 'FRA' }), ['CONSULT']);
  assert.deepEqual(await types({ since: '2016' }), []);
  await assert.rejects(store.events({ since: 'last week' }), /not a date/);
});

storeTest('events by doc id, limit and offset; eventCount ignores the page', async ({ store }) => {
  const types = await seeded(store);
  assert.deepEqual(await types({ docId: docA().id }), ['ASSAULT', 'CONSULT']);
  assert.deepEqual(await types({ limit: 2 }), ['SUPPORT', 'ACCUSE']);
  assert.deepEqual(await types({ limit: 2, offset: 2 }), ['ASSAULT', 'CONSULT']);
  assert.deepEqual(await types({ offset: 4 }), ['REQUEST']);
  assert.equal(await store.eventCount({ limit: 1 }), 5);
  assert.equal(await store.eventCount({ actor: 'FRA' }), 2);
});

storeTest('summary names top types, codes and the date range', async ({ store }) => {
  await seeded(store);
  const s = await store.summary(3);
  assert.equal(s.counts.events, 5);
  assert.equal(s.topTypes.length, 3);
  assert.deepEqual(s.topActorCodes, [{ code: 'RUS', count: 4 }, { code: 'FRA', count: 3 }, { code: 'IMG', count: 2 }]);
  assert.deepEqual(s.dateRange, { first: '2015-11-01', last: '2015-11-30' });
});

storeTest('articles and actors are paged with totals', async ({ store }) => {
  await seeded(store);
  const all = await store.articles({});
  assert.equal(all.total, 3);
  assert.deepEqual(all.items.map((a) => [a.title, a.events]).sort(), [['Hollande in Moscow', 2], ['Putin praises', 2], ['Week story', 1]]);
  const page = await store.articles({ limit: 1, offset: 1 });
  assert.equal(page.total, 3);
  assert.equal(page.items.length, 1);
  const actors = await store.actors({ code: 'rus' });
  assert.deepEqual(actors.items.map((a) => [a.actor_id, a.mentions, a.events]), [['putin-vladimir', 4, 4]]);
  assert.equal((await store.actors({ q: 'holl' })).items[0]?.actor_id, 'hollande-francois');
  assert.equal((await store.actors({ limit: 1 })).total, 3);
});

storeTest('annotations list an article\'s spans in text order', async ({ store }) => {
  await seeded(store);
  const a = docA();
  const ann = await store.annotations(a.article.id);
  assert.ok(ann);
  assert.deepEqual(ann.actors.map((m) => m.text), ['Hollande', 'Putin', 'ISIL']);
  assert.deepEqual(ann.actors.map((m) => a.text.slice(m.start, m.end)), ['Hollande', 'Putin', 'ISIL']);
  assert.equal(ann.times.length, 2);
  assert.equal(ann.places[0]?.name, 'Moscow');
  assert.equal(await store.annotations('nope'), null);
});

storeTest('events: q keeps events whose sentence, parties or place hold every word', async ({ store }) => {
  const types = await seeded(store);
  assert.deepEqual(await types({ q: 'KREMLIN' }), ['CONSULT'], 'a word of the sentence, any case');
  assert.deepEqual((await types({ q: 'putin' })).sort(), ['ACCUSE', 'CONSULT', 'REQUEST', 'SUPPORT'], 'a party\'s words');
  assert.deepEqual(await types({ q: 'putin praised' }), ['SUPPORT'], 'every word');
  assert.deepEqual(await types({ q: 'putin zzqq' }), []);
  assert.deepEqual(await types({ q: '50%_' }), [], 'LIKE wildcards are literal');
  assert.equal(await store.eventCount({ q: 'putin' }), 4);
});

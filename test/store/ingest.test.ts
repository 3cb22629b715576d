import assert from 'node:assert/strict';
import { HOLLANDE, ISIL, PUTIN, makeDoc } from './make-doc.js';
import { storeTest } from './backends.js';

const seedDoc = () => makeDoc('Hollande in Moscow', [
  { type: 'CONSULT', sentence: 'Hollande met Putin in the Kremlin on Thursday.', trigger: 'met', actor: HOLLANDE, recipient: PUTIN, date: '2015-11-26' },
  { type: 'ASSAULT', sentence: 'ISIL attacked Paris on Nov. 13, killing 130 people.', trigger: 'attacked', actor: ISIL, date: '2015-11-13', dead: 130 },
]);

storeTest('ingesting the same article twice adds nothing the second time', async ({ store }) => {
  assert.deepEqual(await store.ingest(seedDoc(), { source: 'test' }), { article: 'added', events: 2 });
  const first = await store.counts();
  assert.deepEqual(await store.ingest(seedDoc()), { article: 'exists', events: 0 });
  assert.deepEqual(await store.counts(), first);
  assert.deepEqual(first, { articles: 1, events: 2, distinctEvents: 2, nonFactual: 0, actors: 3, places: 2, times: 2, skipped: 0, duplicates: 0 });
});

storeTest('stored events read back as PLOVER-shaped records with their evidence', async ({ store }) => {
  const doc = seedDoc();
  await store.ingest(doc, { source: 'test' });
  const [assault, consult] = await store.events();
  assert.ok(assault && consult);
  assert.equal(assault.event, 'ASSAULT');
  assert.equal(assault.id, `${doc.article.id}:e1`);
  assert.equal(assault.doc_id, doc.id);
  assert.deepEqual(assault.size, { dead: 130, injured: null, arrested: null, approximate: false });
  assert.deepEqual(assault.actor, [{ code: 'IMG', sector: 'GOV', entity_text: 'ISIL', actor_id: 'isil' }]);
  assert.deepEqual(assault.recipient, []);
  assert.equal(assault.event_text, doc.text.slice(assault.span[0], assault.span[1]));
  assert.equal(consult.event_text, 'Hollande met Putin in the Kremlin on Thursday.');
  assert.deepEqual(consult.recipient.map((r) => r.code), ['RUS']);
  assert.deepEqual({ ...consult.event_loc, span: null }, { text: '', span: null, name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, from: null });
  assert.ok(consult.event_loc?.span, 'the place keeps its span in the text');
  assert.deepEqual(consult.context, ['diplomatic']);
  assert.equal(consult.modality.negated, false);
  assert.equal(consult.title, 'Hollande in Moscow');
  assert.equal(consult.url, doc.article.url);

  const art = await store.article(doc.article.id);
  assert.ok(art);
  assert.equal(art.source, 'test'); // the article named none, so the ingest option fills it
  assert.equal(art.text, doc.text);
  assert.deepEqual(art.zones, doc.zones);
  assert.deepEqual(art.messages, doc.messages);
  assert.equal(await store.article('nope'), null);
});

storeTest('a failed ingest leaves nothing behind', async ({ store }) => {
  const doc = seedDoc();
  doc.events[1]!.id = doc.events[0]!.id; // duplicate event id violates the key mid-transaction
  await assert.rejects(store.ingest(doc));
  assert.equal((await store.counts()).articles, 0);
  assert.equal((await store.counts()).actors, 0);
});

storeTest('non-factual readings are stored but excluded from queries and counts unless asked for', async ({ store }) => {
  const doc = makeDoc('Hypothetical sanctions', [{ type: 'SANCTION', sentence: 'Ghana might sanction Togo.', trigger: 'sanction',
    actor: { id: 'GHA', code: 'GHA', text: 'Ghana' }, recipient: { id: 'TGO', code: 'TGO', text: 'Togo' }, date: '2015-11-26' }]);
  doc.nonFactual = doc.events.map((e) => ({ ...e, id: `${e.id}-h`, modality: { ...e.modality, hypothetical: true } }));
  doc.events = [];
  await store.ingest(doc);
  assert.equal((await store.events()).length, 0);
  assert.equal((await store.events({ includeNonFactual: true })).length, 1);
  const c = await store.counts();
  assert.deepEqual([c.events, c.nonFactual], [0, 1]);
});

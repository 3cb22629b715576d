import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.js';
import { HOLLANDE, ISIL, PUTIN, makeDoc } from './make-doc.js';
import { tempDbPath } from './temp-db.js';

const seedDoc = () => makeDoc('Hollande in Moscow', [
  { type: 'CONSULT', sentence: 'Hollande met Putin in the Kremlin on Thursday.', trigger: 'met', actor: HOLLANDE, recipient: PUTIN, date: '2015-11-26' },
  { type: 'ASSAULT', sentence: 'ISIL attacked Paris on Nov. 13, killing 130 people.', trigger: 'attacked', actor: ISIL, date: '2015-11-13', dead: 130 },
]);

test('ingesting the same article twice adds nothing the second time', () => {
  const { file, cleanup } = tempDbPath();
  try {
    const store = openStore(file);
    assert.deepEqual(store.ingest(seedDoc(), { source: 'test' }), { article: 'added', events: 2 });
    const first = store.counts();
    assert.deepEqual(store.ingest(seedDoc()), { article: 'exists', events: 0 });
    assert.deepEqual(store.counts(), first);
    assert.deepEqual(first, { articles: 1, events: 2, nonFactual: 0, actors: 3, places: 2, times: 2, skipped: 0, duplicates: 0 });
    store.close();
  } finally {
    cleanup();
  }
});

test('stored events read back as PLOVER-shaped records with their evidence', () => {
  const { file, cleanup } = tempDbPath();
  try {
    const store = openStore(file);
    const doc = seedDoc();
    store.ingest(doc, { source: 'test' });
    const [assault, consult] = store.events();
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
    assert.deepEqual(consult.event_loc, { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 });
    assert.deepEqual(consult.context, ['diplomatic']);
    assert.equal(consult.modality.negated, false);
    assert.equal(consult.title, 'Hollande in Moscow');
    assert.equal(consult.url, doc.article.url);

    const art = store.article(doc.article.id);
    assert.ok(art);
    assert.equal(art.source, 'test'); // the article named none, so the ingest option fills it
    assert.equal(art.text, doc.text);
    assert.deepEqual(art.zones, doc.zones);
    assert.deepEqual(art.messages, doc.messages);
    assert.equal(store.article('nope'), null);
    store.close();
  } finally {
    cleanup();
  }
});

test('a failed ingest leaves nothing behind', () => {
  const { file, cleanup } = tempDbPath();
  try {
    const store = openStore(file);
    const doc = seedDoc();
    doc.events[1]!.id = doc.events[0]!.id; // duplicate event id violates the key mid-transaction
    assert.throws(() => store.ingest(doc));
    assert.equal(store.counts().articles, 0);
    assert.equal(store.counts().actors, 0);
    store.close();
  } finally {
    cleanup();
  }
});

test('non-factual readings are stored but excluded from queries and counts unless asked for', () => {
  const tmp = tempDbPath();
  const store = openStore(tmp.file);
  try {
    const doc = makeDoc('Hypothetical sanctions', [{ type: 'SANCTION', sentence: 'Ghana might sanction Togo.', trigger: 'sanction',
      actor: { id: 'GHA', code: 'GHA', text: 'Ghana' }, recipient: { id: 'TGO', code: 'TGO', text: 'Togo' }, date: '2015-11-26' }]);
    doc.nonFactual = doc.events.map((e) => ({ ...e, id: `${e.id}-h`, modality: { ...e.modality, hypothetical: true } }));
    doc.events = [];
    store.ingest(doc);
    assert.equal(store.events().length, 0);
    assert.equal(store.events({ includeNonFactual: true }).length, 1);
    assert.deepEqual([store.counts().events, store.counts().nonFactual], [0, 1]);
  } finally {
    store.close();
    tmp.cleanup();
  }
});

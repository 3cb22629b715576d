// Group commit (Store.ingestMany): several stories in one transaction, each judged as ingest()
// would judge it alone, all or nothing, and idempotent on a rerun.
import assert from 'node:assert/strict';
import { RIVAL_SENTENCES, WIRE_EDITED_SENTENCES, WIRE_SENTENCES } from '../dedup/stories.js';
import { makeDoc } from './make-doc.js';
import { storeTest } from './backends.js';
import { openStore } from '../../src/store/index.js';

const PRT = { id: 'PRT-GOV', code: 'PRT', text: 'Portugal' };
const MAR = { id: 'MAR-GOV', code: 'MAR', text: 'Morocco' };
const story = (title: string, sentences: readonly string[]) =>
  makeDoc(title, [{ type: 'AGREE', trigger: sentences === RIVAL_SENTENCES ? 'settled' : 'agreed', actor: PRT, recipient: MAR, date: '2026-05-12', sentence: sentences[0]! }],
    '2026-05-12', sentences.slice(1).join(' '));

storeTest('ingestMany stores a batch in order: a copy later in the same batch is a duplicate of the earlier story', async ({ store }) => {
  const original = story('Portugal, Morocco end sardine standoff', WIRE_SENTENCES);
  const copy = story('Sardine truce: Lisbon and Rabat sign fishing pact', WIRE_EDITED_SENTENCES);
  copy.article.url = 'https://mirror.example.net/world/sardine-truce';
  const rival = story('Portugal and Morocco settle sardine quarrel', RIVAL_SENTENCES);
  const r = await store.ingestMany([{ doc: original }, { doc: copy }, { doc: rival }]);
  assert.deepEqual(r.map((x) => x.article), ['added', 'duplicate', 'added']);
  assert.equal(r[1]!.duplicateOf, original.article.id);
  assert.equal((await store.counts()).articles, 2);
  // a rerun of the same batch stores nothing twice
  const again = await store.ingestMany([{ doc: original }, { doc: copy }, { doc: rival }]);
  assert.deepEqual(again.map((x) => x.article), ['exists', 'duplicate', 'exists']);
  assert.equal((await store.counts()).articles, 2);
  assert.equal((await store.counts()).events, 2);
});

// The batch asks the store once which of its ids it holds (ingest.ts, storedIds); a story written
// earlier in the same batch must still read as stored, an exact copy and not a near one.
storeTest('ingestMany: the same story twice in one batch is stored once, the second time as already there', async ({ store }) => {
  const original = story('Portugal, Morocco end sardine standoff', WIRE_SENTENCES);
  const rival = story('Portugal and Morocco settle sardine quarrel', RIVAL_SENTENCES);
  const r = await store.ingestMany([{ doc: original }, { doc: original }]);
  assert.deepEqual(r.map((x) => x.article), ['added', 'exists']);
  assert.equal((await store.counts()).articles, 1);
  // a batch mixing a stored story, a new one and the new one again
  const again = await store.ingestMany([{ doc: rival }, { doc: original }, { doc: rival }]);
  assert.deepEqual(again.map((x) => x.article), ['added', 'exists', 'exists']);
  assert.equal((await store.counts()).articles, 2);
  assert.equal((await store.counts()).events, 2);
});

storeTest('ingestMany is all or nothing: a story that cannot be written leaves none of its batch stored', async ({ store }) => {
  const good = story('Portugal, Morocco end sardine standoff', WIRE_SENTENCES);
  const bad = story('Portugal and Morocco settle sardine quarrel', RIVAL_SENTENCES);
  // an event with no type breaks the events table's NOT NULL constraint
  (bad.events[0] as { type: unknown }).type = null;
  await assert.rejects(store.ingestMany([{ doc: good }, { doc: bad }]));
  assert.equal((await store.counts()).articles, 0);
  assert.deepEqual((await store.ingestMany([{ doc: good }])).map((x) => x.article), ['added']);
});

// The ingest path asks findDuplicate before annotating; a batch then compares a story checked as
// new only with the articles added before it in the batch, unless the store changed in between.
storeTest('stories checked by findDuplicate before their batch are judged as without the check', async ({ store }) => {
  const original = story('Portugal, Morocco end sardine standoff', WIRE_SENTENCES);
  const copy = story('Sardine truce: Lisbon and Rabat sign fishing pact', WIRE_EDITED_SENTENCES);
  copy.article.url = 'https://mirror.example.net/world/sardine-truce';
  const rival = story('Portugal and Morocco settle sardine quarrel', RIVAL_SENTENCES);
  for (const d of [original, copy, rival]) assert.equal(await store.findDuplicate(d), null);
  const r = await store.ingestMany([{ doc: original }, { doc: copy }, { doc: rival }]);
  assert.deepEqual(r.map((x) => x.article), ['added', 'duplicate', 'added']);
  assert.equal(r[1]!.duplicateOf, original.article.id);
  const near = (await store.sources(original.article.id)).find((s) => s.match === 'near');
  assert.ok(near && near.similarity >= 0.5 && near.similarity < 1);
});

storeTest('a story checked as new is still a copy of what this store stored after the check', async ({ store }) => {
  const original = story('Portugal, Morocco end sardine standoff', WIRE_SENTENCES);
  const copy = story('Sardine truce: Lisbon and Rabat sign fishing pact', WIRE_EDITED_SENTENCES);
  copy.article.url = 'https://mirror.example.net/world/sardine-truce';
  assert.equal(await store.findDuplicate(copy), null);
  assert.equal((await store.ingest(original)).article, 'added');
  const r = await store.ingestMany([{ doc: copy }]);
  assert.deepEqual(r.map((x) => x.article), ['duplicate']);
  assert.equal(r[0]!.duplicateOf, original.article.id);
});

storeTest('a story checked as new is still a copy of what another connection stored after the check', async ({ store, target }) => {
  const original = story('Portugal, Morocco end sardine standoff', WIRE_SENTENCES);
  const copy = story('Sardine truce: Lisbon and Rabat sign fishing pact', WIRE_EDITED_SENTENCES);
  copy.article.url = 'https://mirror.example.net/world/sardine-truce';
  assert.equal(await store.findDuplicate(copy), null);
  const other = await openStore(target);
  try {
    assert.equal((await other.ingest(original)).article, 'added');
  } finally {
    await other.close();
  }
  const r = await store.ingestMany([{ doc: copy }, { doc: original }]);
  assert.deepEqual(r.map((x) => x.article), ['duplicate', 'exists']);
  assert.equal(r[0]!.duplicateOf, original.article.id);
});

// The rows of a batch's new articles (signature, bands, first source) wait for its end; a source
// row written at once (a copy's) still comes after them, and the copy is still found.
storeTest('a copy later in a batch is recorded after its original\'s own source, once on a rerun', async ({ store }) => {
  const original = story('Portugal, Morocco end sardine standoff', WIRE_SENTENCES);
  const copy = story('Sardine truce: Lisbon and Rabat sign fishing pact', WIRE_EDITED_SENTENCES);
  copy.article.url = 'https://mirror.example.net/world/sardine-truce';
  const exact = story('Portugal, Morocco end sardine standoff', WIRE_SENTENCES);
  exact.id = 'mirror:exact';
  exact.article.url = 'https://mirror.example.net/world/exact';
  for (let round = 0; round < 2; round++) {
    const r = await store.ingestMany([{ doc: original }, { doc: copy }, { doc: exact }]);
    assert.deepEqual(r.map((x) => x.article), round === 0 ? ['added', 'duplicate', 'exists'] : ['exists', 'duplicate', 'exists']);
    assert.deepEqual((await store.sources(original.article.id)).map((s) => s.match), ['first', 'near', 'exact']);
  }
  assert.equal((await store.counts()).articles, 1);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { migrate } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { DUPLICATE_THRESHOLD } from '../../src/dedup/index.js';
import { RIVAL_SENTENCES, WIRE_EDITED_SENTENCES, WIRE_SENTENCES } from '../dedup/stories.js';
import { type EventSpec, makeDoc } from './make-doc.js';
import { tempDbPath } from './temp-db.js';
import { storeTest } from './backends.js';

const PRT = { id: 'PRT-GOV', code: 'PRT', text: 'Portugal' };
const MAR = { id: 'MAR-GOV', code: 'MAR', text: 'Morocco' };

/** A story whose first two sentences carry events and the rest is plain body. */
function story(title: string, sentences: readonly string[], events: Omit<EventSpec, 'sentence'>[]) {
  const specs = events.map((e, i) => ({ ...e, sentence: sentences[i]! }));
  return makeDoc(title, specs, '2026-05-12', sentences.slice(events.length).join(' '));
}

const WIRE_EVENTS: Omit<EventSpec, 'sentence'>[] = [
  { type: 'AGREE', trigger: 'agreed', actor: PRT, recipient: MAR, date: '2026-05-12' },
  { type: 'COOPERATE', trigger: 'creates', actor: PRT, recipient: MAR, date: '2026-05-12' },
];
const original = () => story('Portugal, Morocco end sardine standoff', WIRE_SENTENCES, WIRE_EVENTS);
/** Same wire copy on another site: new headline, two sentences reworded, a "Related" trailer. */
const copy = () => {
  const doc = story('Sardine truce: Lisbon and Rabat sign fishing pact', WIRE_EDITED_SENTENCES, WIRE_EVENTS);
  doc.article.url = 'https://mirror.example.net/world/sardine-truce';
  doc.article.source = 'Mirror News';
  return doc;
};
const rival = () => story('Portugal and Morocco settle sardine quarrel', RIVAL_SENTENCES, [
  { type: 'AGREE', trigger: 'settled', actor: PRT, recipient: MAR, date: '2026-05-12' },
]);

storeTest('a near copy of a stored story is a duplicate: no new article, no events, one extra source', async ({ store }) => {
  const first = original();
  assert.deepEqual((await store.ingest(first, { source: 'wire' })), { article: 'added', events: 2 });
  const dup = copy();
  assert.notEqual(dup.article.id, first.article.id, 'different text, so not an exact match');
  assert.deepEqual((await store.ingest(dup)), { article: 'duplicate', duplicateOf: first.article.id, events: 0 });
  assert.deepEqual((await store.events({ docId: dup.id })), [], 'the copy\'s events are not stored');
  const c = await store.counts();
  assert.equal(c.articles, 1);
  assert.equal(c.events, 2);
  assert.equal(c.duplicates, 1);

  const sources = await store.sources(first.article.id);
  assert.equal(sources.length, 2);
  assert.deepEqual(sources.map((s) => [s.match, s.doc_id, s.input_id]),
    [['first', first.id, first.article.id], ['near', dup.id, dup.article.id]]);
  assert.equal(sources[0]!.source, 'wire');
  assert.equal(sources[0]!.similarity, 1);
  assert.equal(sources[1]!.url, 'https://mirror.example.net/world/sardine-truce');
  assert.equal(sources[1]!.source, 'Mirror News');
  assert.equal(sources[1]!.title, 'Sardine truce: Lisbon and Rabat sign fishing pact');
  assert.equal(sources[1]!.published, '2026-05-12');
  assert.ok(sources[1]!.similarity >= DUPLICATE_THRESHOLD && sources[1]!.similarity < 1);

  // The same copy arriving again is still a duplicate but adds no second source row.
  assert.equal((await store.ingest(copy())).article, 'duplicate');
  assert.equal((await store.counts()).duplicates, 1);
});

storeTest('another outlet\'s account of the same event is a new article with its own events', async ({ store }) => {
  await store.ingest(original());
  const other = rival();
  assert.deepEqual((await store.ingest(other)), { article: 'added', events: 1 });
  assert.equal((await store.counts()).articles, 2);
  assert.equal((await store.counts()).duplicates, 0);
  assert.equal((await store.sources(other.article.id)).length, 1);
});

storeTest('an exact re-ingest stays "exists"; under a new url it is recorded as a source', async ({ store }) => {
  const first = original();
  await store.ingest(first);
  assert.deepEqual((await store.ingest(original())), { article: 'exists', events: 0 });
  assert.equal((await store.counts()).duplicates, 0, 'same doc id and url: nothing new to record');
  const again = original();
  again.id = 'feed-b:0042';
  again.article.url = 'https://feed-b.example.com/0042';
  assert.deepEqual((await store.ingest(again)), { article: 'exists', events: 0 });
  assert.deepEqual((await store.sources(first.article.id)).map((s) => [s.match, s.doc_id]),
    [['first', first.id], ['exact', 'feed-b:0042']]);
  assert.equal((await store.counts()).duplicates, 1);
  assert.deepEqual((await store.sources('nope')), []);
});

storeTest('findDuplicate answers what ingest would do, without writing', async ({ store }) => {
  const first = original();
  assert.equal((await store.findDuplicate(first)), null);
  await store.ingest(first);
  const before = await store.counts();
  assert.deepEqual((await store.findDuplicate(original())), { articleId: first.article.id, match: 'exact', similarity: 1 });
  const near = await store.findDuplicate(copy());
  assert.equal(near?.articleId, first.article.id);
  assert.equal(near?.match, 'near');
  assert.equal((await store.findDuplicate(rival())), null);
  assert.deepEqual((await store.counts()), before);
});

storeTest('empty bodies never match each other', async ({ store }) => {
  assert.equal((await store.ingest(makeDoc('Headline only', []))).article, 'added');
  assert.equal((await store.ingest(makeDoc('Another headline only', []))).article, 'added');
  assert.equal((await store.counts()).duplicates, 0);
});

test('a store from before migration 002 gets sources and signatures on open, so copies of old articles are caught', async () => {
  const { file, cleanup } = tempDbPath();
  try {
    const db = new Database(file);
    migrate(db, MIGRATIONS.filter((m) => m.version === 1));
    const old = original();
    db.prepare(`INSERT INTO articles (id, doc_id, url, source, title, published, published_from, language, body,
      text, layout_json, ingested_at) VALUES (?, ?, ?, 'wire', ?, ?, 'caller', 'en', ?, ?, '{}', '2026-05-12T08:00:00Z')`)
      .run(old.article.id, old.id, old.article.url, old.article.title, old.article.published, old.article.body, old.text);
    db.close();

    const store = await openStore(file);
    try {
      assert.deepEqual((await store.sources(old.article.id)).map((s) => [s.match, s.seen_at]), [['first', '2026-05-12T08:00:00Z']]);
      assert.deepEqual((await store.ingest(copy())), { article: 'duplicate', duplicateOf: old.article.id, events: 0 });
    } finally {
      await store.close();
    }
  } finally {
    cleanup();
  }
});

test('signatures made under other MinHash settings are recomputed on open', async () => {
  const { file, cleanup } = tempDbPath();
  try {
    const first = original();
    const store = await openStore(file);
    await store.ingest(first);
    await store.close();
    const db = new Database(file);
    db.prepare("UPDATE article_signatures SET scheme = 'minhash-v0', signature = x'00'").run();
    db.prepare('DELETE FROM article_bands').run();
    db.close();
    const reopened = await openStore(file);
    try {
      assert.equal((await reopened.findDuplicate(copy()))?.articleId, first.article.id);
    } finally {
      await reopened.close();
    }
  } finally {
    cleanup();
  }
});

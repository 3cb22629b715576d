// The write path's statement texts recur: a text seen for the first time is compiled again
// (SQLite's statement cache, PostgreSQL's named statements), and that cost a writer more than
// running most of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { ingest, ingestBulk, ingestMany } from '../../src/store/ingest.js';
import { migrate } from '../../src/store/migrate.js';
import type { Arg, Sql } from '../../src/store/sql.js';
import type { Doc } from '../../src/types.js';
import { sqliteSql } from '../../src/store/sqlite-sql.js';
import pg from 'pg';
import { pgSql, poolConfig } from '../../src/store/pg-sql.js';
import { BACKENDS, freshStore } from './backends.js';
import { makeDoc } from './make-doc.js';
import { tempDbPath } from './temp-db.js';

/** Story n of a batch: one accusation between two made-up parties, and a body of its own. */
function blameStory(n: number, title = `Story ${n}`): Doc {
  return makeDoc(title, [{ type: 'ACCUSE', sentence: `Party${n} blamed Party${n + 1} for the delay.`, trigger: 'blamed',
    actor: { id: `p${n}`, code: 'FRA', text: `Party${n}` }, recipient: { id: `p${n + 1}`, code: 'DEU', text: `Party${n + 1}` }, date: '2022-03-02' }],
  '2022-03-02', `Story ${n} goes on about harvests and rain number ${n * 31}.`);
}

/** A migrated SQLite store in a temporary file for `fn`, closed and removed after it. */
async function inSqlite(fn: (db: Database.Database) => Promise<void>): Promise<void> {
  const { file, cleanup } = tempDbPath();
  const db = new Database(file);
  try {
    migrate(db);
    await fn(db);
  } finally {
    db.close();
    cleanup();
  }
}

/** A SQLite Sql that notes every text it is asked to run, inside write transactions too. */
function recording(db: Database.Database): { sql: Sql; texts: string[] } {
  const inner = sqliteSql(db);
  const texts: string[] = [];
  const note = <T>(text: string, run: () => Promise<T>): Promise<T> => {
    texts.push(text);
    return run();
  };
  const sql: Sql = {
    dialect: 'sqlite',
    all: (t, a: readonly Arg[] = []) => note(t, () => inner.all(t, a)),
    get: (t, a: readonly Arg[] = []) => note(t, () => inner.get(t, a)),
    run: (t, a: readonly Arg[] = []) => note(t, () => inner.run(t, a)),
    changeToken: () => inner.changeToken!(),
    write: (fn) => inner.write(() => fn(sql)),
  };
  return { sql, texts };
}

test('the grouping candidates read is one text however many types and parties the stories name', async () => inSqlite(async (db) => {
  const { sql, texts } = recording(db);
  const party = (n: number) => ({ id: `party-${n}`, code: n % 3 === 0 ? null : `C${n % 5}`, text: `Party${n}` });
  // stories of 1 to 5 events, each with its own parties: lists of every length and with and without codes
  for (let n = 1; n <= 5; n++) {
    const events = Array.from({ length: n }, (_, i) => ({
      type: i % 2 ? 'ASSAULT' as const : 'ACCUSE' as const, sentence: `Party${n * 10 + i} hit Party${n * 10 + i + 5} on day ${i}.`, trigger: 'hit',
      actor: party(n * 10 + i), recipient: party(n * 10 + i + 5), date: '2022-03-02',
    }));
    const doc = makeDoc(`Story ${n}`, events, '2022-03-02', `Filler number ${n}.`);
    assert.equal((await ingest(sql, doc)).article, 'added');
  }
  const reads = new Set(texts.filter((t) => t.includes('LEFT JOIN event_participants ep ON ep.event_id = e.id')));
  assert.equal(reads.size, 1, [...reads].join('\n\n'));
}));

/**
 * One accusation on the 10th of every month of 2022, then a story recalling January's and reporting
 * December's: the candidates read returns only the stored events those two can match, and both join.
 * Returns the texts of the candidates reads.
 */
async function windowCase(sql: Sql): Promise<string[]> {
  const blame = (day: string, n: number) => ({ type: 'ACCUSE' as const, sentence: `Alpha blamed Beta again on report ${n}.`, trigger: 'blamed',
    actor: { id: 'alpha', code: 'FRA', text: 'Alpha' }, recipient: { id: 'beta', code: 'DEU', text: 'Beta' }, date: day });
  const read: string[] = [];
  const texts: string[] = [];
  const counting: Sql = {
    ...sql,
    dialect: sql.dialect,
    all: async <T>(t: string, a: readonly Arg[] = []) => {
      const rows = await sql.all<T>(t, a);
      if (t.includes('LEFT JOIN event_participants ep ON ep.event_id = e.id')) {
        texts.push(t);
        for (const r of rows) read.push((r as { id: string }).id);
      }
      return rows;
    },
    write: (fn) => sql.write(() => fn(counting)),
  };
  for (let m = 1; m <= 12; m++) {
    const day = `2022-${String(m).padStart(2, '0')}-10`;
    assert.equal((await ingest(counting, makeDoc(`Month ${m}`, [blame(day, m)], day, `Filler for month ${m}.`))).article, 'added');
  }
  read.length = 0;
  const recap = makeDoc('Recap', [{ ...blame('2022-01-10', 100), id: 'a' }, { ...blame('2022-12-10', 101), id: 'b' }], '2022-12-10', 'Filler for the recap.');
  assert.equal((await ingest(counting, recap)).article, 'added');
  const dates = await sql.all<{ d: string }>(`SELECT DISTINCT date_start AS d FROM events WHERE id IN (${read.map(() => '?').join(', ')}) ORDER BY 1`, read);
  assert.deepEqual(dates.map((r) => r.d), ['2022-01-10', '2022-12-10']);
  // and both joined the groups of their months
  const groups = await sql.all<{ d: string; g: number | string; n: number | string }>(`SELECT date_start AS d, COUNT(DISTINCT group_id) AS g, COUNT(*) AS n
    FROM events WHERE date_start IN (?, ?) GROUP BY date_start ORDER BY 1`, ['2022-01-10', '2022-12-10']);
  assert.deepEqual(groups.map((r) => [r.d, Number(r.g), Number(r.n)]), [['2022-01-10', 1, 2], ['2022-12-10', 1, 2]]);
  return texts;
}

test('the grouping candidates read takes each new event\'s own dates, not the span between a story\'s earliest and latest [sqlite]', async () => inSqlite(async (db) => {
  await windowCase(sqliteSql(db));
}));

test('the grouping candidates read takes each new event\'s own dates, in one text [postgres]', async (t) => {
  const pgBackend = BACKENDS.find((b) => b.name === 'postgres')!;
  const why = await pgBackend.unavailable();
  if (why) return t.skip(why);
  const made = await freshStore(pgBackend);
  await made.store.close(); // migrated; the test writes through its own pool
  const pool = new pg.Pool(poolConfig(made.target));
  try {
    const texts = await windowCase(pgSql(pool));
    assert.equal(new Set(texts).size, 1, [...new Set(texts)].join('\n\n'));
  } finally {
    await pool.end();
    await made.cleanup();
  }
});

test('a batch fills the full-text tables last, one statement each, with the rows the insert triggers wrote', async () => inSqlite(async (db) => {
  const { sql, texts } = recording(db);
  const story = (n: number, title: string | null) => {
    const doc = blameStory(n, title ?? 'untitled');
    doc.article.title = title;
    const q = doc.text.indexOf('harvests');
    doc.quotes = [{ start: q, end: q + 8, text: doc.text.slice(q, q + 8), speaker: null, speakerText: 'someone', cue: null, kind: 'direct' }];
    return doc;
  };
  const batch = [story(1, 'First'), story(3, null), story(5, 'Third')];
  await ingestMany(sql, batch.map((doc) => ({ doc })));
  const fts = texts.map((t, i) => [t, i] as const).filter(([t]) => /^INSERT INTO (articles|quotes)_fts /.test(t));
  assert.deepEqual(fts.map(([t]) => t.split(' (')[0]), ['INSERT INTO articles_fts', 'INSERT INTO quotes_fts']);
  // nothing of the batch's after them but the commit: FTS5 holds them in memory until then
  assert.equal(fts[1]![1], texts.length - 1);
  await ingestBulk(sql, [story(7, 'Bulk')]);
  await ingestMany(sql, batch.map((doc) => ({ doc }))); // a rerun stores nothing twice
  const rows = (q: string) => db.prepare(q).raw().all();
  assert.deepEqual(rows('SELECT rowid, article_id, title, text FROM articles_fts ORDER BY rowid'),
    rows("SELECT rowid, id, COALESCE(title, ''), text FROM articles ORDER BY rowid"));
  assert.deepEqual(rows('SELECT rowid, article_id, ord, text FROM quotes_fts ORDER BY rowid'), rows('SELECT rowid, article_id, ord, text FROM quotes ORDER BY rowid'));
  assert.equal(rows("SELECT article_id FROM articles_fts WHERE articles_fts MATCH 'harvest'").length, 4);
  assert.equal(rows("SELECT article_id FROM quotes_fts WHERE quotes_fts MATCH 'harvest'").length, 4);
}));

test('a batch writes its rows in INSERTs of a few row counts, the same texts for batches of any size', async () => inSqlite(async (db) => {
  const { sql, texts } = recording(db);
  // batches of 3, 5, 6 and 7 stories: their mention rows (two a story) are 6, 10, 12 and 14
  let n = 0;
  for (const size of [3, 5, 6, 7]) await ingestMany(sql, Array.from({ length: size }, () => ({ doc: blameStory(100 * ++n) })));
  const mentions = texts.filter((t) => t.startsWith('INSERT INTO actor_mentions '));
  const counts = new Set(mentions.map((t) => t.split('), (').length));
  assert.ok([...counts].every((c) => (c & (c - 1)) === 0), `row counts ${[...counts].join(', ')}`);
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM actor_mentions').get() as { n: number }).n, 2 * n);
  // rows keep their order: ord runs 0, 1 in each story, stories in input order
  const ords = db.prepare('SELECT ord FROM actor_mentions ORDER BY rowid').pluck().all();
  assert.deepEqual(ords, Array.from({ length: 2 * n }, (_, i) => i % 2));
}));

test('a batch asks once which of its articles are stored, not once per story', async () => inSqlite(async (db) => {
  const { sql, texts } = recording(db);
  const batch = [1, 2, 3, 4, 5].map((n) => ({ doc: blameStory(n * 10) }));
  const first = await ingestMany(sql, batch);
  const again = await ingestMany(sql, [...batch, batch[0]!]);
  assert.deepEqual(first.map((r) => r.article), ['added', 'added', 'added', 'added', 'added']);
  assert.deepEqual(again.map((r) => r.article), ['exists', 'exists', 'exists', 'exists', 'exists', 'exists']);
  const lookups = texts.filter((t) => /^SELECT .* FROM articles WHERE id\b/.test(t));
  assert.equal(lookups.length, 2, lookups.join('\n'));
}));

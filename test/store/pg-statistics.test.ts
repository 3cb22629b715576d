// PostgreSQL plans the write path's joins from table statistics. A store that grows from empty
// within one ingest outruns autovacuum, so the write path analyzes the tables it plans on as it
// grows (pg-sql.ts). Checked by the server's own record of the last ANALYZE, not by timing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { BACKENDS, freshStore } from './backends.js';
import { makeDoc } from './make-doc.js';
import { mulberry32 } from '../../src/prng.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'pe', 'su', 'do', 'ga'];

/** A body of made-up words, different for every seed, so no story is a near copy of another. */
function madeUpText(seed: number, words: number): string {
  const next = mulberry32(seed);
  return Array.from({ length: words }, () => Array.from({ length: 2 + (next() % 3) }, () => SYLLABLES[next() % SYLLABLES.length]).join('')).join(' ') + '.';
}

test('PostgreSQL: a store that grows during one ingest gets its planner statistics refreshed', async (t) => {
  const backend = BACKENDS.find((b) => b.name === 'postgres')!;
  const why = await backend.unavailable();
  if (why) { t.skip(why); return; }
  const s = await freshStore(backend);
  const schema = new URL(s.target).searchParams.get('schema')!;
  const client = new pg.Client({ connectionString: s.target.replace(/[?&]schema=[^&]*/, '') });
  await client.connect();
  try {
    const lastAnalyze = async (): Promise<unknown> => (await client.query(
      'SELECT last_analyze FROM pg_stat_user_tables WHERE schemaname = $1 AND relname = $2', [schema, 'event_participants'])).rows[0]?.last_analyze ?? null;
    assert.equal(await lastAnalyze(), null, 'a fresh schema has never been analyzed');
    const actor = { id: 'PRT-GOV', code: 'PRT', text: 'Portugal' };
    const recipient = { id: 'MAR-GOV', code: 'MAR', text: 'Morocco' };
    // batches of stories with a few events each, until well past the first ANALYZE's row count
    for (let b = 0; b < 12; b++) {
      const docs = Array.from({ length: 8 }, (_, i) => {
        const n = b * 8 + i;
        return makeDoc(`Story ${n}`, [0, 1, 2].map((k) => ({
          id: `e${k}`, type: 'CONSULT' as const, trigger: 'met', actor, recipient, date: '2026-05-12',
          sentence: `Portugal met Morocco in round ${n}-${k}.`,
        })), '2026-05-12', madeUpText(n + 1, 60));
      });
      const results = await s.store.ingestMany(docs.map((doc) => ({ doc })));
      assert.ok(results.every((r) => r.article === 'added'), 'every made-up story is new');
    }
    assert.notEqual(await lastAnalyze(), null, 'the write path analyzed the participants table as the store grew');
  } finally {
    await client.end();
    await s.store.close();
    await s.cleanup();
  }
});

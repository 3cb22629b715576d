// relations, blocs and export end to end through the built binary, over a store built from samples/.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tempDir } from '../temp-dir.js';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';

const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');
const dir = tempDir('entente-analysis-');
const db = join(dir, 'samples.db');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: repoRoot() });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

before(() => {
  const r = run(['ingest', 'samples', '--db', db]);
  assert.equal(r.code, 0, r.err);
});

test('relations --format jsonl: dyads with quad counts that add up and windows inside the totals', () => {
  const r = run(['relations', '--db', db, '--format', 'jsonl']);
  assert.equal(r.code, 0, r.err);
  const dyads = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; events: number; unplaced: number; quad: Record<string, number>; windows: { events: number; window: string }[] });
  assert.ok(dyads.length >= 5, `only ${dyads.length} dyads`);
  for (const d of dyads) {
    assert.match(d.id, /^[A-Z]{3}.*->/);
    assert.equal(Object.values(d.quad).reduce((s, x) => s + x, 0), d.events);
    assert.equal(d.windows.reduce((s, w) => s + w.events, 0) + d.unplaced, d.events);
    for (const w of d.windows) assert.match(w.window, /^\d{4}-\d{2}$/);
  }
  const table = run(['relations', '--db', db, '--window', 'week', '--undirected', '--series']);
  assert.equal(table.code, 0, table.err);
  assert.match(table.out, /^dyad\s+events\s+v\.coop/);
  assert.match(table.out, /\d{4}-W\d{2}/);
  const one = run(['relations', '--db', db, '--actor', 'rus', '--format', 'jsonl']);
  for (const l of one.out.trim().split('\n')) assert.match((JSON.parse(l) as { id: string }).id, /(^RUS->|->RUS$)/);
});

test('blocs --format json: every node in one bloc, edges between known nodes, balance shares in range', () => {
  const r = run(['blocs', '--db', db, '--half-life', '365', '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const b = JSON.parse(r.out) as {
    nodes: { id: string; bloc: number }[]; edges: { source: string; target: string; weight: number }[];
    blocs: { id: number; members: string[] }[]; balance: { triads: number; share: number | null }; modularity: number;
  };
  assert.ok(b.nodes.length >= 5 && b.edges.length >= 3);
  const ids = new Set(b.nodes.map((n) => n.id));
  for (const e of b.edges) assert.ok(ids.has(e.source) && ids.has(e.target));
  assert.deepEqual(b.blocs.flatMap((x) => x.members).sort(), [...ids].sort());
  for (const n of b.nodes) assert.ok(b.blocs[n.bloc]!.members.includes(n.id));
  if (b.balance.share !== null) assert.ok(b.balance.share >= 0 && b.balance.share <= 1);
  assert.ok(b.modularity >= -1 && b.modularity <= 1);
  const again = run(['blocs', '--db', db, '--half-life', '365', '--format', 'json']);
  assert.equal(again.out, r.out);
  const table = run(['blocs', '--db', db]);
  assert.equal(table.code, 0, table.err);
  assert.match(table.out, /structural balance: \d+\/\d+ closed triads/);
});

test('export writes PLOVER JSONL, 61-column GDELT TSV, CSV and GraphML', () => {
  const plover = run(['export', '--db', db, '--format', 'plover-jsonl']);
  assert.equal(plover.code, 0, plover.err);
  const recs = plover.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.ok(recs.length >= 10);
  for (const k of ['id', 'date', 'actor', 'recipient', 'event', 'quad_code', 'cameo', 'goldstein', 'event_text']) assert.ok(k in recs[0]!, k);

  const out = join(dir, 'events.tsv');
  const gdelt = run(['export', '--db', db, '--format', 'gdelt-tsv', '--out', out]);
  assert.equal(gdelt.code, 0, gdelt.err);
  const rows = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
  assert.equal(rows.length, recs.length);
  for (const row of rows) {
    assert.equal(row.length, 61);
    assert.match(row[0]!, /^\d+$/);
    assert.match(row[26]!, /^\d{2,4}$/); // EventCode
    assert.match(row[60]!, /\S/); // SOURCEURL
  }
  assert.ok(rows.some((r) => r[25] === '1'), 'no event marked as read from a lead paragraph');

  const csv = run(['export', '--db', db, '--format', 'csv', '--type', 'ASSAULT']);
  assert.equal(csv.code, 0, csv.err);
  const lines = csv.out.trim().split('\n');
  assert.match(lines[0]!, /^id,doc_id,date,event,/);
  assert.ok(lines.slice(1).every((l) => l.includes(',ASSAULT,')));

  const graphml = run(['export', '--db', db, '--format', 'graphml', '--half-life', '0']);
  assert.equal(graphml.code, 0, graphml.err);
  assert.match(graphml.out, /<graphml xmlns=/);
  assert.match(graphml.out, /<data key="weight">-?\d/);

  const missing = run(['export', '--db', db]);
  assert.equal(missing.code, 64);
  assert.match(missing.err, /--format/);
});

test('relations, blocs and exports answer the same from PostgreSQL as from SQLite [postgres]', async (t) => {
  const { BACKENDS } = await import('../store/backends.js');
  const backend = BACKENDS.find((b) => b.name === 'postgres')!;
  const why = await backend.unavailable();
  if (why) { t.skip(why); return; }
  const { target, cleanup } = await backend.make();
  try {
    const r = run(['ingest', 'samples', '--db', target, '--progress', 'off']);
    assert.equal(r.code, 0, r.err);
    for (const args of [['relations', '--format', 'jsonl'], ['blocs', '--format', 'json'], ['export', '--format', 'gdelt-tsv'], ['export', '--format', 'graphml']]) {
      const lite = run([...args, '--db', db]);
      const pgOut = run([...args, '--db', target]);
      assert.equal(pgOut.code, 0, pgOut.err);
      // DATEADDED is the ingest time, which differs between the two stores
      const strip = (s: string) => (args[2] === 'gdelt-tsv' ? s.split('\n').map((l) => l.split('\t').filter((_, i) => i !== 59).join('\t')).join('\n') : s);
      assert.equal(strip(pgOut.out), strip(lite.out), `${args.join(' ')} differs`);
    }
  } finally {
    await cleanup();
  }
});

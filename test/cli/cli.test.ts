// The CLI contract, end to end through the built binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { tempDir } from '../temp-dir.js';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';

const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: repoRoot() });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const STORY = [
  'Dockside Herald',
  '',
  'Ministers meet as port dispute drags on',
  '',
  'Norway and Iceland held talks in Oslo on Monday over fishing rights, officials said.',
  '',
  'Iceland accused Norway of breaking the 2019 quota deal. Police arrested 14 protesters outside the parliament in Oslo on Tuesday.',
  '',
].join('\n');

function holdsCounts(out: string): string {
  const m = /store now holds (\d+) articles, (\d+) events/.exec(out);
  assert.ok(m, `no summary line in: ${out}`);
  return `${m[1]}/${m[2]}`;
}

test('demo ingests the bundled samples; a second run adds nothing', () => {
  const db = join(tempDir('entente-cli-'), 'demo.db');
  const first = run(['demo', '--db', db]);
  assert.equal(first.code, 0, first.err);
  const again = run(['demo', '--db', db]);
  assert.equal(again.code, 0, again.err);
  assert.equal(holdsCounts(first.out), holdsCounts(again.out));
  assert.match(again.out, /articles added: 0/);
  const [articles, events] = holdsCounts(first.out).split('/').map(Number) as [number, number];
  assert.ok(articles >= 5 && events >= 10, `demo found ${articles} articles, ${events} events`);
  assert.match(first.out, new RegExp(`entente serve --db ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, then open http://127\\.0\\.0\\.1:8080/`), 'the demo ends by saying how to open the page');
});

test('ingest is idempotent and events can be queried by actor and type', () => {
  const dir = tempDir('entente-cli-');
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'story.txt'), STORY);
  const db = join(dir, 'x.db');
  const a = run(['ingest', join(dir, 'in'), '--db', db, '--published', '2024-05-08']);
  assert.equal(a.code, 0, a.err);
  const b = run(['ingest', join(dir, 'in'), '--db', db, '--published', '2024-05-08']);
  assert.equal(holdsCounts(a.out), holdsCounts(b.out));

  const byActor = run(['events', '--db', db, '--actor', 'ISL', '--format', 'jsonl']);
  assert.equal(byActor.code, 0, byActor.err);
  const rows = byActor.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { event: string; actor: { code: string }[] });
  assert.ok(rows.length >= 1);
  assert.ok(rows.every((r) => r.actor.some((x) => x.code === 'ISL')));
  assert.ok(rows.some((r) => r.event === 'ACCUSE'));

  const byType = run(['events', '--db', db, '--type', 'COERCE', '--format', 'jsonl']);
  const coerce = byType.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { event: string; size: { arrested: number | null } });
  assert.ok(coerce.length >= 1 && coerce.every((r) => r.event === 'COERCE'));
  assert.equal(coerce[0]!.size.arrested, 14);

  const csv = run(['events', '--db', db, '--format', 'csv']);
  assert.match(csv.out.split('\n')[0]!, /^date,event,mode,actor,recipient/);
});

test('extract prints PLOVER records whose spans slice the input as given', () => {
  const r = run(['extract', '-', '--published', '2024-05-08'], STORY);
  assert.equal(r.code, 0, r.err);
  const recs = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { span: [number, number]; actor: { code: string; sector: string | null; entity_text: string }[] });
  assert.ok(recs.length >= 2);
  for (const rec of recs) {
    for (const k of ['id', 'date', 'actor', 'recipient', 'event', 'mode', 'context', 'quad_code', 'event_text', 'event_loc', 'size', 'cameo', 'goldstein', 'doc_id', 'span']) assert.ok(k in rec, `missing ${k}`);
    const sentence = STORY.slice(rec.span[0], rec.span[1]);
    assert.ok(sentence.includes(rec['event_text'] as string));
    for (const a of rec.actor) assert.ok(sentence.includes(a.entity_text));
  }
  const talks = recs.find((x) => x['event'] === 'CONSULT');
  assert.ok(talks, 'talks are a CONSULT');
  assert.equal(talks['date'], '2024-05-06');
});

test('extract --jsonl and annotate --jsonl run many records in one process, keeping record ids', () => {
  const dir = tempDir('entente-cli-');
  const file = join(dir, 'recs.jsonl');
  writeFileSync(file, [
    JSON.stringify({ id: 'r1', text: 'Chile accused Peru of violating the border treaty.', published: '2023-02-01' }),
    JSON.stringify({ id: 'r2', text: 'Kenya praised Ethiopia for the ceasefire.', published: '2023-02-02' }),
  ].join('\n') + '\n');
  const ex = run(['extract', '--jsonl', file]);
  assert.equal(ex.code, 0, ex.err);
  const ids = ex.out.trim().split('\n').map((l) => (JSON.parse(l) as { doc_id: string }).doc_id);
  assert.deepEqual(ids, ['r1', 'r2']);
  const an = run(['annotate', '--jsonl', file]);
  const docs = an.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; sentences: unknown[]; actors: unknown[] });
  assert.deepEqual(docs.map((d) => d.id), ['r1', 'r2']);
  assert.ok(docs.every((d) => d.sentences.length === 1 && d.actors.length >= 2));
});

test('bad arguments and unreadable files: one line on stderr, non-zero exit, no stack trace', () => {
  for (const args of [['extract', '/no/such/file.txt'], ['extract', 'x', '--published', '26/11/2015'], ['nope'], ['events', '--db', '/no/such.db'], ['events', '--type', 'HUG', '--db', '/no/such.db'], ['extract', '--format', 'xml', '-']]) {
    const r = run(args, '');
    assert.notEqual(r.code, 0, args.join(' '));
    assert.equal(r.err.trim().split('\n').length, 1, `${args.join(' ')}: ${r.err}`);
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
});

test('--actors FILE adds the user\'s own actors; a bad file is a one-line error', () => {
  const dir = tempDir('entente-cli-');
  const file = join(dir, 'mine.yaml');
  writeFileSync(file, [
    'people:',
    '  - id: tamsin-orvell',
    '    name: Tamsin Orvell',
    '    aliases: [Orvell]',
    '    roles:',
    '      - code: NZL',
    '        sector: GOV',
    '        title: Foreign Minister',
    '        start: "2020-01-01"',
    '',
  ].join('\n'));
  const text = 'Tamsin Orvell criticised Fiji over the fishing dispute.';
  const r = run(['extract', '-', '--published', '2022-03-01', '--actors', file], text);
  assert.equal(r.code, 0, r.err);
  const rec = JSON.parse(r.out.trim().split('\n')[0]!) as { event: string; actor: { code: string; sector: string }[] };
  assert.equal(rec.event, 'ACCUSE');
  assert.deepEqual([rec.actor[0]!.code, rec.actor[0]!.sector], ['NZL', 'GOV']);
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ people: [{ id: 'x', name: 'X', roles: [{ code: 'NZL', sector: 'KING' }] }] }));
  const bad = run(['extract', '-', '--actors', join(dir, 'bad.json')], text);
  assert.notEqual(bad.code, 0);
  assert.equal(bad.err.trim().split('\n').length, 1, bad.err);
  assert.match(bad.err, /bad\.json/);
});

test('quotes are stored and searchable by speaker and words', () => {
  const dir = tempDir('entente-cli-');
  const db = join(dir, 'q.db');
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'q.txt'), '"Iceland will defend every tonne of its quota in court," Norway\'s fisheries minister said on Friday.\n');
  assert.equal(run(['ingest', join(dir, 'in'), '--db', db, '--published', '2024-05-10']).code, 0);
  const r = run(['quotes', '--db', db, '--search', 'QUOTA', '--format', 'jsonl']);
  assert.equal(r.code, 0, r.err);
  const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as { text: string; speaker: { code: string } | null });
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.speaker?.code, 'NOR');
  const none = run(['quotes', '--db', db, '--speaker', 'ISL', '--format', 'jsonl']);
  assert.equal(none.out.trim(), '');
});

test('an event\'s place has one shape in extract, events, export and the API', async () => {
  const dir = tempDir('entente-cli-');
  const db = join(dir, 'loc.db');
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'story.txt'), STORY);
  const ex = run(['extract', join(dir, 'in', 'story.txt'), '--published', '2024-05-08']);
  assert.equal(ex.code, 0, ex.err);
  type Rec = { event: string; span: [number, number]; event_loc: Record<string, unknown> | null };
  const lines = (out: string): Rec[] => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec);
  const placed = (recs: Rec[]) => new Map(recs.filter((r) => r.event_loc).map((r) => [`${r.event} ${r.span.join('-')}`, r.event_loc]));
  const fromExtract = placed(lines(ex.out));
  assert.ok(fromExtract.size > 0, 'the story has placed events');
  for (const loc of fromExtract.values()) assert.deepEqual(Object.keys(loc!).sort(), ['country', 'from', 'lat', 'lon', 'name', 'span', 'text']);

  assert.equal(run(['ingest', join(dir, 'in'), '--db', db, '--published', '2024-05-08']).code, 0);
  const fromEvents = placed(lines(run(['events', '--db', db, '--format', 'jsonl']).out));
  const fromExport = placed(lines(run(['export', '--db', db, '--format', 'plover-jsonl']).out));
  const { startApi } = await import('../api/server-fixture.js');
  const { openStore } = await import('../../src/store/index.js');
  const store = await openStore(db);
  const api = await startApi({ store });
  try {
    const body = await (await fetch(`${api.base}/api/events?limit=100`)).json() as { items: Rec[] };
    const fromApi = placed(body.items);
    for (const [key, loc] of fromExtract) {
      assert.deepEqual(fromEvents.get(key), loc, `events: ${key}`);
      assert.deepEqual(fromExport.get(key), loc, `export: ${key}`);
      assert.deepEqual(fromApi.get(key), loc, `API: ${key}`);
    }
  } finally {
    await api.close();
    await store.close();
  }
});

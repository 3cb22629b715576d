// Annotation is a pure function of the story, its metadata and the loaded knowledge: nothing a
// process read before may change what it codes now. Checked in process (forward, reversed,
// shuffled), story by story in fresh processes, and through `ingest` with 0, 1 and 2 workers
// (and two default runs), whose `entente events --format jsonl` output must be byte-identical.
// Corpus: the first 200 Reuters stories of ../shared when present (real wire copy, where the
// order dependence was found), else only entente's own fixtures, the sample corpus and
// generated stories (said in the output).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../src/data.js';
import { annotate } from '../../src/pipeline.js';
import type { RawInput } from '../../src/types.js';
import { signatureOf } from './signature.js';
import { uniform } from '../../src/prng.js';
import { isotCorpus } from '../../bench/corpus.js';
import { story } from './stories.js';

const ROOT = repoRoot();
const BIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const SHARED = process.env['ENTENTE_SHARED'] ?? resolve(ROOT, '..', 'shared');
const FIXTURES = join(ROOT, 'test', 'reliability', 'fixtures');

function ownStories(): RawInput[] {
  const out: RawInput[] = [];
  for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort()) {
    out.push({ id: `fixture-${f}`, text: readFileSync(join(FIXTURES, f), 'utf8'), published: '2024-05-14' });
  }
  const samples = join(ROOT, 'samples');
  for (const f of readdirSync(samples).filter((n) => n.endsWith('.txt')).sort()) {
    out.push({ id: `sample-${f}`, text: readFileSync(join(samples, f), 'utf8'), published: f.slice(0, 10) });
  }
  for (let i = 0; i < 40; i++) out.push({ id: `generated-${i}`, text: story(i, 10), published: '2021-03-02' });
  return out;
}

function corpus(): { inputs: RawInput[]; note: string } {
  const own = ownStories();
  const isot = existsSync(SHARED) ? isotCorpus(SHARED) : null;
  if (!isot) return { inputs: own, note: `../shared not found (${SHARED}): own fixtures, samples and generated stories only (${own.length})` };
  const wire = isot.inputs.slice(0, 200);
  return { inputs: [...wire, ...own], note: `${wire.length} Reuters stories from ../shared plus ${own.length} of entente's own` };
}

function annotateInOrder(inputs: RawInput[], order: number[]): string[] {
  const out = new Array<string>(inputs.length);
  for (const i of order) out[i] = signatureOf(annotate({ ...inputs[i]! }));
  return out;
}

function firstDifference(a: string[], b: string[], inputs: RawInput[]): string | null {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `${inputs[i]!.id} differs`;
  return null;
}

const { inputs, note } = corpus();

test('the same story codes the same forward, reversed and shuffled in one process', (t) => {
  t.diagnostic(note);
  const forward = [...inputs.keys()];
  const base = annotateInOrder(inputs, forward);
  assert.equal(firstDifference(base, annotateInOrder(inputs, [...forward].reverse()), inputs), null, 'reversed');
  const r = uniform(20261203);
  const shuffled = [...forward];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  assert.equal(firstDifference(base, annotateInOrder(inputs, shuffled), inputs), null, 'shuffled');
});

test('a story alone in a fresh process codes as it does after others', (t) => {
  // The fixture pair: order-a.txt teaches the tokenizer "party’s" whole; order-b.txt must still split it.
  const picks = inputs.filter((x) => String(x.id).startsWith('fixture-'));
  const step = Math.max(1, Math.floor(inputs.length / 5));
  for (let i = 0; i < inputs.length && picks.length < 8; i += step) if (!picks.includes(inputs[i]!)) picks.push(inputs[i]!);
  const afterOthers = new Map<string, string>();
  // every story of the corpus is read first, in reverse, so each pick comes after many others
  const all = annotateInOrder(inputs, [...inputs.keys()].reverse());
  inputs.forEach((x, i) => afterOthers.set(String(x.id), all[i]!));
  const dir = mkdtempSync(join(tmpdir(), 'entente-fresh-'));
  try {
    const script = join(dir, 'one.mjs');
    writeFileSync(script, [
      `import { annotate } from ${JSON.stringify(join(ROOT, 'dist', 'src', 'pipeline.js'))};`,
      `import { signatureOf } from ${JSON.stringify(join(ROOT, 'dist', 'test', 'reliability', 'signature.js'))};`,
      `import { readFileSync } from 'node:fs';`,
      `const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));`,
      `process.stdout.write(signatureOf(annotate(input)));`,
    ].join('\n'));
    for (const p of picks) {
      const file = join(dir, 'input.json');
      writeFileSync(file, JSON.stringify(p));
      const run = spawnSync(process.execPath, [script, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, afterOthers.get(String(p.id)), `${String(p.id)}: fresh process and after ${inputs.length - 1} others`);
    }
    t.diagnostic(`${picks.length} stories checked in fresh processes`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function ingestAndDump(jsonl: string, dir: string, name: string, workers: string[]): string {
  const db = join(dir, `${name}.db`);
  const run = spawnSync(process.execPath, [BIN, 'ingest', jsonl, '--db', db, '--progress', 'off', ...workers], { encoding: 'utf8' });
  assert.equal(run.status, 0, `${name}: ${run.stderr}`);
  const dump = spawnSync(process.execPath, [BIN, 'events', '--db', db, '--format', 'jsonl', '--all'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  assert.equal(dump.status, 0, dump.stderr);
  return dump.stdout;
}

test('ingest with 0, 1 and 2 workers, and two default runs, give byte-identical `events --format jsonl`', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-det-'));
  try {
    const jsonl = join(dir, 'corpus.jsonl');
    writeFileSync(jsonl, inputs.map((x) => JSON.stringify({ id: x.id, text: x.text, published: x.published, title: x.title })).join('\n') + '\n');
    const first = ingestAndDump(jsonl, dir, 'default-1', []);
    const lines = first.split('\n').filter(Boolean).length;
    assert.ok(lines > inputs.length / 4, `a corpus that codes events (${lines} lines)`);
    assert.equal(ingestAndDump(jsonl, dir, 'default-2', []), first, 'two default runs');
    for (const w of ['0', '1', '2']) assert.equal(ingestAndDump(jsonl, dir, `workers-${w}`, ['--workers', w]), first, `--workers ${w}`);
    t.diagnostic(`${inputs.length} stories, ${lines} event lines, identical in 5 runs`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

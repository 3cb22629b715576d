import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInputError, readInputs, readJsonl, type InputError } from '../../src/intake/sources.js';
import type { RawInput } from '../../src/types.js';

async function collect(gen: AsyncGenerator<RawInput | InputError>): Promise<(RawInput | InputError)[]> {
  const out: (RawInput | InputError)[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

function scratch(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-intake-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const JSONL = [
  JSON.stringify({ id: 'a1', text: 'Troops left the town on Sunday.', published: '2020-03-01', title: 'Troops leave' }),
  '{"id": "a2", "text": broken json',
  JSON.stringify({ id: 'a3', title: 'no body here' }),
  '',
  JSON.stringify({ id: 7, html: '<p>Police closed the bridge.</p>', url: 'https://x.example/2020/03/02/bridge', source: 'X' }),
].join('\n');

test('readJsonl: good records go on, a bad line yields an error naming its number', async (t) => {
  const dir = scratch(t);
  const path = join(dir, 'records.jsonl');
  writeFileSync(path, JSONL);
  const got = await collect(readJsonl(path));
  assert.equal(got.length, 4);
  assert.deepEqual(got[0], { id: 'a1', path, text: 'Troops left the town on Sunday.', published: '2020-03-01', title: 'Troops leave' });
  assert.ok(isInputError(got[1]!) && /^line 2: invalid JSON/.test(got[1].reason));
  assert.ok(isInputError(got[2]!) && /^line 3: .*"text" or "html"/.test(got[2].reason));
  assert.deepEqual(got[3], { id: '7', path, html: '<p>Police closed the bridge.</p>', url: 'https://x.example/2020/03/02/bridge', source: 'X' });
  const missing = await collect(readJsonl(join(dir, 'nope.jsonl')));
  assert.ok(missing.length === 1 && isInputError(missing[0]!));
});

test('readInputs: folders recursively and sorted, HTML sniffed, binary refused, missing paths reported', async (t) => {
  const dir = scratch(t);
  mkdirSync(join(dir, 'b-sub'));
  writeFileSync(join(dir, 'c.txt'), 'Headline here\n\nBody text here.');
  writeFileSync(join(dir, 'a.html'), '<html><body><p>Hello</p></body></html>');
  writeFileSync(join(dir, 'b-sub', 'page.txt'), '<!DOCTYPE html><html><head><title>x</title></head><body><p>Sniffed</p></body></html>');
  writeFileSync(join(dir, 'b-sub', 'photo.bin'), new Uint8Array([0x00, 0x01, 0x02, 0x00, 0x41]));
  writeFileSync(join(dir, 'b-sub', 'recs.jsonl'), JSONL);
  writeFileSync(join(dir, '.hidden.txt'), 'skipped');
  const got = await collect(readInputs([dir, join(dir, 'missing.txt')]));
  const paths = got.map((x) => x.path);
  assert.deepEqual(paths, [
    join(dir, 'a.html'),
    join(dir, 'b-sub', 'page.txt'),
    join(dir, 'b-sub', 'photo.bin'),
    ...Array(4).fill(join(dir, 'b-sub', 'recs.jsonl')),
    join(dir, 'c.txt'),
    join(dir, 'missing.txt'),
  ]);
  assert.ok('html' in got[0]! && 'html' in got[1]!, 'HTML by extension and by content');
  assert.ok(isInputError(got[2]!) && /binary/.test(got[2].reason));
  assert.equal((got[7] as RawInput).text, 'Headline here\n\nBody text here.');
  assert.ok(isInputError(got[8]!) && /cannot read/.test(got[8].reason));
});

test('readInputs("-") reads stdin: JSONL when it holds records, else one text', () => {
  const here = fileURLToPath(new URL('../../src/intake/sources.js', import.meta.url));
  const script = `import('${here.replace(/\\/g, '/')}').then(async (m) => { const out = []; for await (const x of m.readInputs(['-'])) out.push(x); process.stdout.write(JSON.stringify(out)); });`;
  const run = (input: string): unknown[] => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { input }).toString()) as unknown[];
  assert.deepEqual(run('{"id":"s1","text":"One."}\nnot json\n'), [
    { id: 's1', path: '-', text: 'One.' },
    { path: '-', reason: run('{"id":"s1","text":"One."}\nnot json\n').map((x) => (x as InputError).reason)[1] },
  ]);
  assert.deepEqual(run('Plain story text.\n'), [{ text: 'Plain story text.\n', path: '-' }]);
});

// One batch holding a good story and each kind of bad input: every bad one gets a reason,
// the good ones are still stored, and nothing crashes. Fixtures are written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../../src/data.js';
import { isInputError, readInputs, type InputError } from '../../src/intake/sources.js';
import type { RawInput } from '../../src/types.js';

const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');

const GOOD = [
  'Rail workers walk out',
  '',
  'Rail workers in the eastern province walked out on Thursday over unpaid wages, the union said.',
  '',
  'The transport ministry said talks would resume next week.',
].join('\n');

function batch(dir: string): void {
  writeFileSync(join(dir, '01-good.txt'), GOOD);
  writeFileSync(join(dir, '02-binary.dat'), Buffer.from([0x00, 0x13, 0x88, 0x00, 0xfe, 0x01, 0x00, 0x7f, 0x10, 0x00]));
  writeFileSync(join(dir, '03-empty.txt'), '');
  const gz = gzipSync(Buffer.from('A story cut in half. '.repeat(400)));
  writeFileSync(join(dir, '04-cut.txt.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
  writeFileSync(join(dir, '05-no-body.html'), '<!DOCTYPE html><html><head><title>Nothing here</title></head><body>  </body></html>');
  // 50 MB page: one paragraph repeated, written in one go
  const para = Buffer.from('<p>Padding paragraph of a page far larger than any article could be.</p>\n');
  writeFileSync(join(dir, '06-huge.html'), Buffer.concat([Buffer.from('<html><body>'), Buffer.alloc(50 * 1024 * 1024 - 30, para), Buffer.from('</body></html>')]));
  writeFileSync(join(dir, '07-deep.html'), `<html><body>${'<div>'.repeat(50_000)}<p>Flood waters reached the old town on Friday, officials said.</p>${'</div>'.repeat(50_000)}</body></html>`);
  // UTF-8 with a few bytes that are not: a cut-off sequence and stray continuation bytes
  const words = Buffer.from('Harbour strike ends\n\nDock workers in the southern port returned to work on Sunday after a pay deal, the union said. ');
  writeFileSync(join(dir, '08-bad-utf8.txt'), Buffer.concat([words, Buffer.from([0xc3, 0x28, 0x80, 0xbf, 0xe2, 0x82]), words]));
  // gzipped JSONL cut after its first record
  const jsonl = [{ id: 'j1', text: 'Farmers blocked the highway near the capital on Monday, police said.' }, { id: 'j2', text: 'x'.repeat(20_000) + ' never arrives.' }]
    .map((r) => JSON.stringify(r)).join('\n');
  const jgz = gzipSync(Buffer.from(jsonl), { level: 0 });
  writeFileSync(join(dir, '09-cut.jsonl.gz'), jgz.subarray(0, jgz.length - 5000));
}

const reasons = (items: (RawInput | InputError)[], name: string): string[] =>
  items.filter((x) => isInputError(x) && x.path.endsWith(name)).map((x) => (x as InputError).reason);

test('readInputs: each bad file has a reason at the source, or reaches intake as a page to judge', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-bad-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  batch(dir);
  const started = Date.now();
  const got: (RawInput | InputError)[] = [];
  for await (const x of readInputs([dir])) got.push(x);
  assert.ok(Date.now() - started < 5000, 'the 50 MB page is refused without being read');
  assert.match(reasons(got, '02-binary.dat')[0]!, /^binary content/);
  assert.deepEqual(reasons(got, '03-empty.txt'), ['empty input: 0 bytes']);
  assert.deepEqual(reasons(got, '04-cut.txt.gz'), ['truncated gzip: the compressed data ends early']);
  assert.deepEqual(reasons(got, '06-huge.html'), ['too large: 50.0 MB, over the 8.0 MB limit for one page; not read']);
  assert.deepEqual(reasons(got, '09-cut.jsonl.gz'), ['truncated gzip: the compressed data ends early (after line 1)']);
  const inputs = got.filter((x) => !isInputError(x)) as RawInput[];
  assert.deepEqual(inputs.map((x) => x.path!.slice(dir.length + 1)), ['01-good.txt', '05-no-body.html', '07-deep.html', '08-bad-utf8.txt', '09-cut.jsonl.gz']);
  assert.ok(inputs[3]!.bytes instanceof Uint8Array, 'bad UTF-8 goes to intake as bytes, so its decoding is noted');
  assert.equal(inputs[4]!.id, 'j1', 'the record before the cut is kept');
});

test('ingest: the good ones are stored, every bad one is named with its reason in the summary', { timeout: 60_000 }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-bad-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const inDir = join(dir, 'in');
  spawnSync('mkdir', [inDir]);
  batch(inDir);
  const r = spawnSync(process.execPath, [BIN, 'ingest', inDir, '--db', join(dir, 'x.db')], { encoding: 'utf8', cwd: repoRoot() });
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout;
  const line = (kind: string, name: string): string => {
    const m = new RegExp(`^  ${kind} ${join(inDir, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (.+)$`, 'm').exec(out);
    assert.ok(m, `no "${kind}" line for ${name} in:\n${out}`);
    return m[1]!;
  };
  assert.match(out, /inputs read: 10; articles added: 4; .*skipped: 6;/);
  assert.match(line('skipped', '02-binary.dat'), /^binary content/);
  assert.equal(line('skipped', '03-empty.txt'), 'empty input: 0 bytes');
  assert.equal(line('skipped', '04-cut.txt.gz'), 'truncated gzip: the compressed data ends early');
  assert.match(line('skipped', '05-no-body.html'), /no (article )?body/);
  assert.match(line('skipped', '06-huge.html'), /^too large: 50\.0 MB/);
  assert.match(line('skipped', '09-cut.jsonl.gz'), /^truncated gzip/);
  assert.match(line('stored with a warning', '07-deep.html'), /nested/);
  assert.match(line('stored with a warning', '08-bad-utf8.txt'), /invalid UTF-8|not UTF-8/);
  assert.match(out, /store now holds 4 articles/);
});

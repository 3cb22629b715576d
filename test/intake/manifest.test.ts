import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/intake/sources.js';
import type { RawInput } from '../../src/types.js';

test('a folder\'s manifest.jsonl dates the files it names; README files are skipped with a reason', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-manifest-'));
  writeFileSync(join(dir, 'a.txt'), 'Kenya praised Ethiopia for the ceasefire on Monday.\n');
  writeFileSync(join(dir, 'b.txt'), 'Chile accused Peru of breaking the treaty.\n');
  writeFileSync(join(dir, 'README.md'), 'These stories were written for a test.\n');
  writeFileSync(join(dir, 'manifest.jsonl'), [
    JSON.stringify({ file: 'a.txt', published: '2022-02-07', source: 'Test Wire' }),
    JSON.stringify({ file: 'b.txt', published: '2022-02-08', url: 'https://example.org/b' }),
    '{"oops": 1}',
  ].join('\n'));
  const items: (RawInput | { path: string; reason: string })[] = [];
  for await (const x of readInputs([dir])) items.push(x);
  const inputs = items.filter((x): x is RawInput => !('reason' in x));
  const skipped = items.filter((x): x is { path: string; reason: string } => 'reason' in x);
  assert.deepEqual(inputs.map((x) => [x.path?.endsWith('a.txt') ? 'a' : 'b', x.published]), [['a', '2022-02-07'], ['b', '2022-02-08']]);
  assert.equal(inputs[0]!.source, 'Test Wire');
  assert.equal(inputs[1]!.url, 'https://example.org/b');
  assert.ok(skipped.some((x) => x.path.endsWith('README.md') && /documentation/.test(x.reason)));
  assert.ok(skipped.some((x) => x.path.endsWith('manifest.jsonl') && /line 3/.test(x.reason)));
});

test('a JSONL dump of articles named manifest.jsonl is still read as articles', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-manifest-'));
  writeFileSync(join(dir, 'manifest.jsonl'), JSON.stringify({ id: 'r1', text: 'Kenya praised Ethiopia.', published: '2022-02-07' }) + '\n');
  const items = [];
  for await (const x of readInputs([dir])) items.push(x);
  assert.equal(items.length, 1);
  assert.equal((items[0] as RawInput).id, 'r1');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fnv1a, halfOf, inHalf, scoreByHalves } from '../../eval/split.js';

test('fnv1a: the published FNV-1a 32-bit test vectors', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('halfOf: stable per id, and both halves are used', () => {
  const ids = Array.from({ length: 400 }, (_, i) => `REC-${i}`);
  const halves = ids.map(halfOf);
  assert.deepEqual(ids.map(halfOf), halves);
  const dev = halves.filter((h) => h === 'dev').length;
  assert.ok(dev > 150 && dev < 250, `dev half has ${dev} of 400`);
});

test('scoreByHalves: plain keys for the whole set, dev./test. keys for each half', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];
  const scores = scoreByHalves(items, (x) => x, (sub) => ({ n: sub.length }));
  assert.equal(scores['n'], 6);
  assert.equal(scores['dev.n']! + scores['test.n']!, 6);
  assert.equal(scores['dev.n'], inHalf(items, 'dev', (x) => x).length);
});

test('gold loaders, tolerant mode: odd shapes are read, unreadable records skipped with a reason', async () => {
  const { ploverGsrSentences } = await import('../../eval/gold/plover-gsr.js');
  const skipped: string[] = [];
  const ss = ploverGsrSentences([
    { id: 'R1', event: 'AGREE', text: 'Two neighbours agreed to reopen the crossing.', source: 'AAA', target: 'BBB,CCC', date: '20010203' },
    { id: 'R2', event: 'AGREE', text: 'A record with no usable type.', source: [] , target: [] },
    { id: 'R3', event: 'NOT-A-TYPE', text: 'Unknown type.', source: [{ code: 'AAA' }] },
    { id: 'R4', event: 'REJECT', text: 'Odd date.', source: { code: 'AAA' }, date: 'last spring' },
  ], skipped);
  assert.equal(ss.length, 3);
  assert.deepEqual(ss[0]!.events[0]!.actors, ['AAA']);
  assert.deepEqual(ss[0]!.events[0]!.recipients, ['BBB', 'CCC']);
  assert.equal(ss[0]!.published, '2001-02-03');
  assert.deepEqual(ss[2]!.events[0]!.actors, ['AAA']);
  assert.equal(ss[2]!.published, undefined);
  assert.equal(skipped.length, 2);
  assert.match(skipped.join('\n'), /R3.*unknown PLOVER type/);
  assert.match(skipped.join('\n'), /R4.*date/);
});

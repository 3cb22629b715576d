import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, dirname } from 'node:path';
import {
  DUPLICATE_THRESHOLD, MINHASH_CONFIG, bands, isEmpty, normalize, signature, signatureFromBytes, signatureToBytes,
  similarity,
} from '../../src/dedup/index.js';
import { shingleHashes } from '../../src/dedup/shingles.js';
import { OTHER, RELATED_BLOCK, RIVAL, WIRE, WIRE_EDITED } from './stories.js';

const sim = (a: string, b: string) => similarity(signature(a), signature(b));

/** True Jaccard of the two texts' shingle sets, to check the estimate against. */
function jaccard(a: string, b: string): number {
  const x = new Set(shingleHashes(a, MINHASH_CONFIG.shingleWords));
  const y = new Set(shingleHashes(b, MINHASH_CONFIG.shingleWords));
  let both = 0;
  for (const h of x) if (y.has(h)) both++;
  return both / (x.size + y.size - both);
}

test('the settings file is consistent and the threshold comes from it', () => {
  assert.equal(MINHASH_CONFIG.bands * MINHASH_CONFIG.rowsPerBand, MINHASH_CONFIG.permutations);
  assert.equal(DUPLICATE_THRESHOLD, MINHASH_CONFIG.threshold);
  assert.ok(DUPLICATE_THRESHOLD > 0 && DUPLICATE_THRESHOLD < 1);
});

test('a signature has one slot per permutation and is the same on every call', () => {
  const a = signature(WIRE);
  assert.equal(a.length, MINHASH_CONFIG.permutations);
  assert.deepEqual(signature(WIRE), a);
  assert.deepEqual(bands(signature(WIRE)), bands(a));
});

test('a signature is the same in another process', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const mod = pathToFileURL(join(here, '../../src/dedup/index.js')).href;
  const script = `import { signature } from ${JSON.stringify(mod)};
    process.stdout.write(Array.from(signature(process.argv[1])).join(','));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, WIRE], { encoding: 'utf8' });
  assert.equal(out, Array.from(signature(WIRE)).join(','));
});

test('the same wire story with a trailer, or with two sentences reworded, is a duplicate', () => {
  const trailer = sim(WIRE, WIRE + ' ' + RELATED_BLOCK);
  const edited = sim(WIRE, WIRE_EDITED);
  assert.ok(trailer >= DUPLICATE_THRESHOLD, `trailer only: ${trailer}`);
  assert.ok(edited >= DUPLICATE_THRESHOLD, `edited: ${edited}`);
  assert.ok(trailer > edited, 'more editing, less similar');
  assert.equal(sim(WIRE, WIRE), 1);
});

test('another outlet\'s account of the same event, and an unrelated story, are not duplicates', () => {
  assert.ok(sim(WIRE, RIVAL) < DUPLICATE_THRESHOLD / 2, `rival: ${sim(WIRE, RIVAL)}`);
  assert.ok(sim(WIRE, OTHER) < DUPLICATE_THRESHOLD / 2, `other: ${sim(WIRE, OTHER)}`);
});

test('the estimate tracks the true shingle Jaccard', () => {
  // 128 permutations: standard error ≤ 0.045, so 0.15 is over three of them.
  for (const [a, b] of [[WIRE, WIRE_EDITED], [WIRE, WIRE + ' ' + RELATED_BLOCK], [WIRE, RIVAL]] as const) {
    const est = sim(a, b);
    const exact = jaccard(a, b);
    assert.ok(Math.abs(est - exact) < 0.15, `estimate ${est} vs exact ${exact}`);
  }
});

test('case, punctuation, quote style and spacing do not matter', () => {
  assert.equal(normalize('  Trump\'s   "BIG" deal -- signed.  '), 'trumps big deal signed');
  assert.equal(normalize('Trump’s “big” deal—signed'), 'trumps big deal signed');
  assert.equal(sim('The minister\'s plan, "approved" today.', 'THE MINISTER’S PLAN approved   today'), 1);
});

test('short texts fall back to shorter shingles; empty text matches nothing', () => {
  const short = signature('Rebels shelled Aleppo');
  assert.ok(!isEmpty(short));
  assert.equal(similarity(short, signature('rebels shelled aleppo!')), 1);
  assert.ok(similarity(short, signature('Rebels shelled Homs')) < 1);
  const empty = signature('  ... ');
  assert.ok(isEmpty(empty));
  assert.deepEqual(bands(empty), []);
  assert.equal(similarity(empty, signature('')), 0);
});

test('band keys: one per band, each naming its band', () => {
  const keys = bands(signature(WIRE));
  assert.equal(keys.length, MINHASH_CONFIG.bands);
  keys.forEach((k, i) => assert.match(k, new RegExp(`^${String(i).padStart(2, '0')}:[0-9a-f]{8}$`)));
  // A near copy shares at least one band key with the original, so lookup finds it.
  const shared = bands(signature(WIRE_EDITED)).filter((k) => keys.includes(k));
  assert.ok(shared.length > 0);
});

test('signatures survive the trip through bytes', () => {
  const sig = signature(WIRE);
  const bytes = signatureToBytes(sig);
  assert.equal(bytes.length, sig.length * 4);
  assert.deepEqual(signatureFromBytes(bytes), sig);
  assert.throws(() => signatureFromBytes(new Uint8Array(5)), /whole number/);
  assert.throws(() => similarity(sig, sig.subarray(1)), /lengths differ/);
});

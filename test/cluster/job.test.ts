// Job payloads: self-contained items, gzipped when big, ids derived from content and metadata.
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import assert from 'node:assert/strict';
import { fromPayload, GZIP_ABOVE, JobPayload, jobIdOf, labelOf, MAX_JOB_BODY, toPayload } from '../../src/cluster/job.js';
import { processJob } from '../../src/cluster/worker.js';
import { openStore } from '../../src/store/index.js';
import { tempDbPath } from '../store/temp-db.js';

const STORY = 'Kenya and Ghana signed a trade agreement in Nairobi on Monday, officials said.';

function payload(input: Parameters<typeof toPayload>[0]): JobPayload {
  const p = toPayload(input);
  assert.ok(!('reason' in p), 'reason' in p ? p.reason : '');
  return JobPayload.parse(JSON.parse(JSON.stringify(p)));
}

test('text, HTML and raw bytes survive the trip through a JSON job', () => {
  const t = payload({ text: STORY, published: '2024-01-02', path: 'a.txt', id: 'r1', url: 'https://example.org/a' });
  assert.equal(t.encoding, 'plain');
  assert.deepEqual(fromPayload(t), { text: STORY, published: '2024-01-02', path: 'a.txt', id: 'r1', url: 'https://example.org/a' });
  const h = payload({ html: `<p>${STORY}</p>`, path: 'b.html' });
  assert.equal(fromPayload(h).html, `<p>${STORY}</p>`);
  const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]);
  const b = payload({ bytes: latin1, path: 'c.txt' });
  assert.equal(b.encoding, 'base64');
  assert.deepEqual(fromPayload(b).bytes, latin1);
});

test('a big body is gzipped in the job and comes back identical; a huge one is refused with a reason', () => {
  const big = `${STORY}\n\n`.repeat(Math.ceil((GZIP_ABOVE * 4) / STORY.length));
  const p = payload({ text: big });
  assert.equal(p.encoding, 'gzip');
  assert.ok(p.body.length < big.length / 10, `gzip should shrink repeated text (${p.body.length} of ${big.length})`);
  assert.equal(fromPayload(p).text, big);
  // random bytes do not compress: over the cap once encoded
  const noise = new Uint8Array(randomBytes(MAX_JOB_BODY));
  const refused = toPayload({ bytes: noise, path: 'noise.bin' });
  assert.ok('reason' in refused && /too large to queue/.test(refused.reason));
});

test('job ids: same content and metadata, same id (wherever it was read); other metadata, other id', () => {
  const a = jobIdOf(payload({ text: STORY, published: '2024-01-02', path: '/mnt/a/story.txt' }));
  assert.match(a, /^item-[0-9a-f]{32}$/);
  assert.equal(jobIdOf(payload({ text: STORY, published: '2024-01-02', path: '/other/story.txt' })), a);
  assert.notEqual(jobIdOf(payload({ text: STORY, published: '2024-01-03' })), a);
  assert.notEqual(jobIdOf(payload({ text: `${STORY} More.`, published: '2024-01-02' })), a);
  assert.notEqual(jobIdOf(payload({ html: STORY, published: '2024-01-02' })), a);
  // gzip or not is transport: the id is of the decoded content
  const big = STORY.repeat(1000);
  const gz = payload({ text: big });
  assert.equal(gz.encoding, 'gzip');
  assert.equal(jobIdOf(gz), jobIdOf({ v: 1, kind: 'text', encoding: 'plain', body: big, meta: {} }));
});

test('labels name the file and the record', () => {
  assert.equal(labelOf({ meta: { path: 'feed.jsonl', id: '7' } }), 'feed.jsonl#7');
  assert.equal(labelOf({ meta: {} }), '(no name)');
});

test('a worker refuses a malformed or corrupt payload by throwing (so the job is retried, then dead), and stores a good one', async () => {
  const { file, cleanup } = tempDbPath();
  const store = await openStore(file);
  try {
    await assert.rejects(processJob(store, { v: 1, kind: 'pdf', encoding: 'plain', body: 'x', meta: {} }), /invalid job payload: kind/);
    await assert.rejects(processJob(store, { v: 1, kind: 'text', encoding: 'gzip', body: 'bm90IGd6aXA=', meta: {} }), /corrupt job body \(gzip\): incorrect header/);
    const first = await processJob(store, payload({ text: STORY, published: '2024-01-02', path: 'a.txt' }));
    assert.equal(first.article, 'added');
    assert.ok(first.events >= 1);
    // redelivery of the same item: nothing new
    assert.deepEqual(await processJob(store, payload({ text: STORY, published: '2024-01-02', path: 'a.txt' })), { article: 'exists', events: 0 });
    const blank = await processJob(store, payload({ text: '   \n', path: 'blank.txt' }));
    assert.equal(blank.article, 'skipped');
    assert.match(blank.reason ?? '', /empty|blank/);
    assert.equal((await store.counts()).articles, 1);
  } finally {
    await store.close();
    cleanup();
  }
});

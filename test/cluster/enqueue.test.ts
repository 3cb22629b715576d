// What enqueue turns into jobs: one per file, per JSONL record, per feed item; documentation
// files and bad records are skipped with their reason; the same items again add no job.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enqueuePaths } from '../../src/cluster/enqueue.js';
import { fromPayload, JobPayload } from '../../src/cluster/job.js';
import { openQueue } from '../../src/cluster/queue.js';
import { REDIS_URL, redisUnavailable } from './services.js';

const FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour Wire</title>
<item><title>Ferry talks resume</title><link>https://news.example.org/ferry</link><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
<description>Norway and Iceland resumed talks on the ferry route in Oslo on Tuesday.</description></item>
<item><title>Dockers strike</title><link>https://news.example.org/strike</link><pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate>
<description>Dock workers in Reykjavik went on strike on Wednesday over pay.</description></item>
</channel></rss>`;

test('enqueue: one job per file, JSONL record and feed item, content inside; bad items skipped with a reason; again adds nothing', async (t) => {
  const why = await redisUnavailable();
  if (why) { t.skip(why); return; }
  const dir = mkdtempSync(join(tmpdir(), 'entente-enqueue-'));
  const q = openQueue(REDIS_URL, `entente-test-enqueue-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'story.txt'), 'Kenya and Ghana signed a trade deal in Nairobi on Monday.\n');
    writeFileSync(join(dir, 'in', 'README.md'), '# notes about this folder\n');
    writeFileSync(join(dir, 'in', 'old.txt'), Buffer.from([0x50, 0x65, 0x72, 0xfa, 0x20, 0x6d, 0x65, 0x74, 0x20, 0x43, 0x68, 0x69, 0x6c, 0x65, 0x2e]));
    writeFileSync(join(dir, 'in', 'records.jsonl'), [
      JSON.stringify({ id: 'a', text: 'Chile and Peru met in Lima on Friday.', published: '2024-02-02' }),
      '{"id": "broken"',
      JSON.stringify({ id: 'b', html: '<p>Japan protested to China over the islands.</p>' }),
    ].join('\n'));
    writeFileSync(join(dir, 'in', 'wire.xml'), FEED);

    const first = await enqueuePaths(q, [join(dir, 'in')], { retry: { attempts: 2, backoffMs: 100 } });
    assert.equal(first.queued, 6, JSON.stringify(first)); // story, latin-1 file, 2 records, 2 feed items
    assert.deepEqual(first.skipped.map((s) => s.reason.replace(/:.*/, '')).sort(), ['documentation file, not an article', 'line 2']);
    const jobs = await q.getWaiting(0, 100);
    assert.equal(jobs.length, 6);
    const items = jobs.map((j) => ({ id: j.id, data: JobPayload.parse(j.data), attempts: j.opts.attempts }));
    assert.ok(items.every((i) => i.attempts === 2 && /^item-/.test(String(i.id))));
    const record = items.find((i) => i.data.meta.id === 'a');
    assert.equal(fromPayload(record!.data).text, 'Chile and Peru met in Lima on Friday.');
    assert.equal(record!.data.meta.published, '2024-02-02');
    const feed = items.filter((i) => i.data.meta.path?.endsWith('wire.xml'));
    assert.equal(feed.length, 2);
    assert.ok(feed.some((i) => i.data.meta.url === 'https://news.example.org/strike'));
    // the legacy-encoded file travels as bytes: the worker's intake detects the charset
    assert.equal(items.find((i) => i.data.meta.path?.endsWith('old.txt'))?.data.kind, 'bytes');

    const again = await enqueuePaths(q, [join(dir, 'in')]);
    assert.deepEqual({ queued: again.queued, alreadyQueued: again.alreadyQueued }, { queued: 0, alreadyQueued: 6 });
  } finally {
    await q.obliterate({ force: true }).catch(() => undefined);
    await q.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

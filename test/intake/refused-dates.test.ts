// A date that is given but impossible is refused aloud on every intake path, never rolled over or
// replaced silently; the warning says which field and what the story was dated from instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intake } from '../../src/intake/index.js';
import { normalizeDate, readGivenDate } from '../../src/intake/dates.js';
import { readFeed } from '../../src/intake/feed.js';
import { readInputs } from '../../src/intake/sources.js';
import { openStore } from '../../src/store/index.js';
import { ingestPaths } from '../../src/ingest/run.js';
import type { Doc, RawInput } from '../../src/types.js';

const BODY = 'Officials in Quito said the bridge over the river had reopened to traffic.\n\nTrucks crossed again by the afternoon, the transport ministry said.';
const DATELINED = `QUITO, March 4, 2019 (Reuters) - ${BODY}`;
const warnings = (doc: Doc): string[] => doc.messages.filter((m) => m.level === 'warning').map((m) => m.reason);

function scratch(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-dates-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('impossible dates are refused with the reason; real ones are read; nothing rolls into the next month', () => {
  assert.deepEqual(readGivenDate('2015-13-45'), { problem: 'not a real date (there is no month 13)' });
  assert.deepEqual(readGivenDate('2015-02-30'), { problem: 'not a real date (2015-02 has 28 days)' });
  assert.deepEqual(readGivenDate('February 30, 2016'), { problem: 'not a real date (2016-02 has 29 days)' });
  assert.deepEqual(readGivenDate('Mon, 45 Feb 2024 10:00:00 GMT'), { problem: 'not a real date (2024-02 has 29 days)' });
  assert.deepEqual(readGivenDate('2016-02-29'), { value: '2016-02-29' });
  assert.match((readGivenDate('soon') as { problem: string }).problem, /not understood/);
  assert.equal(readGivenDate('  '), null);
  // Date.parse would make 2015-03-02 of this
  assert.equal(normalizeDate('Feb 30, 2015'), null);
  assert.equal(normalizeDate('Thu, 26 Nov 2015 10:00:00 GMT'), '2015-11-26');
});

test('a JSONL-style published that is impossible: dated from the dateline, saying so; without one, stored undated, saying so', () => {
  const dated = intake({ id: 'r1', text: DATELINED, published: '2015-13-45' });
  assert.equal(dated.article.published, '2019-03-04');
  assert.equal(dated.article.publishedFrom, 'dateline');
  assert.deepEqual(warnings(dated), ['published "2015-13-45" refused: not a real date (there is no month 13); dated 2019-03-04 from the text\'s dateline instead']);
  const undated = intake({ id: 'r2', text: BODY, published: '2015-02-30' });
  assert.equal(undated.article.published, null);
  assert.deepEqual(warnings(undated), ['published "2015-02-30" refused: not a real date (2015-02 has 28 days); stored undated']);
});

test('HTML meta and feed items name the field they refused', () => {
  const html = `<html><head><title>Bridge reopens</title><meta property="article:published_time" content="2019-02-31T08:00:00Z"></head>
    <body><article><h1>Bridge reopens</h1><p>${BODY.replace('\n\n', '</p><p>')}</p></article></body></html>`;
  const page = intake({ html });
  assert.equal(page.article.published, null);
  assert.ok(warnings(page).some((w) => w === 'meta article:published_time "2019-02-31T08:00:00Z": not a real date (2019-02 has 28 days): refused; stored undated'), warnings(page).join('\n'));
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Andes Courier</title>
    <item><title>Bridge reopens</title><link>https://courier.example/bridge</link><pubDate>Tue, 31 Apr 2019 09:00:00 GMT</pubDate><description>${BODY}</description></item></channel></rss>`;
  const [item] = readFeed(rss, 'courier.xml');
  const doc = intake(item as RawInput);
  assert.equal(doc.article.published, null);
  assert.deepEqual(warnings(doc), ['<pubDate> "Tue, 31 Apr 2019 09:00:00 GMT" refused: not a real date (2019-04 has 30 days); stored undated']);
});

test('a manifest date that is impossible is refused naming the manifest; the warning is kept in the store', async (t) => {
  const dir = scratch(t);
  const corpus = join(dir, 'corpus');
  rmSync(corpus, { recursive: true, force: true });
  const { mkdirSync } = await import('node:fs');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'bridge.txt'), DATELINED);
  writeFileSync(join(corpus, 'manifest.jsonl'), `${JSON.stringify({ file: 'bridge.txt', published: '2019-04-31' })}\n`);
  const items: RawInput[] = [];
  for await (const x of readInputs([corpus])) if (!('reason' in x)) items.push(x);
  assert.equal(items.length, 1);
  const doc = intake(items[0]!);
  assert.deepEqual(warnings(doc), ['manifest.jsonl "published" "2019-04-31" refused: not a real date (2019-04 has 30 days); dated 2019-03-04 from the text\'s dateline instead']);

  // JSONL through ingest: stored, dated from the text, the warning in the store and in the summary
  const jsonl = join(dir, 'records.jsonl');
  writeFileSync(jsonl, `${JSON.stringify({ id: 'bridge-1', text: DATELINED, published: '2015-13-45' })}\n`);
  const store = await openStore(join(dir, 'store.db'));
  try {
    const { tally } = await ingestPaths(store, [jsonl]);
    assert.equal(tally.added, 1);
    assert.ok(tally.warned.some((w) => /published "2015-13-45" refused/.test(w.reason)), JSON.stringify(tally.warned));
    const [row] = (await store.articles({})).items;
    const stored = await store.article(row!.id);
    assert.equal(stored?.published, '2019-03-04');
    assert.ok(stored?.messages.some((m) => m.level === 'warning' && /published "2015-13-45" refused: .*dated 2019-03-04 from the text's dateline instead/.test(m.reason)));
  } finally {
    await store.close();
  }
});

// Metadata fields are bounded: a junk-sized title, byline, URL or id is cut (or dropped) with a
// warning stored beside the article, never stored whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intake } from '../../src/intake/index.js';
import { FIELD_CAPS } from '../../src/intake/field-caps.js';
import { openStore } from '../../src/store/index.js';
import { ingestPaths } from '../../src/ingest/run.js';

const BODY = 'The harbour authority in Valparaiso said the new pier would open in June.\n\nFishing boats will use it first, the authority said.';

test('a 5,000,000-character title is cut to its cap with a warning; normal fields are untouched', () => {
  const huge = 'Headline '.repeat(Math.ceil(5_000_000 / 9)).slice(0, 5_000_000);
  const doc = intake({ id: 'pier-1', text: BODY, title: huge, source: 'S'.repeat(10_000), url: `https://port.example/${'a'.repeat(5000)}` });
  assert.equal(doc.article.title!.length, FIELD_CAPS.title);
  assert.equal(doc.article.source!.length, FIELD_CAPS.source);
  assert.equal(doc.article.url, null, 'a cut URL would point elsewhere: dropped');
  const warn = doc.messages.filter((m) => m.level === 'warning').map((m) => m.reason);
  assert.ok(warn.includes(`title cut to ${FIELD_CAPS.title} of 5000000 characters (cap ${FIELD_CAPS.title})`), warn.join('\n'));
  assert.ok(warn.some((w) => /^source cut to 300 of 10000 characters/.test(w)));
  assert.ok(warn.some((w) => /^url of 5021 characters dropped/.test(w)));
  const plain = intake({ id: 'pier-2', text: BODY, title: 'New pier to open in June', url: 'https://port.example/pier' });
  assert.equal(plain.article.title, 'New pier to open in June');
  assert.equal(plain.article.url, 'https://port.example/pier');
  assert.ok(!plain.messages.some((m) => /cut to|dropped/.test(m.reason)));
});

test('an over-long id keeps a prefix and a hash of the whole, so two long ids stay two; a surrogate pair is never halved', () => {
  const base = 'x'.repeat(1000);
  const a = intake({ id: `${base}a`, text: BODY });
  const b = intake({ id: `${base}b`, text: BODY });
  assert.ok(a.id.length <= FIELD_CAPS.id && b.id.length <= FIELD_CAPS.id);
  assert.notEqual(a.id, b.id);
  assert.ok(a.messages.some((m) => /^id cut to \d+ of 1001 characters/.test(m.reason)));
  const emoji = intake({ id: 'e', text: BODY, title: `${'t'.repeat(FIELD_CAPS.title - 1)}\u{1F30A}tail` });
  assert.equal(emoji.article.title!.length, FIELD_CAPS.title - 1);
});

test('ingest stores the cut title and keeps the warning with the article', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-caps-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const jsonl = join(dir, 'r.jsonl');
  writeFileSync(jsonl, `${JSON.stringify({ id: 'pier-3', text: BODY, title: 'T'.repeat(200_000), published: '2021-05-02' })}\n`);
  const store = await openStore(join(dir, 's.db'));
  try {
    const { tally } = await ingestPaths(store, [jsonl]);
    assert.equal(tally.added, 1);
    assert.ok(tally.warned.some((w) => /^title cut to 1000 of 200000/.test(w.reason)));
    const [row] = (await store.articles({})).items;
    const stored = await store.article(row!.id);
    assert.equal(stored?.title?.length, FIELD_CAPS.title);
    assert.ok(stored?.messages.some((m) => /^title cut to 1000 of 200000 characters/.test(m.reason)));
  } finally {
    await store.close();
  }
});

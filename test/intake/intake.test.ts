import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEXT_CAP, contentId, intake } from '../../src/intake/index.js';
import type { RawInput } from '../../src/types.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, repoRoot } from '../../src/data.js';

const STORY = 'Officials in Lima said on Friday that the strike had ended.\n\nBuses were running again by the evening, the transport ministry said.';

test('undated: no date anywhere gives null, publishedFrom none and an info message, never today', () => {
  const doc = intake({ text: STORY });
  assert.equal(doc.article.published, null);
  assert.equal(doc.article.publishedFrom, 'none');
  assert.ok(doc.messages.some((m) => m.level === 'info' && m.reason === 'undated: no publication date found'));
});

test("the caller's date wins; a date it cannot read is ignored with a warning; a URL path is the last resort", () => {
  let doc = intake({ text: 'LIMA, Nov. 26, 2015 (Reuters) - ' + STORY, published: '2015-11-27' });
  assert.equal(doc.article.published, '2015-11-27');
  assert.equal(doc.article.publishedFrom, 'caller');
  doc = intake({ text: 'LIMA, Nov. 26, 2015 (Reuters) - ' + STORY });
  assert.equal(doc.article.published, '2015-11-26');
  assert.equal(doc.article.publishedFrom, 'dateline');
  doc = intake({ text: STORY, published: 'December 31, 2017 ' });
  assert.equal(doc.article.published, '2017-12-31');
  doc = intake({ text: STORY, published: 'sometime last week' });
  assert.equal(doc.article.publishedFrom, 'none');
  assert.ok(doc.messages.some((m) => m.level === 'warning' && /not understood/.test(m.reason)));
  doc = intake({ text: STORY, url: 'https://example.com/news/2019/07/04/strike-ends' });
  assert.equal(doc.article.published, '2019-07-04');
  assert.equal(doc.article.publishedFrom, 'url');
});

test('ids: the article id hashes the whitespace-collapsed body; the doc id is the caller id when given', () => {
  const a = intake({ text: STORY });
  const b = intake({ text: STORY.replace(/ /g, '  ') + '\n\n', id: 'r-9' });
  assert.equal(a.article.id, b.article.id);
  assert.match(a.article.id, /^[0-9a-f]{16}$/);
  assert.equal(a.id, a.article.id);
  assert.equal(b.id, 'r-9');
  assert.equal(contentId(' a  b\n'), contentId('a b'));
});

test('bad input never throws: empty, blank, binary, nothing at all, odd objects', () => {
  const cases: RawInput[] = [
    {}, { text: '' }, { text: ' \n\t ' }, { html: '' }, { bytes: new Uint8Array() },
    { bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 255]) }, { bytes: new Uint8Array([0xff, 0xfe]) },
    { text: 'x', published: '2099-99-99' },
    null as unknown as RawInput, { text: 42 as unknown as string }, { bytes: 'nope' as unknown as Uint8Array },
  ];
  for (const input of cases) {
    const doc = intake(input);
    assert.equal(typeof doc.text, 'string');
    assert.equal(doc.tokens.length + doc.sentences.length + doc.events.length, 0);
    if (doc.article.body === '') assert.ok(doc.messages.some((m) => m.level !== 'info'), `a reason for ${JSON.stringify(input)?.slice(0, 60)}`);
  }
  const bin = intake({ bytes: new Uint8Array([0x41, 0, 0x42, 0, 0, 0, 0x43, 0x01, 0x02, 0x03, 0x04]) });
  assert.equal(bin.article.body, '');
  assert.ok(bin.messages.some((m) => m.level === 'error' && /binary/.test(m.reason)));
});

test('huge text is capped, with a warning, and stays a prefix of what was given', () => {
  const para = 'The committee met again and said that the talks would continue on the next day. ';
  const text = (para.repeat(20) + '\n\n').repeat(Math.ceil((TEXT_CAP * 1.2) / (para.length * 20 + 2)));
  const t0 = Date.now();
  const doc = intake({ text });
  assert.ok(Date.now() - t0 < 20000, 'in reasonable time');
  assert.ok(doc.text.length <= TEXT_CAP && text.startsWith(doc.text));
  assert.ok(doc.messages.some((m) => m.level === 'warning' && /capped/.test(m.reason)));
  assert.ok(doc.article.body.length > TEXT_CAP / 2);
});

test('one enormous line and deep nesting do not hang or crash', () => {
  const line = 'word '.repeat(300000);
  const doc = intake({ text: line });
  assert.equal(doc.article.paragraphs.length, 1);
  const nested = intake({ html: '<div>'.repeat(100000) + 'deep text about the talks' + '</div>'.repeat(100000) });
  assert.equal(typeof nested.article.body, 'string');
});

test('the data folder is found from the compiled file', () => {
  const path = dataPath('intake', 'boilerplate.json');
  assert.ok(existsSync(path), path);
  assert.ok(existsSync(join(repoRoot(), 'package.json')));
});

// Properties of intake on arbitrary input: it never throws, every span lies inside Doc.text,
// the body is its paragraphs joined, and plain text is kept exactly as given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { intake, decodeBytes } from '../../src/intake/index.js';
import { DocSchema } from '../../src/output/schema.js';
import type { Doc } from '../../src/types.js';
import { newsText, published } from './gen.js';

function wellFormed(doc: Doc): void {
  const r = DocSchema.safeParse(doc);
  assert.ok(r.success, r.success ? '' : r.error.issues.map((i) => i.message).join('; '));
  assert.equal(doc.article.body, doc.article.paragraphs.map((p) => doc.text.slice(p.start, p.end)).join('\n\n'));
}

test('intake of arbitrary bytes: no throw, a well-formed Doc or a reason', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(undefined, 'a.txt', 'b.html', 'c.xml'), (bytes, path) => {
      const doc = intake(path ? { bytes, path } : { bytes });
      wellFormed(doc);
      if (doc.article.body === '') assert.ok(doc.messages.length > 0, 'an empty body says why');
      const d = decodeBytes(bytes);
      assert.ok('error' in d || typeof d.text === 'string');
    }),
    { numRuns: 200 },
  );
});

test('intake of plain text: offsets index the text exactly as given', () => {
  fc.assert(
    fc.property(newsText, published, (text, pub) => {
      const doc = intake({ text, ...(pub === undefined ? {} : { published: pub }) });
      wellFormed(doc);
      assert.equal(doc.text, text);
      for (const z of doc.zones) assert.ok(z.start <= z.end && z.end <= text.length);
    }),
    { numRuns: 150 },
  );
});

test('intake of HTML (well-formed or not): no throw, spans inside the text', () => {
  const tag = fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<br>', '<script>', '</script>', '<article>', '<h1>', '</h1>', '<!--', '-->', '<meta name="date" content="2020-01-01">', '&amp;', '&#0;', '&#xD800;', '<![CDATA[', '<');
  const html = fc.array(fc.oneof(tag, newsText), { maxLength: 20 }).map((parts) => `<html><body>${parts.join('')}`);
  fc.assert(
    fc.property(html, (h) => wellFormed(intake({ html: h }))),
    { numRuns: 100 },
  );
});

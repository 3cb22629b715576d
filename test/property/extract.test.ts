// Properties of the whole annotation (what `entente extract` and ingest use) on news-like and
// random text: no throw, and the output validates against the Doc/Event schema, every span
// inside the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotate } from '../../src/pipeline.js';
import { DocSchema } from '../../src/output/schema.js';
import { newsText, published } from './gen.js';

test('annotate: no throw, output validates, every span inside the text', () => {
  fc.assert(
    fc.property(newsText, published, fc.option(fc.constantFrom('Reuters', 'AP', ''), { nil: undefined }), (text, pub, source) => {
      const doc = annotate({ text, ...(pub === undefined ? {} : { published: pub }), ...(source === undefined ? {} : { source }) });
      const r = DocSchema.safeParse(doc);
      assert.ok(r.success, r.success ? '' : r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      for (const e of doc.events) {
        assert.ok(e.trigger.start >= e.sentence.start && e.trigger.end <= e.sentence.end, `trigger inside its sentence (${e.id})`);
      }
    }),
    { numRuns: 80 },
  );
});

test('annotate on raw bytes and HTML fragments: no throw, output validates', () => {
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }).map((bytes) => ({ bytes })), newsText.map((t) => ({ html: `<p>${t.replace(/\n+/g, '</p><p>')}</p>` }))), (input) => {
      const r = DocSchema.safeParse(annotate(input));
      assert.ok(r.success, r.success ? '' : r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    }),
    { numRuns: 60 },
  );
});

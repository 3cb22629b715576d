// Properties of the time stage on news-like text with date phrases: no throw, each expression's
// span lies inside its text and spells the expression, and values are ISO of the stated granularity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotate } from '../../src/pipeline.js';
import { findYears } from '../../src/time/years.js';
import { findModifiedMonths } from '../../src/time/month-modifiers.js';
import { newsText, published } from './gen.js';

const ISO: Record<string, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  week: /^\d{4}-W\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/,
};

test('time expressions: inside the text, spelled by their span, ISO values', () => {
  fc.assert(
    fc.property(newsText, published, (text, pub) => {
      const doc = annotate({ text, ...(pub === undefined ? {} : { published: pub }) }, { until: 'time' });
      for (const t of doc.times) {
        assert.ok(t.start >= 0 && t.start <= t.end && t.end <= doc.text.length, `span [${t.start}, ${t.end})`);
        assert.equal(doc.text.slice(t.start, t.end), t.text);
        assert.match(t.value, ISO[t.granularity]!, `${t.text} -> ${t.value} (${t.granularity})`);
      }
    }),
    { numRuns: 120 },
  );
});

test('year and month finders: offsets shifted by the sentence start, never outside it', () => {
  fc.assert(
    fc.property(newsText, fc.nat({ max: 10000 }), fc.option(fc.integer({ min: 600000, max: 800000 }), { nil: null }), (text, offset, refDay) => {
      for (const t of [...findYears(text, offset), ...findModifiedMonths(text, offset, refDay)]) {
        assert.ok(t.start >= offset && t.end <= offset + text.length && t.start <= t.end);
        assert.equal(text.slice(t.start - offset, t.end - offset), t.text);
      }
    }),
    { numRuns: 200 },
  );
});

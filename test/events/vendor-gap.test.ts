// A converted CAMEO pattern's words stand in one verb phrase: past its first word its gap does not
// cross a preposition that opens a phrase of its own ("the decree led to chaos at airports" is no
// restriction placed on airports), but it does cross a time ("pushed back on Tuesday against").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import { findTriggers } from '../../src/events/match.js';
import type { Doc } from '../../src/types.js';

/** The spans the converted patterns match in a one-sentence text, with the document's times or none. */
function vendorSpans(text: string, times?: Doc['times']): string[] {
  const doc = annotate({ text, published: '2020-06-03' }, { until: 'place' });
  const parties = { actorAt: new Int32Array(doc.tokens.length).fill(-1), doc: { times: times ?? doc.times } };
  return findTriggers(doc.tokens, doc.sentences[0]!, 'vendor', parties).map((h) => text.slice(doc.tokens[h.start]!.start, doc.tokens[h.end - 1]!.end));
}

test('a converted pattern\'s gap stops at a preposition past its first word', () => {
  const spans = vendorSpans('The decree led to chaos at airports across the country.');
  assert.ok(!spans.includes('led to chaos at airports'), spans.join('; '));
});

test('... but not at a preposition that opens a time', () => {
  const text = 'Senior aides pushed back on Tuesday against senators calling for new limits.';
  assert.ok(vendorSpans(text).includes('pushed back on Tuesday against'), vendorSpans(text).join('; '));
  assert.ok(!vendorSpans(text, []).includes('pushed back on Tuesday against'));
});

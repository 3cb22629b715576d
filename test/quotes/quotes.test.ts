import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const TEXT = [
  '"We will not reopen the border until the smuggling stops," Chilean Foreign Minister Ana Ruiz said on Monday.',
  '',
  'Peru answered within hours. Its envoy told reporters: "Chile is punishing farmers on both sides for a crime they did not commit."',
  '',
  'A Lima daily quoted Ruiz as saying "the door stays open for talks in March" and called the move a "calculated pause".',
].join('\n');

test('quotes keep their spans, speakers and reporting verbs; scare quotes are skipped', () => {
  const doc = annotate({ text: TEXT, published: '2024-03-04' });
  const qs = doc.quotes ?? [];
  for (const q of qs) assert.equal(TEXT.slice(q.start, q.end), q.text);
  assert.equal(qs.length, 3, qs.map((q) => q.text).join(' | '));
  assert.match(qs[0]!.text, /^We will not reopen the border/);
  assert.match(qs[0]!.speakerText ?? '', /Ruiz/);
  assert.equal(TEXT.slice(qs[0]!.cue!.start, qs[0]!.cue!.end), 'said');
  assert.match(qs[1]!.speakerText ?? '', /envoy/i);
  // "X quoted Y as saying": Y is the speaker
  assert.match(qs[2]!.speakerText ?? '', /Ruiz/);
  assert.ok(!qs.some((q) => q.text === 'calculated pause'), 'a two-word scare quote is not a statement');
});

// News writes contractions with the typographic apostrophe: "won’t", "can’t", "didn’t" negate the
// verb just as "won't" does (the token's norm is spelt "n't", as the cue lists are).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const read = (text: string) => annotate({ id: 't', text, published: '2019-05-05' });

test('"Chile won’t sanction Peru" is negated, as "won\'t" is', () => {
  const curly = read('Chile won’t sanction Peru over the dispute.');
  const plain = read("Chile won't sanction Peru over the dispute.");
  assert.deepEqual(curly.events.map((e) => e.type), plain.events.map((e) => e.type));
  assert.deepEqual((curly.nonFactual ?? []).map((e) => [e.type, e.modality.negated]), [['SANCTION', true]]);
});

test('the token keeps its written text; only its norm is respelt', () => {
  const t = read('Chile didn’t attack Peru.').tokens.find((k) => k.text === 'n’t');
  assert.equal(t?.norm, "n't");
});

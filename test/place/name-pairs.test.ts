// Names are found once: the actors stage keeps capitalised word pairs as doc.namePairs, and the
// place stage reads those spans (not capital letters) to keep a town's name inside a person's off the map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyDoc } from '../../src/doc.js';
import { textStage } from '../../src/text/tokenize.js';
import { namePairs } from '../../src/actors/name-pairs.js';
import { placeStage } from '../../src/place/index.js';
import { read } from './helpers.js';

const TEXT = 'On Monday the engineer Karen Lodi spoke to reporters. Lodi said the bridge would reopen.';

test('the actors stage writes name pairs as spans, a pair opening its sentence marked as no given name', () => {
  const doc = read(TEXT);
  const pairs = (doc.namePairs ?? []).map((p) => [doc.text.slice(p.start, p.end), p.given]);
  assert.deepEqual(pairs[0], ['On Monday', false]);
  assert.ok(pairs.some(([t, g]) => t === 'Karen Lodi' && g === true), JSON.stringify(pairs));
  assert.ok(!pairs.some(([t]) => t === 'Lodi said'), 'a lower-case word makes no pair');
  for (const p of doc.namePairs ?? []) assert.equal(doc.tokens[p.token]?.start, p.start);
});

test('a surname the name pairs give is no place elsewhere in the story', () => {
  const doc = textStage(bodyDoc(TEXT));
  doc.namePairs = namePairs(doc);
  placeStage(doc);
  assert.deepEqual(doc.places.map((p) => p.text), []);
});

test('without name pairs on the Doc the place stage guesses no names itself', () => {
  const doc = textStage(bodyDoc(TEXT));
  doc.namePairs = [];
  placeStage(doc);
  assert.ok(doc.places.some((p) => p.text === 'Lodi'), JSON.stringify(doc.places.map((p) => p.text)));
});

test('a word before a non-place capitalised word of a pair is taken for a given name', () => {
  const doc = textStage(bodyDoc('Reporters asked Lodi Brennan about the vote.'));
  doc.namePairs = namePairs(doc);
  placeStage(doc);
  assert.deepEqual(doc.places.map((p) => p.text), []);
  doc.namePairs = [];
  placeStage(doc);
  assert.deepEqual(doc.places.map((p) => p.text), ['Lodi']);
});

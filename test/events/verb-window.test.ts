// The verb check's compromise window (verbcheck.ts verbWindow): at most VERB_WINDOW characters on
// each side of the asked word, on word boundaries, inside the sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VERB_WINDOW, verbWindow } from '../../src/events/verbcheck.js';

const TEXT = 'Hundreds of farmers from the northern districts gathered outside the regional assembly building on Tuesday and state officials said the march would go on until the budget was changed.';

test('the window holds at most 45 characters each side of the word, from and to a space', () => {
  assert.equal(VERB_WINDOW, 45);
  const start = TEXT.indexOf('state');
  const { from, to } = verbWindow(TEXT, { start: 0, end: TEXT.length }, start);
  assert.ok(start - from <= VERB_WINDOW && to - start <= VERB_WINDOW, `${start - from} and ${to - start} characters`);
  assert.equal(TEXT[from - 1], ' ');
  assert.equal(TEXT[to], ' ');
  assert.equal(TEXT.slice(from, to), 'regional assembly building on Tuesday and state officials said the march would go on');
});

test('the window stops at the sentence', () => {
  const s = { start: TEXT.indexOf('state'), end: TEXT.indexOf(' said') };
  assert.deepEqual(verbWindow(TEXT, s, s.start), { from: s.start, to: s.end });
});

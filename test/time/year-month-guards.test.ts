// The time stage scans a sentence for bare years and for "last May" only where it spotted their
// words (years.ts YEAR_WORDS, month-modifiers.ts MODIFIED_MONTH_WORDS): each finder must find
// nothing in a text without them, so the skipped scans lose nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { YEAR_WORDS, findYears } from '../../src/time/years.js';
import { MODIFIED_MONTH_WORDS, findModifiedMonths } from '../../src/time/month-modifiers.js';
import { wordSpotter } from '../../src/time/word-spotter.js';

const spotter = wordSpotter([YEAR_WORDS, MODIFIED_MONTH_WORDS]);
const REF_DAY = 736000;

function check(text: string): void {
  const found = spotter.spot(text);
  if (findYears(text, 0).length > 0) assert.ok((found & 1) !== 0, `a year in ${JSON.stringify(text)}, its words unspotted`);
  if (findModifiedMonths(text, 0, REF_DAY).length > 0) assert.ok((found & 2) !== 0, `a month in ${JSON.stringify(text)}, its words unspotted`);
}

test('a sentence with a bare year or a modified month holds the words the time stage spots for them', () => {
  const piece = fc.constantFrom('in ', 'since ', 'last ', 'this ', 'next ', 'this past ', 'May', 'March', 'December', 'june', '1998', '2015', '2009-10', '1957-58',
    '19', '20', '0', ' ', ', ', '.', '-', 'the ', 'talks ', 'by ', 'F-', '$', "'s", 'FY', 'Q3 ', '\u00a0', 'é');
  fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (parts) => check(parts.join(''))), { numRuns: 4000 });
  for (const s of ['Talks resumed in 2014 after a pause.', 'The strike began last May and ended this March.', 'He served from 1957-58 until the next year.', 'No year or month here at all.']) check(s);
});

test('the words are where the finders look', () => {
  assert.deepEqual(findYears('It was built in 2003.', 0).map((t) => t.text), ['2003']);
  assert.equal(spotter.spot('It was built in 2003.') & 1, 1);
  assert.deepEqual(findModifiedMonths('Prices rose last May.', 0, REF_DAY).map((t) => t.text), ['last May']);
  assert.equal(spotter.spot('Prices rose last May.') & 2, 2);
  assert.equal(spotter.spot('Prices rose sharply.'), 0);
});

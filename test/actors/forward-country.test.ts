// A role with no country of its own and none named before it: a country named past the role's own
// verb ("pressing ahead with an inquiry into a Canadian company") is what its clause is about. When
// the article names another country in more sentences than this one, that focus is the better guess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOf } from './helpers.js';

test('a country past the role\'s verb gives way to the article\'s focus', () => {
  const text = 'The Kenyan parliament returned from its recess on Monday. Its members face a busy week. '
    + 'Lawmakers are pressing ahead with an inquiry into the sale of a Canadian mining company.';
  assert.equal(codeOf(text, 'Lawmakers'), 'KEN');
});

test('a sentence alone has no focus beyond itself: the country after the verb still decides', () => {
  assert.equal(codeOf('Lawmakers are pressing ahead with an inquiry into the sale of a Canadian mining company.', 'Lawmakers'), 'CAN');
});

test('a country before the verb is still the role\'s own', () => {
  const text = 'The Kenyan parliament returned from its recess on Monday. Its members face a busy week. '
    + 'Lawmakers from Uganda are pressing ahead with an inquiry into the sale of a mining company.';
  assert.equal(codeOf(text, 'Lawmakers'), 'UGA');
});

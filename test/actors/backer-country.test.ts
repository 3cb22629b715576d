// A country that backs or leads ("Russian-backed", "US-led") describes the backer, not the people
// near it: a generic agent with no country of its own does not take it from the nearest mention.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOf } from './helpers.js';

test('a backer named just before is no country clue for a generic agent', () => {
  const text = 'Fighting went on near Homs in Syria for a third week. A Turkish-backed offensive shelled the town, and villagers fled.';
  assert.equal(codeOf(text, 'villagers'), 'SYR');
});

test('a backer named after the agent in its sentence is no country clue either', () => {
  assert.equal(codeOf('Teachers said the Saudi-led coalition had bombed their school.', 'Teachers'), null);
});

test('a country that is not a backer is still the nearest clue', () => {
  const text = 'Fighting went on near the border for a third week. Syrian troops shelled the town, and villagers fled.';
  assert.equal(codeOf(text, 'villagers'), 'SYR');
});

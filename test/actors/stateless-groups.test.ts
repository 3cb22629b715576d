// A group named by a people or a region wider than one state ("Kurdish militias", "Arab leaders",
// "European officials") takes no country from the nearest country mention: the sentence's state
// is often the group's adversary or host, not its own (data/actors/word-classes.json nonNational).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const actorOf = (text: string, words: string) =>
  annotate({ id: 't', text, published: '2022-04-01' }).actors.filter((a) => a.text === words).map((a) => `${a.actor.code ?? '-'}/${a.actor.sector ?? '-'}`);

test('a people without a state of its own does not borrow the nearest state', () => {
  assert.deepEqual(actorOf('Turkey said Kurdish militias attacked the border post.', 'militias'), ['-/MIL']);
  assert.deepEqual(actorOf('Arab leaders condemned Israel on Sunday.', 'leaders'), ['-/GOV']);
});

test('a group with no qualifier still takes the country named near it', () => {
  assert.deepEqual(actorOf('Turkey said militias attacked the border post.', 'militias'), ['TUR/MIL']);
});

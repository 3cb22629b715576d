// A hedge before a count ("more than a dozen", "about a dozen", "up to a dozen") opens the subject's
// noun phrase; it is no preposition that would make the group a prepositional object and leave the
// verb with no actor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const actors = (text: string): string[] =>
  annotate({ id: 't', text, published: '2021-06-02' }).events.map((e) => `${e.type}:${e.actor.map((a) => a.text).join('+')}`);

test('a hedged count of people is the subject of the verb', () => {
  assert.deepEqual(actors('More than a dozen nurses have accused the Kenyan health minister of negligence.'), ['ACCUSE:nurses']);
  assert.deepEqual(actors('About a dozen soldiers attacked the village near Gao.'), ['ASSAULT:soldiers']);
  assert.deepEqual(actors('Up to a dozen militants attacked the army post on Friday.'), ['ASSAULT:militants']);
});

test('a bare count without a hedge reads as before', () => {
  assert.deepEqual(actors('A dozen nurses have accused the Kenyan health minister of negligence.'), ['ACCUSE:nurses']);
});

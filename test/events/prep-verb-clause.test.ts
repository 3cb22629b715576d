// "X did A and the Y fired at them": a verb with its own preposition and that preposition's object,
// opening a clause after "and", is that clause's verb, not a participle describing the noun before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string) => annotate({ id: 't', text, published: '2022-09-30' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.text).join(',')}`);

test('the second clause\'s act after "and" is coded', () => {
  assert.ok(types('The miners blocked the highway and the soldiers fired on them.').includes('ASSAULT soldiers'), types('The miners blocked the highway and the soldiers fired on them.').join('; '));
});

test('a participle with a "by" agent still describes its noun', () => {
  assert.ok(!types('The convoy reached the town and the soldiers fired at by snipers took cover.').includes('ASSAULT soldiers'));
});

// "came under fire for its decision", "came under attack from the president": criticism of a party,
// not violence. A party that comes under fire or attack for or over something is criticised (ACCUSE
// 111); coming under attack from a political actor, when what is attacked holds no arms, is words too
// (verbalWhenPolitical). Fire from a tank or from rebels on troops or a convoy stays an assault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string): string[] => annotate({ id: 't', text, published: '2021-03-03' }).events.map((e) => `${e.type}[${e.cameo}]`);

test('coming under fire for a decision is criticism, and no assault', () => {
  const got = types('The interior minister, Amara Okafor, has come under fire for her decision to close the refugee office.');
  assert.ok(!got.some((t) => t.startsWith('ASSAULT')), got.join(' '));
});

test('coming under attack from a president is criticism of an unarmed party', () => {
  assert.deepEqual(types('Farm workers in Chile came under attack from President Sebastian Pinera on Monday.'), ['ACCUSE[111]']);
});

test('fire from rebels on troops stays an assault', () => {
  assert.deepEqual(types('Peacekeepers in Mali came under fire from rebels near Gao on Monday.'), ['ASSAULT[190]']);
});

// Police searching for or hunting a suspect look into a crime (ACCUSE, investigate); they threaten no
// one, as the converted CAMEO dictionary's 130 for "search for * suspect" had it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const coded = (text: string): string[] => annotate({ id: 't', text, published: '2021-03-03' }).events.map((e) => `${e.type}.${e.mode ?? ''}`);

test('searching for a suspect is an investigation, no threat', () => {
  assert.deepEqual(coded('Police in Leeds are searching for two suspects after a robbery at a jewellery shop.'), ['ACCUSE.investigate']);
  assert.deepEqual(coded('Kenyan police were hunting the gunmen on Sunday.'), ['ACCUSE.investigate']);
});

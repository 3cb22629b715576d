// A converted CAMEO pattern with no word of its own besides the verb ("- * + [111] # MOCK") is the
// verb alone: the importer leaves it out, so the other verbs of its block (echo, repeat, imitate)
// do not read as criticism. Mocking a named party stays a criticism (verbs.json "~mock|ridicule").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string): string[] => annotate({ id: 't', text, published: '2019-03-04' }).events.map((e) => `${e.type} ${e.cameo}`);

test('echoing or repeating a view is no criticism', () => {
  assert.deepEqual(types('The Ohio senator echoed the mayor\'s view on Tuesday.'), []);
  assert.deepEqual(types('The prime minister repeated his worries about the tariffs.'), []);
  assert.deepEqual(types('His warning was echoed by the finance minister of Peru.'), []);
});

test('mocking a named party is still a criticism', () => {
  assert.deepEqual(types('The Ohio senator mocked the governor of Texas in a speech.'), ['ACCUSE 111']);
});

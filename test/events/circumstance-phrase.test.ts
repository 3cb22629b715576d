// A phrase opened by "following", "amid" or "despite" tells the circumstances of an act; the parties
// named in it are not whom the act was done to (data/events/word-classes.json circumstancePreps).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const recipients = (text: string) => annotate({ id: 't', text, published: '2019-05-02' }).events
  .map((e) => `${e.type}:${e.recipient.map((r) => r.text).join('|')}`);

test('the parties of a "following" phrase are no recipient', () => {
  assert.deepEqual(recipients('Government troops retreated following an assault by Tuareg fighters.'), ['RETREAT:']);
  assert.deepEqual(recipients('The mayor called for calm following clashes between students and the police.'), ['REQUEST:']);
});

test('a recipient named before the phrase is kept', () => {
  assert.deepEqual(recipients('The guerrillas surrendered to the army amid reports of a Nigerian offensive.'), ['RETREAT:army']);
});

// An attempt at material conflict is the act itself ("tried to storm the base"); an attempt at a
// cooperative or verbal act is not ("tried to negotiate"), nor an attempt told by a noun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const doc = (text: string) => annotate({ id: 't', text, published: '2019-11-20' });

test('"attempted to storm" an army post is an assault', () => {
  const e = doc('Armed militants attempted to storm an Egyptian army post in Sinai.').events.find((x) => x.type === 'ASSAULT');
  assert.ok(e, 'an ASSAULT');
});

test('an attempted assassination is CAMEO 185', () => {
  const e = doc('Rebels attempted to assassinate the president of Chad.').events[0];
  assert.equal(e?.type, 'ASSAULT');
  assert.equal(e?.cameo, '185');
});

test('an attempt at talks is no talks held, and a noun "attempts to" tells of what may come', () => {
  assert.equal(doc('Chad tried to negotiate with the rebels.').events.length, 0);
  assert.equal(doc('Attempts by Chad to retake the town will lead to bloodshed.').events.filter((x) => x.type === 'ASSAULT').length, 0);
});

// Agreeing to a ceasefire is a promise to de-escalate, CAMEO 0356 (AGREE), as the CAMEO 2.0
// dictionary codes "agree to truce"; declaring one is the de-escalation itself, 0871 (RETREAT).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const codes = (text: string) => annotate({ id: 't', text, published: '2019-05-02' }).events.map((e) => `${e.type}:${e.cameo}`);

test('agreeing to a truce is an agreement', () => {
  assert.deepEqual(codes('Ethiopia agreed to a truce after a week of heavy fighting.'), ['AGREE:0356']);
});

test('declaring a truce stays a de-escalation', () => {
  assert.deepEqual(codes('Ethiopia declared a truce after a week of heavy fighting.'), ['RETREAT:0871']);
});

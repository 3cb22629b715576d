// A passive arrest that names no agent was made by the authorities of the place it was made in
// ("was detained in Egypt" -> EGY); with a "by" agent or no place, nothing is read in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const arrests = (text: string) => annotate({ id: 't', text, published: '2019-05-02' }).events
  .filter((e) => e.mode === 'arrest').map((e) => `${e.actor.map((a) => `${a.code ?? '-'}/${a.sector ?? '-'}`).join('|')}>${e.recipient.map((r) => r.code ?? '-').join('|')}`);

test('the place of an agentless passive arrest gives its authorities', () => {
  assert.deepEqual(arrests('A Dutch aid worker has been detained in Egypt since March.'), ['EGY/GOV>NLD']);
});

test('a named agent or no place leaves the actor as read', () => {
  assert.deepEqual(arrests('A Dutch aid worker was detained by Egyptian police.'), ['EGY/COP>NLD']);
  assert.deepEqual(arrests('Four Dutch aid workers were detained on Monday.'), ['>NLD']);
});

test('authorities read from the place do not raise the confidence as a named agent would', () => {
  const conf = (text: string) => annotate({ id: 't', text, published: '2019-05-02' }).events.find((e) => e.mode === 'arrest')?.confidence;
  assert.equal(conf('A Dutch aid worker has been detained in Egypt.'), conf('A Dutch aid worker has been detained.'));
});

test('the people of a protest read from its place are inferred too, below a protest whose people are named', () => {
  const conf = (text: string) => annotate({ id: 't', text, published: '2019-05-02' }).events.find((e) => e.type === 'PROTEST')?.confidence ?? 0;
  assert.ok(conf('Thousands marched in Hebron on Friday.') < conf('Thousands of Palestinians marched in Hebron on Friday.'));
});

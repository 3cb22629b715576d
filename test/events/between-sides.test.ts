// Violence told by its noun with no agent before it ("fighting between A and B left ten dead") is
// still between parties: the sides named after "between".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const brief = (text: string) => annotate({ id: 't', text, published: '2020-02-14' }).events
  .map((e) => `${e.type} ${e.actor.map((a) => a.text).join(',')}>${e.recipient.map((r) => r.text).join(',')}`);

test('the first side after "between" acts, the other receives', () => {
  assert.deepEqual(brief('Fighting between the police and the miners left four dead.'), ['ASSAULT police>miners']);
});

test('an agent before the noun still wins over the sides', () => {
  assert.ok(!brief('Police clashes with students left two injured.').some((b) => b.includes('>students,')));
});

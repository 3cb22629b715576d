// Forces a party says it will send are a deployment to come, not a threat against the place they go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

test('a deployment announced for the future stays MOBILIZE, marked future', () => {
  const doc = annotate({ id: 't', text: 'Portugal will send 300 soldiers to Mozambique to train its navy.', published: '2021-06-01' });
  const e = doc.events.find((x) => x.actor.some((a) => a.code === 'PRT'));
  assert.ok(e, JSON.stringify(doc.events.map((x) => x.type)));
  assert.equal(e.type, 'MOBILIZE');
  assert.equal(e.modality.future, true);
});

test('a promised attack is still a threat', () => {
  const doc = annotate({ id: 't', text: 'Portugal said it will attack the pirate bases.', published: '2021-06-01' });
  assert.ok(doc.events.some((x) => x.type === 'THREATEN'), JSON.stringify(doc.events.map((x) => x.type)));
});

// A participle after the noun it describes is a reduced passive: the noun undergoes the act. One
// adverb may stand between ("journalists previously convicted of espionage"): they are the ones
// convicted, not the ones who convicted someone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

test('"two journalists previously convicted of espionage": the journalists are convicted, no one is their recipient', () => {
  const doc = annotate({ id: 't', text: 'The court freed two journalists previously convicted of espionage in Iran.', published: '2019-05-05' });
  const convict = doc.events.find((e) => e.mode === 'convict');
  assert.ok(convict, doc.events.map((e) => e.type).join());
  assert.deepEqual(convict.actor.map((a) => a.sector), []);
  assert.deepEqual(convict.recipient.map((a) => a.sector), ['JRN']);
});

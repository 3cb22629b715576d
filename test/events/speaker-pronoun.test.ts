// "X said (that) he ...": the pronoun right after a speech verb is its speaker, also past a time
// between them ("said on Monday he would resign"), not a person named in an earlier sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const actorsOf = (text: string, type: string) =>
  annotate({ id: 't', text, published: '2019-06-12' }).events.filter((e) => e.type === type).map((e) => e.actor.map((a) => a.actorId));

test('a time between the speech verb and the pronoun keeps the speaker', () => {
  const text = 'Xi Jinping met Jacinda Ardern in Beijing on Monday. Senate leader Tom Ravell said on Tuesday he would reject the proposal.';
  const ids = actorsOf(text, 'REJECT');
  assert.equal(ids.length, 1);
  assert.ok(!ids[0]!.some((id) => /ardern|xi-jinping/.test(id)), ids.join(','));
});

test('declining to give details rejects nothing', () => {
  assert.deepEqual(actorsOf('The Kenyan interior ministry declined to give details of the raid.', 'REJECT'), []);
});

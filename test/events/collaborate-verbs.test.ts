// "collaborated with", "teamed up with", "partnered with" a party is cooperation, as "cooperated
// with" is (CAMEO 060); with no party after "with" it is none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const coop = (text: string) => annotate({ id: 't', text, published: '2022-05-30' }).events.filter((e) => e.type === 'COOPERATE');

for (const phrase of ['collaborated with', 'teamed up with', 'partnered with'])
  test(`"Ghana ${phrase} Togo" is cooperation`, () => {
    const [e] = coop(`Ghana ${phrase} Togo on border security last year.`);
    assert.ok(e, 'a COOPERATE');
    assert.deepEqual(e.actor.map((a) => a.code), ['GHA']);
    assert.deepEqual(e.recipient.map((a) => a.code), ['TGO']);
  });

test('collaborating with no party named is no cooperation', () => {
  assert.equal(coop('The two artists collaborated with enthusiasm on the album.').length, 0);
});

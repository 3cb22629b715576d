// Verbs of disapproval from the PETRARCH-2 DENOUNCE and DENIGRATE blocks (CAMEO 111), which the
// converter leaves out as verbs alone: entente's own verbs.json lists them. The ones that also take a
// thing for object ("belittled the threat") are an event only with a party for object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const accusations = (text: string) => annotate({ id: 't', text, published: '2021-09-20' }).events.filter((e) => e.type === 'ACCUSE' && e.cameo === '111');

for (const verb of ['castigated', 'censured', 'chastised', 'lambasted', 'reproached', 'admonished', 'reprimanded', 'derided', 'disparaged', 'denigrated'])
  test(`"Chile ${verb} Bolivia" is Chile's disapproval of Bolivia`, () => {
    const [e] = accusations(`Chile ${verb} Bolivia over the border closure on Monday.`);
    assert.ok(e, 'an ACCUSE 111');
    assert.deepEqual(e.actor.map((a) => a.code), ['CHL']);
    assert.deepEqual(e.recipient.map((a) => a.code), ['BOL']);
  });

test('belittling a thing, no party, is no event', () => {
  assert.equal(accusations('The spokesman belittled the risk of a recession.').length, 0);
});

// "Nguyen, who was detained by authorities on his way to meet Obama": in a passive, the one acted on is
// the name a person's relative word stands for, even one no dictionary knows; a party later in the
// clause is not (events/participants.ts relativeUnknownName, data/events/cues.json personRelatives).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const arrests = (text: string) =>
  annotate({ id: 't', text, published: '2018-05-02' }).events.filter((e) => e.type === 'COERCE').map((e) => e.recipient.map((r) => r.text));

test('the unknown name before "who" is the one detained, not a party named later', () => {
  assert.deepEqual(arrests('Tran Van Minh, who was detained by police on his way to meet Angela Merkel, said he had done nothing wrong.'), [['Tran Van Minh']]);
});

test('"that" after a thing stands for the thing, and a thing named is no person', () => {
  const fired = annotate({ id: 't', text: 'Experts examined the Glock that was fired at Mendez by the guard.', published: '2018-05-02' });
  assert.ok(fired.events.every((e) => e.recipient.every((r) => r.text !== 'Glock')));
});

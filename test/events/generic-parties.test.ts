// Two uncoded groups of one sector named by their kind ("villagers", "men": the actors stage gives both
// the id of their sector) are two parties in violence: one may beat the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docWith } from './make-doc.js';
import { annotate } from '../../src/pipeline.js';

const civ = (text: string) => ({ text, code: null, sector: 'CVL' as const, id: 'CVL' });

test('one civilian group beating another has the other as recipient', () => {
  const d = docWith('the farmhands beat the drovers with sticks near the well.', [civ('farmhands'), civ('drovers')]);
  assert.deepEqual(d.events.map((e) => [e.type, e.actor.map((a) => a.text), e.recipient.map((r) => r.text)]), [['ASSAULT', ['farmhands'], ['drovers']]]);
});

test('a passive beating by another civilian group is not dropped for want of a recipient', () => {
  const d = docWith('the cyclist was beaten by a gang of loafers outside the cinema.', [civ('cyclist'), civ('loafers')]);
  assert.deepEqual(d.events.map((e) => [e.type, e.actor.map((a) => a.text), e.recipient.map((r) => r.text)]), [['ASSAULT', ['loafers'], ['cyclist']]]);
});

test('the same group named again is still not its own recipient', () => {
  const d = docWith('the farmhands beat the farmhands of the next estate.', [civ('farmhands')]);
  assert.ok(d.events.every((e) => e.recipient.length === 0), JSON.stringify(d.events.map((e) => e.recipient)));
});

test('an object pronoun after a group named by its kind stands for the group before, not for the actor itself', () => {
  const events = annotate({ id: 't', text: 'A crowd gathered outside the depot. The police fired at them.', published: '2019-05-05' }).events;
  assert.deepEqual(events.filter((e) => e.type === 'ASSAULT').map((e) => [e.actor.map((a) => a.text), e.recipient.map((r) => r.text)]), [[['police'], ['crowd']]]);
});

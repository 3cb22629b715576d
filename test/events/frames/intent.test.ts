// "vowed/threatened to ...": the complement decides between agreement and threat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';

test('intent: threatening violence is THREATEN with the violence code', () => {
  const d = docWith('Iran threatened to attack Israel if the strikes continued.', [{ text: 'Iran', code: 'IRN' }, { text: 'Israel', code: 'ISR' }]);
  assert.deepEqual(brief(d), ['THREATEN IRN>ISR']);
  assert.equal(d.events[0]!.cameo, '138');
  assert.equal(d.events[0]!.mode, 'violence');
});

test('intent: pledging help is AGREE, and the help itself is not yet an event', () => {
  const d = docWith('Japan pledged to send aid to Nepal after the earthquake.', [{ text: 'Japan', code: 'JPN' }, { text: 'Nepal', code: 'NPL' }]);
  assert.deepEqual(brief(d), ['AGREE JPN>NPL']);
  assert.equal(d.events[0]!.cameo, '030');
});

test('intent: the place of the threatened act stands in for a missing recipient', () => {
  const d = docWith('Israel threatened to bomb targets in Gaza.', [{ text: 'Israel', code: 'ISR' }]);
  assert.deepEqual(brief(d), ['THREATEN ISR>PSE']);
});

test('intent: in the passive the subject is threatened', () => {
  const d = docWith('South Korea was threatened by North Korea with an attack on its ships.', [{ text: 'South Korea', code: 'KOR' }, { text: 'North Korea', code: 'PRK' }]);
  assert.deepEqual(brief(d), ['THREATEN PRK>KOR']);
});

// Phrases that look like aid, agreement or coercion but are none (data/events/idioms.json):
// help asked "for" is a request, not aid by the one asked; lending credibility or weight helps no
// party; authorising a municipality expels no one; an arrest report is a document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string): string[] => annotate({ id: 't', text, published: '2021-03-03' }).events.map((e) => e.type);

test('help asked for is not aid given by the one asked', () => {
  assert.deepEqual(types('The parents of a teacher jailed in Iran have begged Theresa May for help after his lawyer spoke out.').filter((t) => t === 'AID'), []);
  assert.deepEqual(types('A neighbour heard the woman screaming for help and called the police, according to a statement from Leeds police.'), []);
  assert.deepEqual(types('Syrian Kurds appealed to the Assad government for help against a Turkish offensive near Afrin.'), ['REQUEST']);
});

test('lending credibility or weight is no promise of aid', () => {
  assert.deepEqual(types('Critics fear that the UN envoy by attending the Sochi congress will lend credibility to a process run by Moscow.'), []);
  assert.deepEqual(types('The Saudi foreign minister will lend weight to the talks in Geneva.'), []);
});

test('authorising a municipality expels no one; clearing a village does', () => {
  assert.deepEqual(types('The ministry authorized the municipality to issue bonds in Kenya.'), []);
  assert.deepEqual(types('The army cleared the village of its residents in Darfur.'), ['COERCE']);
});

test('an arrest report is no arrest', () => {
  assert.deepEqual(types('He struck the officer twice, according to the Boise Police Department arrest report.'), []);
});

test('aid still given is aid', () => {
  assert.deepEqual(types('Jordan helped Iraq with fuel and water last winter.'), ['AID']);
});

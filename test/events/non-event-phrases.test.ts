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

test('a court appearance is no arrest by the court', () => {
  assert.deepEqual(types('Three teenagers appeared in court in Leeds on Monday over the stadium riot.'), []);
  assert.deepEqual(types('Police arrested two men in Leeds on Monday.'), ['COERCE']);
});

test('ruling an area "for" years, a message gone unanswered "for" a week: no journey', () => {
  assert.deepEqual(types('Police entered Douma under a deal with Jaish al-Islam, the armed group that controlled the town for years.'), []);
  assert.deepEqual(types('The 40-year-old Briton had just completed a trip to Mecca and his messages to his family in Leeds had gone unanswered for over a week.'), ['CONSULT']);
});

test('recovering from a war seizes nothing; recovering arms from a party does', () => {
  assert.deepEqual(types('The Yemeni army is still recovering from the failed rebel offensive against President Hadi.'), []);
  assert.deepEqual(types('The Syrian army recovered weapons from the rebels in Homs.'), ['COERCE']);
});

test('calling a race for a candidate is no demand', () => {
  assert.deepEqual(types('CNN and other networks called the race for Macron in France.'), []);
});

test('what someone has "ever" met or visited is experience, not a meeting or visit', () => {
  assert.deepEqual(types('The nurse was shot dead in Aleppo, one of the bravest women I have ever met.'), ['ASSAULT']);
  assert.deepEqual(types('It was the finest city the Kenyan president had ever visited.'), []);
  assert.deepEqual(types('Putin met Erdogan in Sochi on Monday.'), ['CONSULT']);
});

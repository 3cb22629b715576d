// Entries that are events only for some actors (verbs.json "actorWords", "actorSectors").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from './make-doc.js';

test('protesters who rally or gather protest; others who gather do not', () => {
  const rally = docWith('Thousands of Chilean protesters rallied across the country on Saturday.', [{ text: 'Chilean protesters', code: 'CHL', sector: 'CVL' }]);
  assert.deepEqual(brief(rally), ['PROTEST CHL>']);
  const summit = docWith('European leaders gathered in Brussels on Thursday.', [{ text: 'European leaders', code: 'EUR', sector: 'GOV' }]);
  assert.deepEqual(brief(summit), []);
});

test('a protest that was held is a protest by the people of its place', () => {
  const d = docWith('A peaceful protest was held in Lilongwe on Friday.', []);
  assert.deepEqual(brief(d).map((b) => b.split(' ')[0]), ['PROTEST']);
  assert.equal(d.events[0]!.actor[0]!.code, 'MWI');
});


test('hedged and conditional arrests are not counted', () => {
  const likely = docWith('The party leaders are likely to be arrested on Friday.', [{ text: 'party leaders', code: null, sector: 'PTY' }]);
  assert.deepEqual(brief(likely), []);
  const inCase = docWith('Unions will strike in case the government arrested their leaders.', [{ text: 'Unions', code: null, sector: 'LAB' }, { text: 'government', code: 'IND', sector: 'GOV' }]);
  assert.ok(!inCase.events.some((e) => e.type === 'COERCE'));
});

test('police who had to fire rounds fired them', () => {
  const d = docWith('The police had to fire several rounds to scatter the crowd.', [{ text: 'police', code: null, sector: 'COP' }]);
  assert.deepEqual(d.events.map((e) => `${e.type} ${e.mode}`), ['ASSAULT firearms']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf, one, find } from './helpers.js';

test('country names, aliases and possessives resolve to ISO3 states', () => {
  const doc = actorsOf('Britain and the U.S. spoke with Turkey on Monday. Later, Burma’s rulers met envoys from Holland and Russia’s neighbours.', '2015-11-26');
  assert.equal(one(doc, 'Britain').actor.code, 'GBR');
  assert.equal(one(doc, 'U.S.').actor.code, 'USA');
  assert.equal(one(doc, 'Turkey').actor.code, 'TUR');
  assert.equal(one(doc, 'Turkey').actor.sector, null);
  assert.equal(one(doc, 'Turkey').via, 'country');
  // possessive with a curly apostrophe is stripped from the span and the role takes the country
  const rulers = doc.actors.find((a) => a.text.startsWith('Burma'));
  assert.ok(rulers);
  assert.equal(rulers.actor.code, 'MMR');
  assert.equal(one(doc, 'Holland').actor.code, 'NLD');
  const gpe = doc.mentions.filter((m) => m.type === 'GPE').map((m) => m.text);
  assert.ok(gpe.includes('Russia'), gpe.join(','));
});

test('demonyms prefer UN member states: French is FRA, not ATF', () => {
  const doc = actorsOf('A French frigate and an American drone were seen, and Dutch officials complained.', '2020-01-01');
  const fr = find(doc, 'French frigate')[0] ?? one(doc, 'French');
  assert.equal(fr.actor.code, 'FRA');
  assert.equal(one(doc, 'American drone').actor.code, 'USA');
  assert.equal(one(doc, 'American drone').actor.sector, 'MIL');
  assert.equal(one(doc, 'Dutch officials').actor.code, 'NLD');
  assert.equal(one(doc, 'Dutch officials').actor.sector, 'GOV');
});

test('"America" inside a media name is not the USA', () => {
  const doc = actorsOf('Viewers can watch Al Jazeera America tonight, the network said.');
  assert.equal(find(doc, 'America').length, 0);
  assert.equal(one(doc, 'Al Jazeera America').actor.sector, 'JRN');
});

test('capitals used as actors take the country with sector GOV; "in Moscow" does not', () => {
  const doc = actorsOf('Moscow rejected the proposal. Washington urged restraint. The talks were held in Moscow.');
  const m = find(doc, 'Moscow');
  assert.equal(m.length, 1);
  assert.equal(m[0]!.actor.code, 'RUS');
  assert.equal(m[0]!.actor.sector, 'GOV');
  assert.equal(one(doc, 'Washington').actor.id, 'USA-GOV');
  assert.equal(doc.mentions.filter((x) => x.text === 'Moscow').length, 2);
});

test('the first of two capitals joined as the subject acts too: "Ankara and Baghdad agreed"', () => {
  const doc = actorsOf('Ankara and Baghdad agreed to reopen the pipeline. Trucks drove between Ankara and the border.');
  const ankara = find(doc, 'Ankara');
  assert.equal(ankara.length, 1);
  assert.equal(ankara[0]!.actor.id, 'TUR-GOV');
  assert.equal(one(doc, 'Baghdad').actor.id, 'IRQ-GOV');
});

test('a capital with a relative clause after its comma is the subject; a dateline is not', () => {
  const doc = actorsOf('Tensions rose. Moscow, which denied the charges, imposed new sanctions on Monday.');
  assert.equal(one(doc, 'Moscow').actor.id, 'RUS-GOV');
  const apposed = actorsOf('Washington, the region\'s main power, has imposed sanctions. Paris, the French capital, was quiet.');
  assert.equal(one(apposed, 'Washington').actor.id, 'USA-GOV');
  assert.equal(find(apposed, 'Paris').length, 0);
  const dated = actorsOf('Nairobi, March 3 - The talks ended without a deal.');
  assert.equal(find(dated, 'Nairobi').length, 0);
});

test('a capital before a reporting verb the tagger reads as an adjective is the subject: "Kigali alleged that"', () => {
  const doc = actorsOf('Kigali alleged that the militia was armed from abroad. The envoy flew to Kigali, alleged by some to be safe.');
  assert.equal(find(doc, 'Kigali').length, 1);
  assert.equal(one(doc, 'Kigali').actor.id, 'RWA-GOV');
});

test('a capital with a short date before its verb is the subject: "Moscow on Tuesday denied"', () => {
  const doc = actorsOf('Moscow on Tuesday denied the report. Beijing last week warned Manila. The talks in Cairo on Monday ended.');
  assert.equal(one(doc, 'Moscow').actor.id, 'RUS-GOV');
  assert.equal(one(doc, 'Beijing').actor.id, 'CHN-GOV');
  assert.equal(find(doc, 'Cairo').length, 0);
  // a one-word date: "yesterday", "today"
  const one_word = actorsOf('Hanoi yesterday rejected the claim. Ankara today summoned the envoy. The talks in Lima yesterday ended.');
  assert.equal(one(one_word, 'Hanoi').actor.id, 'VNM-GOV');
  assert.equal(one(one_word, 'Ankara').actor.id, 'TUR-GOV');
  assert.equal(find(one_word, 'Lima').length, 0);
});

test('a country or demonym before a currency names the currency, not an actor', () => {
  const doc = actorsOf('The governor took US $2 million and 40 million Kenyan shillings, and the US protested.');
  assert.equal(find(doc, 'US').length, 1);
  assert.equal(find(doc, 'Kenyan').length, 0);
  // nor the country of a role with no country of its own
  const role = actorsOf('Former minister Tomas Okello is said to have taken US $3 million from the fund.');
  assert.notEqual(one(role, 'minister Tomas Okello').actor.code, 'USA');
});

test('adjectival demonyms the country table lacks: a Philippine ministry is PHL, and the Philippines stays the country', () => {
  const doc = actorsOf('The Philippine army said Maldivian officials had met envoys from the Philippines.', '2020-01-01');
  assert.equal(one(doc, 'Philippine army').actor.code, 'PHL');
  assert.equal(one(doc, 'Philippine army').actor.sector, 'MIL');
  assert.equal(one(doc, 'Maldivian officials').actor.code, 'MDV');
  assert.equal(one(doc, 'Philippines').via, 'country');
});

test('Rhode Island and Coney Island are not Iceland: world-countries\' alternative spelling "Island" is no country name', () => {
  const doc = actorsOf('Officers in Rhode Island arrested a man near Coney Island, and Iceland protested to Norway.', '2019-03-01');
  assert.equal(doc.actors.filter((a) => a.actor.code === 'ISL').map((a) => a.text).join('|'), 'Iceland');
});

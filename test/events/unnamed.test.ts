// Arrests of a party no dictionary knows are kept, with the party's words and no code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docWith } from './make-doc.js';

test('an arrest of an unknown party keeps the party as text with no code', () => {
  const d = docWith('Ravi and four others were arrested near the station on Sunday, he said.', []);
  assert.equal(d.events.length, 1);
  const e = d.events[0]!;
  assert.equal(`${e.type} ${e.mode}`, 'COERCE arrest');
  assert.deepEqual(e.recipient.map((r) => [r.text, r.code]), [['Ravi and four others', null]]);
  assert.deepEqual(e.actor, []);
});

test('a count with no noun is the party; a thing that "was arrested" is not', () => {
  const count = docWith('He said 120 were arrested from there.', []);
  assert.deepEqual(count.events.map((e) => e.recipient.map((r) => r.text)), [['120']]);
  const thing = docWith('It was arrested in its fall by the barrier.', []);
  assert.deepEqual(thing.events, []);
});

test('violence suffered with no agent named falls on its place or object', () => {
  const looted = docWith('Dozens of shops were looted in Pretoria overnight.', []);
  assert.deepEqual(looted.events.map((e) => [e.type, e.actor.length, e.recipient.map((r) => r.code)]), [['ASSAULT', 0, ['ZAF']]]);
  const bomb = docWith('A bomb hidden in a rubbish bin exploded in Izmir on Thursday, wounding several people.', [{ text: 'people', code: null, sector: 'CVL' }]);
  assert.deepEqual(bomb.events.map((e) => `${e.type} ${e.mode}`), ['ASSAULT explosives']);
});

test('protesters no dictionary knows still protest, with their words and no code', () => {
  const d = docWith('At least 400 supporters of the movement staged a demonstration outside the town hall, he said.', []);
  assert.deepEqual(d.events.map((e) => [e.type, e.actor.map((a) => [a.text, a.code])]), [['PROTEST', [['400 supporters of the movement', null]]]]);
});

test('clashes that have broken out are violence with no agent named', () => {
  const d = docWith('Clashes have broken out between police and demonstrators in Bahrain.', [{ text: 'police', code: null, sector: 'COP' }, { text: 'demonstrators', code: null, sector: 'CVL' }, { text: 'Bahrain', code: 'BHR' }]);
  assert.ok(d.events.some((e) => e.type === 'ASSAULT'), JSON.stringify(d.events.map((e) => e.type)));
});

test('an arrest by someone no dictionary knows keeps the arrester as text', () => {
  const d = docWith('Besides, Sharma had also arrested some persons close to the legislator, he said.', [{ text: 'persons', code: null, sector: 'CVL' }]);
  assert.deepEqual(d.events.map((e) => [e.type, e.mode, e.actor.map((a) => [a.text, a.code])]), [['COERCE', 'arrest', [['Sharma', null]]]]);
});

test('a sentence naming no party is still read when it holds a passive arrest', () => {
  // No dictionary actor and no place: the sentence used to be skipped before any trigger was read.
  const held = docWith('Manoj and two cousins were detained late at night.', []);
  assert.deepEqual(held.events.map((e) => [`${e.type} ${e.mode}`, e.recipient.map((r) => r.text)]), [['COERCE arrest', ['Manoj and two cousins']]]);
  const made = docWith('Several arrests were made after the clashes.', []);
  assert.deepEqual(made.events.map((e) => `${e.type} ${e.mode}`), ['COERCE arrest']);
  // A passive that is no arrest or violence stays unread in such a sentence.
  assert.deepEqual(docWith('The meeting was held in a large hall.', []).events, []);
});

test('an arrest coordinated with an earlier passive takes that passive\'s subject as the one held', () => {
  const d = docWith('About 30 pilgrims were stopped and arrested near the bridge on Tuesday.', []);
  assert.deepEqual(d.events.map((e) => [`${e.type} ${e.mode}`, e.recipient.map((r) => r.text)]), [['COERCE arrest', ['30 pilgrims']]]);
});

test('a passive arrest with an adverb after "was" is read in a sentence naming no party', () => {
  // "was later arrested": the cheap passive scan stepped over no adverb, so the sentence was skipped.
  const later = docWith('the gardener was later arrested near the old mill.', []);
  assert.deepEqual(later.events.map((e) => [`${e.type} ${e.mode}`, e.recipient.map((r) => r.text)]), [['COERCE arrest', ['gardener']]]);
  const finally_ = docWith('Two of the porters were finally taken into custody.', []);
  assert.deepEqual(finally_.events.map((e) => `${e.type} ${e.mode}`), ['COERCE arrest']);
});

test('an unknown party before a relative clause between commas is still the one arrested', () => {
  const d = docWith('the tenant, who had been hiding for a week, was finally arrested on friday.', []);
  assert.deepEqual(d.events.map((e) => [`${e.type} ${e.mode}`, e.recipient.map((r) => r.text)]), [['COERCE arrest', ['tenant']]]);
  // a comma right before the verb may close a list, not a relative clause: no party is read across it
  const list = docWith('The firm sorts the crates, which are what the depot checks for broken, injured or lost birds.', []);
  assert.deepEqual(list.events, []);
});

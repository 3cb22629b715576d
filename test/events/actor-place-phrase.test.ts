// The place phrase inside the actor's own noun phrase ("settlers in Hebron", "officials in Ankara")
// says where the actor is from or stands. It is not what the actor acts on, so it never stands in
// as the recipient of an event that names none; a place of action elsewhere in the clause still does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const dyads = (text: string) => annotate({ id: 't', text, published: '2021-04-04' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join('+')}>${e.recipient.map((r) => `${r.code}:${r.text}`).join('+')}`);

test("the place phrase of the actor's noun phrase is not the recipient", () => {
  assert.deepEqual(dyads('Officials in Georgia cracked down on dissent last week.'), ['COERCE GEO>']);
  assert.deepEqual(dyads('Villagers from Kandahar attacked a convoy on Sunday.').map((x) => x.split('>')[1]), ['']);
});

test('a place of action after the verb still stands in for the recipient', () => {
  assert.deepEqual(dyads('Police arrested six men in Nepal on Monday.').map((x) => x.split(' ')[0]), ['COERCE']);
  assert.match(dyads('Soldiers shelled Juba overnight.')[0]!, />SSD:Juba$/);
});

test('a place inside an apposition or relative clause of the subject is not the recipient', () => {
  assert.deepEqual(dyads('The parents of Tom Reeve, a Briton held by rebels in Libya, have accused the Foreign Office of neglect.'), ['ACCUSE GBR>']);
  assert.deepEqual(dyads('Ines Moreau, a French lawyer who works in Algeria, complained on Monday.'), ['ACCUSE FRA>']);
});

test("a participle's clause between commas still names where the act fell", () => {
  assert.deepEqual(dyads('Back then the family had little food, living in Mosul, getting bombed every night by coalition jets.'), ['ASSAULT >IRQ:Mosul']);
});

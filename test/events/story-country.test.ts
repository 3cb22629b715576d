// A generic agent with no country of its own ("the police", "paramilitary forces") serves the country
// the story is set in, read off its places; lower-case text still names its places; and a role word
// whose sector depends on that country (data/actors/national-sectors.json) takes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const actors = (text: string) => annotate({ id: 't', text, published: '2002-03-04' }).events.map((e) => `${e.type} ${e.actor.map((a) => `${a.code}:${a.sector}`).join(',')}`);
const places = (text: string) => annotate({ id: 't', text }).places.map((p) => `${p.text}:${p.country}`);

test('a story written all in lower case still names its cities, not its people or everyday words', () => {
  assert.deepEqual(places('the police in vadodara and surat detained nine men on sunday.'), ['vadodara:IND', 'surat:IND']);
  // "reading" and "mobile" are towns and everyday words: in lower case they stay words
  assert.deepEqual(places('the reading of the report on mobile networks took an hour.'), []);
  // with capitals the sentence keeps the usual rules: a lower-case city name is no place
  assert.deepEqual(places('The police in vadodara detained nine men, Reuters said.'), []);
});

test('police with no country in the story text serve the country of its places', () => {
  assert.deepEqual(actors('Police detained 40 people in Ahmedabad on Sunday. Shops stayed shut in Vadodara and Surat.'), ['COERCE IND:COP']);
  // places of two countries, neither leading: no country is guessed
  assert.deepEqual(actors('Police detained 40 people in Lahore on Sunday. Shops stayed shut in Vadodara.'), ['COERCE null:COP']);
});

test("India's paramilitary forces are its central armed police; elsewhere they stay military", () => {
  assert.deepEqual(actors('four companies of paramilitary forces were rushed to bhavnagar on monday. curfew stayed in force in ahmedabad and surat.'), ['MOBILIZE IND:COP']);
  assert.deepEqual(actors('Paramilitary forces were rushed to Medellin on Monday. Curfew stayed in force in Cali and Bogota.'), ['MOBILIZE COL:MIL']);
});

// The event's own place (src/events/attach-place.ts): the place of the trigger's clause, the most
// specific of a chain, reached through head nouns, and none from a complement clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import { attachPlace } from '../../src/events/attach-place.js';

function placeOf(text: string, trigger: string): string | null {
  const doc = annotate({ text, published: '2024-03-14' }, { until: 'place' });
  const at = text.indexOf(trigger);
  const s = doc.sentences.find((x) => x.start <= at && at < x.end);
  assert.ok(s, 'sentence');
  return attachPlace(doc, s, at, [])?.text ?? null;
}

test('the most specific place of a chain', () => {
  assert.equal(placeOf('The group said it downed a plane over the Sinai Peninsula in Egypt.', 'downed'), 'Sinai Peninsula');
  assert.equal(placeOf("Dozens were killed in Syria's Aleppo province on Friday.", 'killed'), 'Aleppo province');
});

test('head nouns and place-taking verbs', () => {
  assert.equal(placeOf('A reporter was shot on the outskirts of Karachi on Monday.', 'shot'), 'Karachi');
  assert.equal(placeOf('The army captured Jaffna last month.', 'captured'), 'Jaffna');
});

test('no place from a complement clause or a modifier', () => {
  assert.equal(placeOf('Both leaders insisted that a political transition in Syria must follow.', 'insisted'), null);
  assert.equal(placeOf('He was captured during the U.S.-led offensive.', 'captured'), null);
});

test('an apposed head noun and an opening locative phrase', () => {
  assert.equal(placeOf('Hundreds of students rallied in the capital Nairobi on Sunday.', 'rallied'), 'Nairobi');
  assert.equal(placeOf('In Mosul, a shopkeeper was shot by unknown men.', 'shot'), 'Mosul');
  // the opening phrase is a time, not a place: nothing
  assert.equal(placeOf('In June, a shopkeeper was shot by unknown men.', 'shot'), null);
});

test('a dateline gives its place to same-day statements of its country', async () => {
  const { datelinePlace } = await import('../../src/place/dateline.js');
  const text = 'NEW YORK (Reuters) - The mayor said on Monday the budget would pass.';
  const doc = annotate({ text, published: '2024-03-11' }, { until: 'place' });
  const zone = doc.zones.find((z) => z.kind === 'dateline');
  assert.ok(zone, 'dateline zone');
  const p = datelinePlace(doc, zone);
  assert.equal(p?.text, 'NEW YORK');
  assert.equal(p?.country, 'USA');
  // a dateline that names no known place gives none
  const other = annotate({ text: 'ZZYZXQ (Reuters) - The mayor said on Monday the budget would pass.', published: '2024-03-11' }, { until: 'place' });
  const z2 = other.zones.find((z) => z.kind === 'dateline');
  assert.equal(z2 ? datelinePlace(other, z2) : null, null);
});

test('places the gazetteer lacks, named by a head noun', () => {
  assert.equal(placeOf('Warlord forces captured the southwestern town of Huddur on Tuesday.', 'captured'), 'Huddur');
  assert.equal(placeOf('Fighters were killed in clashes in the towns of Tel Hamis and Tel Birak.', 'killed'), 'Tel Hamis');
  assert.equal(placeOf('A tanker bomb detonated in Albuhrat neighborhood near Fallujah on Friday.', 'detonated'), 'Albuhrat');
  // a name that ends the text, with no full stop after it
  assert.equal(placeOf('Troops entered the towns of Tel Hamis', 'entered'), 'Tel Hamis');
  // a sentence-initial determiner or a demonym is no name
  assert.equal(placeOf('Police patrolled a Georgian town on Monday.', 'patrolled'), null);
});

test('a place inside another through a head noun, and a country that only says whose', () => {
  assert.equal(placeOf("A man detonated a bomb near a mosque in Dagestan's regional capital Makhachkala.", 'detonated'), 'Makhachkala');
  assert.equal(placeOf('In the south Baghdad neighbourhood of Al-Bayaa, a roadside bomb killed one civilian.', 'killed'), 'Al-Bayaa');
  assert.equal(placeOf('A car bomb detonated near a US convoy on Sunday.', 'detonated'), null);
});

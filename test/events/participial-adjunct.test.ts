// A participial adjunct after a comma ("..., telling X that", "..., urging X to") is a clause with a
// verb of its own: its party is not the recipient of a verbal act before it, nor a place standing in
// for one (data/events/word-classes.json participlePreps: the -ing forms that are prepositions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const parties = (text: string) => annotate({ id: 't', text, published: '2021-03-14' }).events
  .map((e) => `${e.type} ${e.actor.map((a) => a.text).join(',')} -> ${e.recipient.map((r) => r.text).join(',')}`);

test('the one told in an adjunct is not the recipient of the act before', () => {
  assert.deepEqual(parties('The Estonian senator praised the proposal, telling Reuters that it was overdue.'), ['SUPPORT Estonian senator -> ']);
});

test('the object of an adjunct verb is no place standing in for the recipient', () => {
  assert.deepEqual(parties('Ghana condemned the massacre, urging Burkina Faso to find the culprits.'), ['ACCUSE Ghana -> ']);
});

test('a material act still takes the harm its adjunct names', () => {
  assert.deepEqual(parties('Police opened fire on the marchers, wounding four students.').map((p) => p.split(' ')[0]), ['ASSAULT']);
});

test('an -ing form that works as a preposition opens no adjunct', () => {
  assert.deepEqual(parties('Iraq called on its partners, including Canada, to take back their citizens.'), ['REQUEST Iraq -> Canada']);
});

// Issue 15, "wrong parties": the recipient is who is acted on or addressed, not what the act is
// about. What is discussed is a topic; who it is discussed with is the party met.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join(',')} -> ${e.recipient.map((r) => r.code).join(',')}`);

test('what is discussed is the topic, not the recipient (verbs.json recipientPreps)', () => {
  assert.deepEqual(events('The presidents of Chile and Peru discussed Bolivia on Monday.'), ['CONSULT CHL,PER -> ']);
  assert.deepEqual(events("The Chilean foreign minister discussed Bolivia's claim to the sea with the Peruvian president."), ['CONSULT CHL -> PER']);
  // a participle may stand between "with" and the party
  assert.deepEqual(events('The Chilean president discussed the budget with leading Peruvian ministers.'), ['CONSULT CHL -> PER']);
});

const recipientCodes = (text: string) => events(text).map((e) => e.split(' -> ')[1]);

test('a party after "on", "over", "about", "concerning" a noun for what is said or decided is a topic', () => {
  // the refusal's recipient falls to the implied home government (PLOVER convention), not the topic
  assert.deepEqual(events('The Peruvian minister ignored internal recommendations on Bolivia, Ecuador and Colombia.'), ['REJECT PER -> PER']);
  assert.deepEqual(recipientCodes('The Chilean senate condemned the statements concerning Bolivians.'), ['']);
  assert.deepEqual(recipientCodes('Kenya and Uganda held talks on Somalia.'), ['']);
});

test('a noun for an act that falls on a party keeps it as the recipient; so does an investigation', () => {
  assert.deepEqual(recipientCodes('The European Union suspended sanctions on Myanmar.').slice(0, 1), ['MMR']);
  assert.deepEqual(recipientCodes('Germany expressed concern over Turkey.'), ['TUR']);
  assert.deepEqual(recipientCodes('Prosecutors in Lima are investigating allegations about Evo Morales.'), ['BOL']);
});

test('a party inside a question clause ("whether ...") is what is asked about, not the recipient', () => {
  assert.deepEqual(recipientCodes('The Chilean senator pressed the Peruvian minister on whether Bolivia and Ecuador could do the same.'), ['PER']);
  assert.deepEqual(events('The Chilean minister refused to answer questions about whether the Bolivian president had called him.'), ['REJECT CHL -> CHL']);
  // an investigation investigates what its question names
  assert.deepEqual(recipientCodes('Chilean prosecutors are investigating whether the Peruvian president took bribes.'), ['PER']);
});

test('after a verb of asking or speaking, an "about" phrase is the topic; after a complaint it names the one criticised', () => {
  assert.deepEqual(recipientCodes('The Chilean president apologized for talking about the Bolivian president.'), ['']);
  assert.deepEqual(recipientCodes('The Chilean senator complained about the Peruvian government.'), ['PER']);
});

test('a verbal act\'s gerund object is what it is about: "denies trying to sway the Chilean vote" is no act on Chile', () => {
  assert.deepEqual(events('Peru denies trying to sway the Chilean vote.'), ['REJECT PER -> ']);
  assert.deepEqual(events('Brazilian senators urged keeping tax breaks for Argentine exporters.'), ['REQUEST BRA -> ']);
  // a plain object is still whom the act falls on
  assert.deepEqual(events('Peru denied the charges from Chile.'), ['REJECT PER -> CHL']);
});

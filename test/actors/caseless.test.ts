// Sentences written all in lower case (some archives lose capitals): the dictionary's places and
// organisations still match, people only by a name that is not an everyday word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import { actorsOf, find } from './helpers.js';

test('countries, capitals and organisations match in a sentence without capitals', () => {
  const doc = actorsOf('pakistan accused india of shelling villages, and hamas said moscow had called.');
  assert.equal(find(doc, 'pakistan')[0]?.actor.code, 'PAK');
  assert.equal(find(doc, 'india')[0]?.actor.code, 'IND');
  assert.ok(find(doc, 'hamas').length === 1);
});

test('a single everyday word is not taken for a person, nor "us" for the United States', () => {
  const doc = actorsOf('the rice harvest may fall this year, farmers told us on the phone.');
  assert.equal(doc.actors.filter((a) => a.actor.code === 'USA' || /rice|may/.test(a.text)).length, 0);
});

test('a sentence with capitals keeps the capital demands', () => {
  const doc = actorsOf('The china cabinet and the turkey dinner were sold in Leeds.');
  assert.equal(find(doc, 'china').length + find(doc, 'turkey').length, 0);
});

test('an event in a caseless sentence gets its parties', () => {
  const e = annotate({ id: 't', text: 'hamas rejected the egyptian ceasefire proposal on monday.' }).events.find((x) => x.type === 'REJECT');
  assert.deepEqual(e?.actor.map((a) => a.code), ['PSE']);
  assert.deepEqual(e?.recipient.map((a) => a.code), ['EGY']);
});

test('in a sentence without capitals an acronym that is no English word still names its actor; one that is a word does not', () => {
  const doc = actorsOf('the eu suspended budget support to niger and told us nothing.', '2023-08-01');
  assert.ok(doc.actors.some((a) => a.text === 'eu' && a.actor.code === 'EUR'), JSON.stringify(doc.actors.map((a) => a.text)));
  assert.ok(!doc.actors.some((a) => a.text === 'us'));
});

test('a name in commas after a title in a caseless sentence is that person, and so is its surname later', () => {
  const doc = actorsOf('the superintendent of police, raul condori, told reporters the road was open. condori said six men were held.');
  assert.equal(find(doc, 'raul condori')[0]?.actor.sector, 'COP');
  assert.equal(find(doc, 'condori').at(-1)?.actor.sector, 'COP');
  // the second comma must close the name: "the police, residents said" names no one
  assert.equal(find(annotate({ id: 't', text: 'they were chased by the police commissioner, residents said.' }), 'residents').filter((a) => a.actor.sector === 'COP').length, 0);
});

test('a bracketed portfolio between a title and its holder does not part them, in either case', () => {
  // caseless: the name after "(law and order)" is the officer, and so is the surname later
  const doc = actorsOf('the superintendent of police (rural) kiran mendes told reporters the road was open. mendes said six men were held.');
  assert.equal(find(doc, 'mendes').at(-1)?.actor.sector, 'COP');
  // with capitals the holder's mention spans the bracket
  const cased = actorsOf('DCP (Crime) Rohan Verma said the gang had fled.');
  assert.ok(cased.actors.some((a) => a.actor.sector === 'COP' && a.text.endsWith('Rohan Verma')), JSON.stringify(cased.actors.map((a) => a.text)));
  // a bracket too long for a portfolio is left alone
  const long = actorsOf('the police commissioner (who had been on leave for most of the month) ravi menon said the city was calm.');
  assert.equal(find(long, 'ravi menon').filter((a) => a.actor.sector === 'COP').length, 0);
});

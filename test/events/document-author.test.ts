// A text someone issues as a clause's subject ("a statement from the ministry condemned ...", "a
// report by the UN accused ...") is its author's act: the party after "by"/"from" is the actor
// (data/events/word-classes.json authoredNouns, authorPreps), not a party in a prepositional phrase
// to pass over. With another verb between them the author does not act ("a report by X found ...
// with 40 killed").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2022-03-08' }).events;

test('a statement from a ministry condemns as the ministry', () => {
  const e = events('A statement from the Kenyan foreign ministry condemned the Somali raid.').find((x) => x.type === 'ACCUSE');
  assert.ok(e, 'an ACCUSE');
  assert.deepEqual(e.actor.map((a) => a.code), ['KEN']);
});

test('a report by the UN accuses as the UN, past a phrase of its own', () => {
  const e = events('A report by the UN on Myanmar\'s prisons accused Naypyidaw of abuse.').find((x) => x.type === 'ACCUSE');
  assert.ok(e, 'an ACCUSE');
  assert.deepEqual(e.actor.map((a) => a.code), ['UNO']);
});

test('the author of a report that found something does not do what the finding tells', () => {
  const harms = events('A report by Oxfam found last year was the worst of the war, with 40 children killed in the fighting.').filter((x) => x.type === 'ASSAULT');
  assert.ok(harms.every((e) => !e.actor.some((a) => /Oxfam/.test(a.text))));
});

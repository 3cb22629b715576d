// A party named in the "according to" phrase that opens a sentence is the source of the report: when
// the clause's own subject is a name no dictionary knows, the search for the subject (or, in a
// passive, for whom the act was done to) stops at the source instead of taking it as a party.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join(',')} -> ${e.recipient.map((r) => r.code).join(',')}`);

test('a source with modifiers before it is not the patient of a passive', () => {
  const got = events('According to one Hamas official, Yusuf was shot dead near the border on Friday.');
  assert.ok(!got.some((e) => e.includes('-> PSE')), got.join('; '));
});

test('a known subject after the source still acts', () => {
  assert.deepEqual(events('According to Egyptian state media, Israeli troops attacked the crossing.').filter((e) => e.startsWith('ASSAULT')), ['ASSAULT ISR -> ']);
});

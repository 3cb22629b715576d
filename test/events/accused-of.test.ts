// Issue 15, "extra events": what a party is accused or blamed of (data/events/cues.json
// accusationVerbs) is only alleged: a meeting named there is not coded as held.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => e.type);

test('talks named in the "of" or "for" phrase of an accusation are not an event', () => {
  assert.deepEqual(types('Armenia accused Turkey of wrecking its talks with Georgia.'), ['ACCUSE']);
  assert.deepEqual(types('Armenia blamed Turkey for the failure of the talks with Georgia.'), ['ACCUSE']);
});

test('a finite verb after the phrase heads a clause of its own', () => {
  assert.deepEqual(types('Georgian officials who accused Turkey of bias met with Armenia on Monday.'), ['ACCUSE', 'CONSULT']);
});

// Issue 15, "wrong recipient": the media a statement goes out through (data/events/frames.json medium)
// are not whom it addresses, when they follow a preposition; as the verb's object they still are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join(',')} -> ${e.recipient.map((r) => r.code).join(',')}`);

test('a news outlet after "on" or "with" is the medium of a denial, not its recipient', () => {
  assert.deepEqual(events('Iran rejected the charges on state television on Sunday.'), ['REJECT IRN -> ']);
  assert.deepEqual(events('Iran rejected the charges in an interview with CNN.'), ['REJECT IRN -> ']);
});

test('a news outlet as the object of the verb stays the recipient', () => {
  assert.deepEqual(events('Iran accused the BBC of spreading lies.'), ['ACCUSE IRN -> GBR']);
});

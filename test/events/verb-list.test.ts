// A list of verbs ("shelled, bombed and stormed the camp") shares one object: every verb of the list
// has the last one's recipient (events/view.ts verbListEnd).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const recipients = (text: string) =>
  annotate({ id: 't', text, published: '2011-03-02' }).events.map((e) => `${e.type}:${e.recipient.map((r) => r.text).join('|')}`);

test('every verb of a comma list takes the object after the last verb', () => {
  assert.deepEqual(recipients('Gunmen killed, beat and abducted six farmers near Goma.'), ['ASSAULT:farmers', 'ASSAULT:farmers', 'ASSAULT:farmers']);
  assert.deepEqual(recipients('Riot police beat, kicked, and detained 14 students in Harare.'), ['ASSAULT:students', 'COERCE:students']);
});

test('a comma and "and" before a verb of its own is a second clause, not a list', () => {
  const out = recipients('Kenyan police arrested the suspects, and plan to charge them on Monday.');
  assert.ok(out.every((r) => !r.endsWith('Monday')));
  assert.deepEqual(recipients('The rebels attacked, said the army.'), ['ASSAULT:']);
});

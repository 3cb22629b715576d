// Statements in quotation marks attributed to a speaker: "we"/"I" is the speaker, "us"/"our" the
// speaker as recipient; what a speaker says of others in words is their claim, not coded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

// A headline first: a lone line would be read as the story's title.
const code = (text: string) => annotate({ text: `Talks in the region\n\n${text}\n`, published: '2024-05-08' }).events;

test('"We will not talk to them," the minister said: a REJECT by the minister\'s government', () => {
  const [e, ...rest] = code('"We will not talk to them," Iran\'s foreign minister said on Monday.');
  assert.ok(e, 'one event');
  assert.equal(rest.length, 0);
  assert.equal(e.type, 'REJECT');
  assert.equal(e.actor[0]?.code, 'IRN');
  assert.equal(e.actor[0]?.sector, 'GOV');
});

test('a first-person promise in quotes is the speaker\'s threat, with its recipient', () => {
  const e = code('"We will impose new sanctions on Russia," the French president said on Tuesday.').find((x) => x.type === 'THREATEN');
  assert.ok(e);
  assert.equal(e.actor[0]?.code, 'FRA');
  assert.equal(e.recipient[0]?.code, 'RUS');
});

test('"our positions" in a quote makes the speaker the recipient', () => {
  const e = code('"Israel attacked our positions in the south," a Hezbollah spokesman said.').find((x) => x.type === 'ASSAULT');
  assert.ok(e);
  assert.equal(e.actor[0]?.code, 'ISR');
  assert.ok(e.recipient.length > 0, 'the speaker\'s side is the recipient');
});

test('what a speaker says of others in words, and quotes with no speaker, are not coded', () => {
  assert.deepEqual(code('"Germany rejected the plan," the Dutch minister said.').map((x) => x.type), []);
  assert.deepEqual(code('The banner read "We will not talk to them" in red letters.').map((x) => x.type), []);
});

test('a quotation that says a party must act, reported after it, is a demand on that party', () => {
  const d = annotate({ id: 't', text: '"Russia must withdraw its troops," the NATO chief said on Tuesday.' });
  assert.deepEqual(d.events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join('')}>${e.recipient.map((a) => a.code).join('')}`), ['REQUEST IGO>RUS']);
  // the speaker's own resolve is no demand
  assert.equal(annotate({ id: 't', text: '"We must stay calm," the president said.' }).events.length, 0);
});

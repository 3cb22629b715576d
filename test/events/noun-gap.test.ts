// A pattern whose gap stands for the words before a noun ("~launch * offensive") reaches over a
// longer run of such words ("a new air and ground offensive") but not over a preposition, which
// ends that noun's phrase: "launched an inquiry into the attack" is an inquiry, not an attack
// (data/events/README.md, gapNoPrep).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ text, published: '2019-10-09' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join(',')} -> ${e.recipient.map((r) => r.code).join(',')}`);

test('a longer run of words before the noun is still one offensive', () => {
  assert.deepEqual(events('Ankara launched a new air and ground offensive against Kurdish towns on Wednesday.').filter((e) => e.startsWith('ASSAULT')), ['ASSAULT TUR -> ']);
  assert.ok(events('The army mounted its massive land and sea assault at dawn.').some((e) => e.startsWith('ASSAULT')));
});

test('the gap stops at a preposition: an inquiry into an attack is no attack', () => {
  assert.ok(!events('Police launched an inquiry into the attack on the temple.').some((e) => e.startsWith('ASSAULT')));
  // "of" stays inside the noun's words
  assert.ok(events('Rebels launched a wave of attacks on army posts.').some((e) => e.startsWith('ASSAULT')));
});

// An agentless harm to property ("homes were burned") reads its noun and verb inside one clause: its
// gap does not cross a comma, so a list of acts ("shelled villages, torched houses and ...") is no
// report of what befell the villages (data/events/README.md, gapNoComma).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const triggers = (text: string) => {
  const doc = annotate({ text, published: '2023-04-02' });
  return doc.events.map((e) => text.slice(e.trigger.start, e.trigger.end));
};

test('the noun-first property pattern does not reach over a comma', () => {
  assert.ok(!triggers('Militia fighters shelled villages, torched houses and stole cattle.').some((t) => t.startsWith('villages')));
});

test('... and still reads the passive in one clause', () => {
  assert.ok(triggers('Dozens of houses were torched overnight.').some((t) => /houses were torched/.test(t)));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const TEXT = [
  '"We will not reopen the border until the smuggling stops," Chilean Foreign Minister Ana Ruiz said on Monday.',
  '',
  'Peru answered within hours. Its envoy told reporters: "Chile is punishing farmers on both sides for a crime they did not commit."',
  '',
  'A Lima daily quoted Ruiz as saying "the door stays open for talks in March" and called the move a "calculated pause".',
].join('\n');

test('quotes keep their spans, speakers and reporting verbs; scare quotes are skipped', () => {
  const doc = annotate({ text: TEXT, published: '2024-03-04' });
  const qs = doc.quotes ?? [];
  for (const q of qs) assert.equal(TEXT.slice(q.start, q.end), q.text);
  assert.equal(qs.length, 3, qs.map((q) => q.text).join(' | '));
  assert.match(qs[0]!.text, /^We will not reopen the border/);
  assert.match(qs[0]!.speakerText ?? '', /Ruiz/);
  assert.equal(TEXT.slice(qs[0]!.cue!.start, qs[0]!.cue!.end), 'said');
  assert.match(qs[1]!.speakerText ?? '', /envoy/i);
  // "X quoted Y as saying": Y is the speaker
  assert.match(qs[2]!.speakerText ?? '', /Ruiz/);
  assert.ok(!qs.some((q) => q.text === 'calculated pause'), 'a two-word scare quote is not a statement');
});

test('reported speech keeps its speaker, verb and what was said; passives and the verbs of direct quotes are not reported speech', () => {
  const text = [
    'Police said two people were hurt when a gas cylinder burst near the bus depot.',
    'Three shops were looted overnight, according to the district police.',
    'The shutdown will end on Friday, said a spokesman for the port authority.',
    'The minister told reporters that the new bridge would open in the spring.',
    '"We will not sign this draft," the envoy said.',
    'He was told to leave the building within two days.',
    'The mayor said on Monday she would not seek another term in office.',
    'The governor said the unions had assured him that the strike would end.',
    'The harbour admitted three more ships carrying grain.',
  ].join('\n\n');
  const qs = (annotate({ text, published: '2024-03-04' }).quotes ?? []).filter((q) => q.kind === 'reported');
  for (const q of qs) assert.equal(text.slice(q.start, q.end), q.text);
  assert.deepEqual(qs.map((q) => [q.speakerText, q.text, q.cue && text.slice(q.cue.start, q.cue.end)]), [
    ['Police', 'two people were hurt when a gas cylinder burst near the bus depot', 'said'],
    ['police', 'Three shops were looted overnight', 'according'],
    ['spokesman', 'The shutdown will end on Friday', 'said'],
    ['minister', 'the new bridge would open in the spring', 'told'],
    ['mayor', 'she would not seek another term in office', 'said'],
    ['governor', 'the unions had assured him that the strike would end', 'said'],
  ]);
  assert.equal(qs[0]!.speaker?.sector, 'COP');
});

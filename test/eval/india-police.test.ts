// IndiaPoliceEvents: the label map on made-up events, sentence placement, the loader and the sample.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indiaDocs, placeSentences, sampleDocs } from '../../eval/gold/india-police.js';
import { INDIA_TO_PLOVER, indiaLabelsOf, SCORED_INDIA_LABELS } from '../../eval/india-map.js';
import type { ActorRef, Event, PloverType, Sector } from '../../src/types.js';

const TEXT = 'police killed two rioters. police fired on the mob.';
const ref = (sector: Sector | null): ActorRef => ({ actorId: 'x', code: null, sector, text: 'police', start: 0, end: 6 });
const ev = (type: PloverType, mode: string | null, sector: Sector | null, trigger: [number, number], dead: number | null = null) =>
  ({ type, mode, actor: [ref(sector)], size: { dead, injured: null, arrested: null }, trigger: { start: trigger[0], end: trigger[1] } }) as Pick<Event, 'type' | 'mode' | 'actor' | 'size' | 'trigger'>;

test('label map: KILL/FORCE = police ASSAULT, ARREST = COERCE arrest, FAIL unscored', () => {
  assert.deepEqual(indiaLabelsOf(ev('ASSAULT', null, 'COP', [7, 13]), TEXT), ['KILL', 'FORCE', 'ANY_ACTION']);
  assert.deepEqual(indiaLabelsOf(ev('ASSAULT', 'firearms', 'COP', [34, 39]), TEXT), ['FORCE', 'ANY_ACTION']);
  assert.deepEqual(indiaLabelsOf(ev('ASSAULT', 'firearms', 'COP', [34, 39], 3), TEXT), ['KILL', 'FORCE', 'ANY_ACTION']);
  // A mob's assault is not a police action, unless the police-actor requirement is dropped.
  assert.deepEqual(indiaLabelsOf(ev('ASSAULT', null, 'CVL', [7, 13]), TEXT), []);
  assert.deepEqual(indiaLabelsOf(ev('ASSAULT', null, 'CVL', [7, 13]), TEXT, true), ['KILL', 'FORCE', 'ANY_ACTION']);
  // Arrests count whoever the engine names as the actor; other police events are ANY_ACTION only.
  assert.deepEqual(indiaLabelsOf(ev('COERCE', 'arrest', null, [0, 1]), TEXT), ['ARREST', 'ANY_ACTION']);
  assert.deepEqual(indiaLabelsOf(ev('COERCE', 'curfew', 'COP', [0, 1]), TEXT), ['ANY_ACTION']);
  assert.deepEqual(indiaLabelsOf(ev('MOBILIZE', null, 'COP', [0, 1]), TEXT), ['ANY_ACTION']);
  assert.equal(INDIA_TO_PLOVER.FAIL, null);
  assert.ok(!(SCORED_INDIA_LABELS as readonly string[]).includes('FAIL'));
});

test('placeSentences: in order, trimmed, each after the previous; missing ones counted', () => {
  const r = placeSentences('a b. a b. c', [
    { text: 'a b.', labels: [] },
    { text: ' a b. ', labels: ['ARREST'] },
    { text: 'zzz', labels: [] },
    { text: 'c', labels: ['KILL'] },
  ]);
  assert.deepEqual(r, { sentences: [{ start: 0, end: 4, labels: [] }, { start: 5, end: 9, labels: ['ARREST'] }, { start: 10, end: 11, labels: ['KILL'] }], unplaced: 1 });
});

test('indiaDocs: joins docs, sentences (by sent_id) and dates; zod rejects unknown labels', () => {
  const docs = '{"doc_id": 2, "doc_text": "x. y.", "doc_labels": []}\n';
  const sents = '{"doc_id": 2, "sent_id": 1, "sent_labels": ["FORCE"], "sent_text": "y."}\n{"doc_id": 2, "sent_id": 0, "sent_labels": [], "sent_text": "x."}\n';
  const meta = '{"doc_id": 2, "date": "2002-03-05", "url": "u", "full_text": "x. y."}\n';
  assert.deepEqual(indiaDocs(docs, sents, meta), [
    { id: 2, text: 'x. y.', published: '2002-03-05', sentences: [{ start: 0, end: 2, labels: [] }, { start: 3, end: 5, labels: ['FORCE'] }], unplaced: 0 },
  ]);
  assert.throws(() => indiaDocs(docs, sents.replace('FORCE', 'RIOT'), meta));
});

test('sampleDocs: every k-th document in doc_id order, from the first', () => {
  const docs = [5, 1, 4, 2, 3].map((id) => ({ id }));
  assert.deepEqual(sampleDocs(docs, 2).map((d) => d.id), [1, 3, 5]);
  assert.deepEqual(sampleDocs(docs, 1).map((d) => d.id), [1, 2, 3, 4, 5]);
});

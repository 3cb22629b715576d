// The place stage's tests read a text up to that stage and look places up by their words.
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import type { Doc, Place } from '../../src/types.js';

export function read(text: string): Doc {
  return annotate({ text, published: '2024-03-14' }, { until: 'place' });
}

export function find(doc: Doc, text: string): Place {
  const p = doc.places.find((x) => x.text === text);
  assert.ok(p, `no place "${text}" in ${JSON.stringify(doc.places.map((x) => x.text))}`);
  return p;
}

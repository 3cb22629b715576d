// Every frame in the table is a known name of the lexicon, and every frame the lexicon uses exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FRAMES, FRAME_NAMES } from '../../../src/events/frames/index.js';
import { loadJson } from '../../../src/data.js';

test('frame table and lexicon agree', () => {
  assert.deepEqual(FRAME_NAMES, Object.keys(FRAMES));
  const verbs = loadJson<Record<string, unknown>>('events', 'verbs.json');
  const used = new Set<string>();
  for (const entries of Object.values(verbs)) if (Array.isArray(entries)) for (const e of entries as { frame?: string }[]) if (e.frame) used.add(e.frame);
  for (const f of used) assert.ok(f in FRAMES, `verbs.json uses frame ${f}`);
});

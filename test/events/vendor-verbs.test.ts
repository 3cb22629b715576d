// The converted CAMEO verb lexicon (data/events/vendor/cameo-verbs.json, scripts/vendor/import-verbs.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';

const read = (...p: string[]) => JSON.parse(readFileSync(join(repoRoot(), 'data', 'events', ...p), 'utf8')) as Record<string, unknown>;

test('no verb entry carries a context name as its mode (the crosswalk writes one in the mode column for CAMEO 175)', () => {
  const contexts = new Set(Object.keys(read('contexts.json')));
  for (const file of [['vendor', 'cameo-verbs.json']]) {
    for (const [type, entries] of Object.entries(read(...file))) {
      if (!Array.isArray(entries)) continue;
      for (const e of entries as { p: string; mode?: string }[]) assert.ok(e.mode === undefined || !contexts.has(e.mode), `${file.join('/')} ${type} ${e.p}: mode ${e.mode}`);
    }
  }
});

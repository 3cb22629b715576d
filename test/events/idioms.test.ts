// Idioms (data/events/idioms.json) propose no trigger; the same verbs outside them still do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from './make-doc.js';

const farmers = { text: 'farmers', code: null, sector: 'AGR' as const };

test('"court arrest" is not an arrest; an arrest still is', () => {
  const idiom = docWith('The farmers will court arrest outside the assembly on Monday.', [farmers]);
  assert.deepEqual(brief(idiom), []);
  assert.ok(idiom.messages.some((m) => m.rule === 'events/idiom'));
  const real = docWith('Police arrested the farmers outside the assembly on Monday.', [{ text: 'Police', code: null, sector: 'COP' }, farmers]);
  assert.deepEqual(real.events.map((e) => `${e.type} ${e.mode}`), ['COERCE arrest']);
});

test('declining to comment rejects nothing; striking a deal hits no one; arresting a decline detains no one', () => {
  const cases = [
    'The Ghanaian ministry declined to comment on Friday.',
    'The Ghanaian ministry struck a deal with the unions on Friday.',
    'The Ghanaian ministry hopes its plan will help arrest the decline of the currency.',
  ];
  for (const text of cases) {
    const d = docWith(text, [{ text: 'Ghanaian ministry', code: 'GHA', sector: 'GOV' }, { text: 'unions', code: null, sector: 'LAB' }]);
    assert.ok(!d.events.some((e) => ['REJECT', 'ASSAULT', 'COERCE'].includes(e.type)), `${text}: ${brief(d).join(', ')}`);
  }
});

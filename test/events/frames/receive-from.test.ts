// "X received weapons from Y": Y gives, X receives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';

test('receive-from: the giver is the actor', () => {
  const d = docWith('Ukrainian forces received weapons from Poland on Monday.', [{ text: 'Ukrainian forces', code: 'UKR', sector: 'MIL' }, { text: 'Poland', code: 'POL' }]);
  assert.deepEqual(brief(d), ['AID POL>UKR']);
});

// "it would be helpful if X ...": the speaker asks X to act.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';

test('desirable: the speaker requests of the party whose act would help', () => {
  const d = docWith('Ghana said it would be helpful if Togo reopened the border.', [{ text: 'Ghana', code: 'GHA' }, { text: 'Togo', code: 'TGO' }]);
  assert.deepEqual(brief(d), ['REQUEST GHA>TGO']);
  assert.equal(d.events[0]!.mode, 'assist');
});

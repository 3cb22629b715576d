// The plain verb frame: subject acts on object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';

test('verb: the subject acts, the object receives', () => {
  const d = docWith('Ghana condemned Togo for closing the border on Monday.', [{ text: 'Ghana', code: 'GHA' }, { text: 'Togo', code: 'TGO' }]);
  assert.deepEqual(brief(d), ['ACCUSE GHA>TGO']);
  assert.equal(d.events[0]!.cameo, '111');
});

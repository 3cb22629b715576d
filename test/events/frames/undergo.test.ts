// "came under attack": the subject undergoes the event, as in a passive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';

test('undergo: the subject is the recipient, the actor stays empty when unnamed', () => {
  const d = docWith('A Malian army convoy came under attack near the border on Sunday.', [{ text: 'Malian army convoy', code: 'MLI', sector: 'MIL' }]);
  assert.deepEqual(brief(d), ['ASSAULT >MLI']);
});

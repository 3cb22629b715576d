// "came under fire from X": X inflicts what the subject undergoes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';

test('undergo-from: the party after "from" is the actor', () => {
  const d = docWith('Nigerian troops came under fire from Boko Haram fighters on Sunday.', [
    { text: 'Nigerian troops', code: 'NGA', sector: 'MIL' }, { text: 'Boko Haram fighters', code: 'NGA', sector: 'REB' },
  ]);
  assert.deepEqual(brief(d), ['ASSAULT NGA>NGA']);
  assert.deepEqual(d.events[0]!.actor.map((a) => a.sector), ['REB']);
  assert.deepEqual(d.events[0]!.recipient.map((a) => a.sector), ['MIL']);
});

test('undergo-from: with no named party after "from", the plain undergo reading stands', () => {
  const d = docWith('A Malian army convoy came under attack from the north on Sunday.', [{ text: 'Malian army convoy', code: 'MLI', sector: 'MIL' }]);
  assert.deepEqual(brief(d), ['ASSAULT >MLI']);
});

// "police firing", "army shelling": an event noun whose agent stands right before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';

test('agent-noun: the compound agent acts', () => {
  const d = docWith('Three people died in police firing in the district on Sunday.', [{ text: 'people', code: null, sector: 'CVL' }, { text: 'police', code: null, sector: 'COP' }]);
  assert.deepEqual(d.events.map((e) => [e.type, e.actor.map((a) => a.sector)]), [['ASSAULT', ['COP']]]);
  const shelling = docWith('Israeli shelling of Gaza continued on Monday.', [{ text: 'Israeli', code: 'ISR', sector: null }]);
  assert.deepEqual(brief(shelling).map((b) => b.split('>')[0]), ['ASSAULT ISR']);
});

test('agent-noun: no agent, no event; "firing of" a person is a dismissal', () => {
  assert.deepEqual(brief(docWith('The shooting took place near the school in Lyon.', [])), []);
  const fired = docWith("Trump's firing of Comey angered Democrats.", [{ text: 'Trump', code: 'USA', sector: 'GOV' }, { text: 'Comey', code: 'USA', sector: 'COP' }, { text: 'Democrats', code: 'USA', sector: 'PTY' }]);
  assert.ok(!fired.events.some((e) => e.type === 'ASSAULT'), brief(fired).join(', '));
});

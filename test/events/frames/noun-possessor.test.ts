// An event noun whose possessor acts; the place it falls on can stand in for the recipient.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';

test('noun-possessor: the possessor visits, the place visited hosts', () => {
  const d = docWith("The Chilean president's visit to Peru ended on Friday.", [{ text: 'Chilean president', code: 'CHL', sector: 'GOV' }, { text: 'Peru', code: 'PER' }]);
  assert.deepEqual(brief(d), ['CONSULT CHL>PER']);
  assert.equal(d.events[0]!.mode, 'visit');
});

test('noun-possessor: "state" before the noun is a noun, not the verb "to state" opening a reported clause', () => {
  const parties = [{ text: 'Chilean president', code: 'CHL', sector: 'GOV' as const }, { text: 'Peru', code: 'PER' }];
  for (const text of ['The Chilean president paid a state visit to Peru.', "The Chilean president's state visit to Peru ended on Friday."]) {
    assert.deepEqual(brief(docWith(text, parties)), ['CONSULT CHL>PER'], text);
  }
});

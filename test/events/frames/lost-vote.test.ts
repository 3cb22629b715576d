// "X, who lost a vote": the legislature of X's state rejected X.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docWith } from '../make-doc.js';

test('lost-vote: the legislature rejects the loser', () => {
  const d = docWith('The Polish prime minister, who lost a vote on the budget, resigned.', [{ text: 'Polish prime minister', code: 'POL', sector: 'GOV', type: 'PER' }]);
  const reject = d.events.find((e) => e.type === 'REJECT');
  assert.ok(reject, 'a REJECT');
  assert.deepEqual(reject.actor.map((a) => `${a.code}-${a.sector}`), ['POL-LEG']);
  assert.deepEqual(reject.recipient.map((a) => `${a.code}-${a.sector}`), ['POL-GOV']);
});

test('lost-vote: the legislature\'s text is the vote\'s noun phrase, never the verb phrase (GDELT prints it as Actor1Name)', () => {
  const d = docWith('The Polish prime minister lost a confidence vote on Friday.', [{ text: 'Polish prime minister', code: 'POL', sector: 'GOV', type: 'PER' }]);
  const reject = d.events.find((e) => e.type === 'REJECT');
  assert.deepEqual(reject?.actor.map((a) => a.text), ['a confidence vote']);
});

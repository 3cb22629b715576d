// A speech verb is a request only when what is said is a demand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';

const actors = [{ text: 'Ghana', code: 'GHA' }, { text: 'Togo', code: 'TGO' }];

test('speech-demand: "told X that it must" is a request of X', () => {
  const d = docWith('Ghana told Togo that it must reopen the border.', actors);
  assert.ok(brief(d).includes('REQUEST GHA>TGO'), brief(d).join(', '));
});

test('speech-demand: a plain statement is not coded, and says why', () => {
  const d = docWith('Ghana told Togo that the border was open.', actors);
  assert.deepEqual(brief(d), []);
  assert.ok(d.messages.some((m) => m.stage === 'events' && /statement: not coded/.test(m.reason)));
});

test('speech-demand: "should have reopened" blames the past and "must be a partner" infers: neither is a request; "must be punished" is', () => {
  assert.deepEqual(brief(docWith('Ghana said Togo should have reopened the border in May.', actors)), []);
  assert.deepEqual(brief(docWith('Ghana said Togo must be a partner of the customs union.', actors)), []);
  const d = docWith('Ghana said Togo must be punished for the raid.', actors);
  assert.ok(brief(d).includes('REQUEST GHA>TGO'), brief(d).join(', '));
});

test('speech-demand: a modal in an "if" or "whether" clause asks a question, it demands nothing', () => {
  assert.deepEqual(brief(docWith('Ghana said it was up to Togo to decide if it should reopen the border.', actors)), []);
  assert.deepEqual(brief(docWith('Ghana asked whether Togo must reopen the border.', actors)).filter((b) => b.startsWith('REQUEST') && b.includes('100')), []);
  const d = docWith('Ghana said that Togo should reopen the border.', actors);
  assert.ok(brief(d).includes('REQUEST GHA>TGO'), brief(d).join(', '));
});

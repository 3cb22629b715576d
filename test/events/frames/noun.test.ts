// An event noun takes its parties from the clause around it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';

test('noun: "held talks with" is a meeting of subject and object', () => {
  const d = docWith('Kenya held talks with Uganda on Tuesday about the pipeline.', [{ text: 'Kenya', code: 'KEN' }, { text: 'Uganda', code: 'UGA' }]);
  assert.deepEqual(brief(d), ['CONSULT KEN>UGA']);
});

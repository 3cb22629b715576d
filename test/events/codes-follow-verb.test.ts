// CAMEO code, Goldstein and quad class follow the matched verb, not a default per PLOVER type:
// an appeal is CAMEO 02x (verbal cooperation), a demand 10x (verbal conflict).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docWith } from './make-doc.js';

const actors = [{ text: 'Finland', code: 'FIN' }, { text: 'Estonia', code: 'EST' }];

test('"asked X for help" is an appeal: CAMEO 020, positive Goldstein, quad 1', () => {
  const e = docWith('Finland asked Estonia for help with the power cable on Monday.', actors).events[0]!;
  assert.equal(e.type, 'REQUEST');
  assert.equal(e.cameo, '020');
  assert.ok(e.goldstein > 0, `goldstein ${e.goldstein}`);
  assert.equal(e.quad_code, 1);
});

test('"demanded" is a demand: CAMEO 100, negative Goldstein, quad 3', () => {
  const e = docWith('Finland demanded compensation from Estonia on Monday.', actors).events[0]!;
  assert.equal(e.type, 'REQUEST');
  assert.equal(e.cameo, '100');
  assert.ok(e.goldstein < 0);
  assert.equal(e.quad_code, 3);
});

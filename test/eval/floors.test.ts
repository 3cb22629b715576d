import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFloors, updatedFloors, type Outcome } from '../../eval/floors.js';
import { flatScores, isCount, isScore } from '../../eval/scorers.js';
import { scoresTable } from '../../eval/table.js';

const outcomes = new Map<string, Outcome>([
  ['a', { scores: { type_acc: 0.5, joint_acc: 0.2, n_type_acc: 10 } }],
  ['b', { error: 'file missing' }],
]);

test('checkFloors: below floor, missing metric, failed scorer; unrun sets only warn', () => {
  const { failures, warnings } = checkFloors(outcomes, {
    a: { type_acc: 0.5, joint_acc: 0.25, actor_acc: 0 },
    b: { type_acc: 0 },
    c: { f1: 0.3 },
  });
  assert.deepEqual(failures, ['a.joint_acc: 0.200 < floor 0.250', 'a.actor_acc: missing (floor 0.000)', 'b: scorer failed (file missing)']);
  assert.deepEqual(warnings, ['c: not run, its floors were not checked']);
});

test('updatedFloors: score minus margin, clamped at 0, counts skipped, failed and unrun sets kept', () => {
  const next = updatedFloors(new Map<string, Outcome>([['a', { scores: { x: 0.5, y: 0.004, n_x: 3, system: 92, bad: NaN } }], ['b', { error: 'e' }]]), { b: { x: 0.1 }, c: { z: 0.2 } });
  assert.deepEqual(next, { a: { x: 0.49, y: 0 }, b: { x: 0.1 }, c: { z: 0.2 } });
});

test('flatScores and isCount: the scorer plug-in conventions', () => {
  assert.deepEqual(flatScores({ f1: 0.5, label: 'x', sub: { p: 1, n_docs: 4 }, list: [1] }), { f1: 0.5, 'sub.p': 1, 'sub.n_docs': 4 });
  assert.deepEqual(['n', 'n_docs', 'sub.n_docs', 'nested', 'f1'].map(isCount), [true, true, true, false, false]);
  assert.deepEqual([isScore('f1', 0.5), isScore('f1', 1), isScore('system', 92), isScore('n_x', 0.5), isScore('f1', NaN)], [true, true, false, false, false]);
});

test('scoresTable: score rows with their n, then counts', () => {
  const lines = scoresTable({ type_acc: 0.5, n_type_acc: 10, n_false_alarms: 2, system: 92 }).split('\n');
  assert.deepEqual(lines.slice(2).map((l) => l.split(/\s+/)), [['type_acc', '0.500', '10'], ['false_alarms', '2'], ['system', '92']]);
});

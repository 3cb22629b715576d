// Per-type P/R/F1, macro-F1, accuracy and the confusion matrix on hand-made label pairs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PLOVER_TYPES } from '../../src/types.js';
import { accuracy, alignLabels, binaryLabelScores, confusionLines, confusionOf, macroF1, NONE, perType, typeScore } from '../../eval/type-metrics.js';

const items = [
  { gold: ['AGREE'], system: ['AGREE'] },
  { gold: ['AGREE'], system: ['ACCUSE'] },
  // Two gold ASSAULTs, one system ASSAULT: one pair, one miss.
  { gold: ['ASSAULT', 'ASSAULT'], system: ['ASSAULT'] },
  // No gold event: the system event is a false alarm.
  { gold: [], system: ['PROTEST'] },
];

test('alignLabels: equal labels first, then leftovers in order, then NONE', () => {
  assert.deepEqual(alignLabels(['A', 'B'], ['B', 'C', 'D']), [['B', 'B'], ['A', 'C'], [NONE, 'D']]);
  assert.deepEqual(alignLabels(['A', 'A'], ['A']), [['A', 'A'], ['A', NONE]]);
  assert.deepEqual(alignLabels([], []), []);
});

test('confusionOf: cells count aligned pairs, rows gold, columns system', () => {
  const conf = confusionOf(items);
  const cells = [...conf].flatMap(([g, row]) => [...row].map(([s, n]) => `${g}>${s}:${n}`)).sort();
  assert.deepEqual(cells, ['(none)>PROTEST:1', 'AGREE>ACCUSE:1', 'AGREE>AGREE:1', 'ASSAULT>(none):1', 'ASSAULT>ASSAULT:1']);
});

test('per-type P/R/F1, macro-F1 over the types that occur, accuracy', () => {
  const conf = confusionOf(items);
  assert.deepEqual(typeScore(conf, 'AGREE'), { precision: 1, recall: 0.5, f1: 2 / 3, n_gold: 2, n_system: 1 });
  assert.deepEqual(typeScore(conf, 'ACCUSE'), { precision: 0, recall: 0, f1: 0, n_gold: 0, n_system: 1 });
  const types = perType(conf, PLOVER_TYPES);
  assert.deepEqual([...types.keys()], ['AGREE', 'ACCUSE', 'PROTEST', 'ASSAULT']);
  assert.equal(types.get('ASSAULT')!.f1, 2 / 3);
  assert.equal(macroF1(types), (2 / 3 + 0 + 0 + 2 / 3) / 4);
  assert.equal(accuracy(conf), 2 / 5);
  assert.equal(macroF1(new Map()), 0);
});

test('confusionLines: only labels that occur, given order, NONE last, zeros as dots', () => {
  const lines = confusionLines(confusionOf(items), PLOVER_TYPES);
  assert.deepEqual(lines[0]!.split(/\s+/), ['gold', '\\', 'system', 'AGRE', 'ACCU', 'PROT', 'ASSA', '-']);
  assert.deepEqual(lines.slice(2).map((l) => l.split(/\s+/)), [
    ['AGREE', '1', '1', '.', '.', '.'],
    ['ASSAULT', '.', '.', '.', '1', '1'],
    ['(none)', '.', '.', '1', '.', '.'],
  ]);
});

test('binaryLabelScores: each label a yes/no question per item', () => {
  const s = binaryLabelScores(
    [
      { gold: new Set(['KILL', 'FORCE']), system: new Set(['FORCE']) },
      { gold: new Set<string>(), system: new Set(['KILL']) },
      { gold: new Set(['ARREST']), system: new Set<string>() },
    ],
    ['KILL', 'FORCE', 'ARREST'],
  );
  assert.deepEqual(s.get('KILL'), { precision: 0, recall: 0, f1: 0, n_gold: 1, n_system: 1 });
  assert.deepEqual(s.get('FORCE'), { precision: 1, recall: 1, f1: 1, n_gold: 1, n_system: 1 });
  assert.deepEqual(s.get('ARREST'), { precision: 0, recall: 0, f1: 0, n_gold: 1, n_system: 0 });
});

// The pipeline checks at start-up that each stage reads only what intake or an earlier stage wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STAGES, checkStageOrder } from '../../src/pipeline.js';

test('the shipped stage order passes its own check', () => {
  assert.doesNotThrow(() => checkStageOrder(STAGES));
});

test('a stage moved before the one whose layer it reads is refused, naming both', () => {
  const events = STAGES.find((s) => s.name === 'events')!;
  const reordered = [events, ...STAGES.filter((s) => s !== events)];
  assert.throws(() => checkStageOrder(reordered), /stage events reads tokens, which no earlier stage writes/);
});

test('two stages writing one layer are refused', () => {
  const text = STAGES[0]!;
  assert.throws(() => checkStageOrder([...STAGES, { ...text, name: 'quotes', reads: [] }]), /writes tokens, already written by text/);
});

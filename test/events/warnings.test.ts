// A warning is a threat only when it carries one: against an act, of consequences or reprisals, not
// to do something, or that the speaker would strike. A warning that something may happen predicts;
// it threatens no one (as in the PETRARCH-2 CAMEO dictionary, where bare "warn" is not coded 130).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string) => annotate({ id: 't', text }).events.map((e) => `${e.type} ${e.cameo}`);

test('a warning that something may happen is no threat', () => {
  assert.deepEqual(types('Chilean unions warned that the reform would leave thousands of miners without pensions.'), []);
  assert.deepEqual(types('The United Nations warned of a famine in southern Madagascar.'), []);
});

test('a warning against an act, of reprisals or not to act is a threat', () => {
  assert.deepEqual(types('Peru warned Chile against any incursion into its waters.'), ['THREATEN 130']);
  assert.deepEqual(types('Bolivia warned Chile of serious consequences.'), ['THREATEN 130']);
  assert.deepEqual(types('Peru warned Ecuador not to move troops to the border.'), ['THREATEN 130']);
});

test('a warning that the speaker would strike is a threat of force', () => {
  assert.deepEqual(types('Peru warned it would strike the rebel camps near the border.'), ['THREATEN 138']);
});

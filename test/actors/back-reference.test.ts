// "Ugandan soldiers shot two Congolese fishermen, the army said": a definite armed force with no
// country of its own refers back to the last force of its sector, not to the nearest country
// mention (the other side's). Officials and ministries are not read this way (data/actors/word-classes.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOf } from './helpers.js';

test('the army that reports an act of its own soldiers is theirs', () => {
  assert.equal(codeOf('Ugandan soldiers shot two Congolese fishermen on the lake, the army said.', 'army'), 'UGA');
  assert.equal(codeOf('Ugandan soldiers shot two Congolese fishermen on the lake. The army said they had crossed the border.', 'army'), 'UGA');
  assert.equal(codeOf('Bolivian police detained three Peruvian traders near the border, the police said.', 'police'), 'BOL');
});

test('with no force before it, the nearest country still decides', () => {
  assert.equal(codeOf('Two Congolese fishermen were shot on the lake, the army said.', 'army'), 'COD');
});

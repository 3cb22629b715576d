// Using chemical weapons is CAMEO 2041 (ASSAULT, unconventional) in CAMEO2PLOVER, not the riot
// control of "used tear gas" (175) nor no event at all (issue 15).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const codes = (text: string) => annotate({ id: 't', text, published: '2019-05-02' }).events.map((e) => `${e.type}:${e.cameo}`);

test('forces using a chemical agent is a chemical attack', () => {
  assert.deepEqual(codes('The militia used sarin against the villagers last spring.'), ['ASSAULT:2041']);
  assert.deepEqual(codes('The air force dropped chlorine munitions on the besieged town.'), ['ASSAULT:2041']);
});

test('a chemical agent used or dropped, no agent named, is a chemical attack', () => {
  assert.deepEqual(codes('Chlorine bombs were dropped on a northern town in May.'), ['ASSAULT:2041']);
});

test('tear gas stays riot control', () => {
  assert.deepEqual(codes('Riot police used tear gas on the marchers.'), ['ASSAULT:175']);
});

// An assault named as what people died of ("more people died in the firing", "deaths due to the
// shelling") killed at least one person even with no number given: its dead count is 1, marked
// approximate as a floor (issue 15: the police-killing statistics of IndiaPoliceEvents).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const sizes = (text: string) => annotate({ id: 't', text, published: '2019-05-02' }).events
  .filter((e) => e.type === 'ASSAULT').map((e) => `${e.size.dead}${e.size.approximate ? '~' : ''}`);

test('an act people died in, with no number, killed at least one', () => {
  assert.deepEqual(sizes('In the old town, more villagers died in police firing than in the riots.'), ['1~']);
  assert.deepEqual(sizes('Half of the men who died due to the police firing came from the camp.'), ['1~']);
});

test('a number of dead is kept as it is, and firing nobody died of has no dead', () => {
  assert.deepEqual(sizes('Three villagers died in police firing on Sunday.'), ['3']);
  assert.deepEqual(sizes('The police fired at the crowd near the bridge.'), ['null']);
});

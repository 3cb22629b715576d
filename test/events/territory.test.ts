// Taking a place by force is ASSAULT 192 (occupy territory), as "seized control" and "captured" are;
// seizing goods stays COERCE 171 (issue 15: ACLED's territory labels were read as confiscations).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const codes = (text: string) => annotate({ id: 't', text, published: '2019-05-02' }).events.map((e) => `${e.type}:${e.cameo}`);

test('seizing a town, a base or oil fields is occupying territory', () => {
  assert.deepEqual(codes('The rebels seized a small town near the coast on Friday.'), ['ASSAULT:192']);
  assert.deepEqual(codes('Jihadist fighters seized three oil fields in the desert.'), ['ASSAULT:192']);
  assert.deepEqual(codes('The army wrested control of the airport from the militia.'), ['ASSAULT:192']);
});

test('armed forces occupying hill posts is occupying territory', () => {
  assert.deepEqual(codes('Army troops occupied four more hill posts overnight.'), ['ASSAULT:192']);
});

test('seizing goods, or goods from a place, stays a seizure', () => {
  assert.deepEqual(codes('Police seized heroin in the city on Monday.'), ['COERCE:171']);
});

// "in the years before he took office" names a vague stretch, not the single year before: it gives
// no date (chrono alone would read "the year before", one year back from the reference).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const times = (text: string): string[] =>
  annotate({ id: 't', text, published: '2020-06-15' }, { until: 'time' }).times.map((t) => `${t.text}=${t.value}`);

test('"the years/months before" is no date', () => {
  assert.deepEqual(times('Several aides complained about him in the years before he took office.'), []);
  assert.deepEqual(times('The rebels regrouped in the months after the ceasefire.'), []);
});

test('"the year before" with a singular unit still reads one year back', () => {
  assert.equal(times('The rebels regrouped in the year before the ceasefire.').length, 1);
});

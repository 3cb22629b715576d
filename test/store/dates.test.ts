import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periodOf } from '../../src/store/dates.js';

test('date values map to the days they cover', () => {
  assert.deepEqual(periodOf('2015-11-26'), { start: '2015-11-26', end: '2015-11-26' });
  assert.deepEqual(periodOf('2015-11-26T14:00'), { start: '2015-11-26', end: '2015-11-26' });
  assert.deepEqual(periodOf('2016-02'), { start: '2016-02-01', end: '2016-02-29' });
  assert.deepEqual(periodOf('2015'), { start: '2015-01-01', end: '2015-12-31' });
  assert.deepEqual(periodOf('2015-W47'), { start: '2015-11-16', end: '2015-11-22' });
  assert.deepEqual(periodOf('2021-W01'), { start: '2021-01-04', end: '2021-01-10' });
  assert.equal(periodOf('2015-13'), null);
  assert.equal(periodOf('2015-02-30'), null);
  assert.equal(periodOf('Thursday'), null);
});

// The span index (src/span-index.ts) answers as the scans it replaced did: same items, same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstAt, firstCovering, sameSpan, someCovers, spansWithin } from '../../src/span-index.js';

const span = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })).map(([start, len]) => ({ start, end: start + len }));
// ids tell equal spans apart, so "the first in the layer's order" is checked too
const layer = fc.array(span, { maxLength: 30 }).map((xs) => xs.map((x, id) => ({ ...x, id })));
const range = fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 30 })).map(([a, n]) => ({ start: a, end: a + n }));

test('spansWithin is filter(inside), in the layer order', () => {
  fc.assert(fc.property(layer, range, (items, r) => {
    assert.deepEqual(spansWithin(items, r.start, r.end), items.filter((x) => x.start >= r.start && x.end <= r.end));
  }), { numRuns: 500 });
});

test('someCovers, firstCovering, firstAt and sameSpan are some/find over the layer', () => {
  fc.assert(fc.property(layer, range, (items, r) => {
    assert.equal(someCovers(items, r.start), items.some((x) => x.start <= r.start && r.start < x.end));
    assert.equal(firstCovering(items, r.start, r.end), items.find((x) => x.start <= r.start && r.end <= x.end));
    assert.equal(firstAt(items, r.start, 'start'), items.find((x) => x.start === r.start));
    assert.equal(firstAt(items, r.end, 'end'), items.find((x) => x.end === r.end));
    assert.equal(sameSpan(items, r), items.find((x) => x.start === r.start && x.end === r.end));
  }), { numRuns: 500 });
});

test('a layer that grows is indexed anew', () => {
  const items = [{ start: 0, end: 5 }];
  assert.equal(spansWithin(items, 0, 100).length, 1);
  items.push({ start: 10, end: 12 });
  assert.equal(spansWithin(items, 0, 100).length, 2);
});

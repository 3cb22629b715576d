// Spans of one document layer (times, places, actor mentions) found by offset with a binary search
// instead of a scan of the whole layer. Stages ask per sentence or per token, and a scan each time
// made a long page quadratic: 16,000 sentences took minutes. Built once per layer array and kept
// while the array is the same (same length, same first and last element).
import type { Span } from './types.js';

interface SpanIndex<T extends Span> {
  /** The items sorted by start (a stable sort: equal starts keep their order). */
  sorted: T[];
  /** Position of each sorted item in the layer, to give results in the layer's own order. */
  order: Int32Array;
  /** The longest item: an item covering an offset starts at most this far before it. */
  maxLen: number;
  n: number;
  first: T | undefined;
  last: T | undefined;
}

const indexes = new WeakMap<readonly Span[], SpanIndex<Span>>();

function indexOf<T extends Span>(items: readonly T[]): SpanIndex<T> {
  const hit = indexes.get(items) as SpanIndex<T> | undefined;
  if (hit && hit.n === items.length && hit.first === items[0] && hit.last === items[items.length - 1]) return hit;
  const positions = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  let maxLen = 0;
  for (const x of items) maxLen = Math.max(maxLen, x.end - x.start);
  const ix: SpanIndex<T> = { sorted: positions.map((i) => items[i]!), order: Int32Array.from(positions), maxLen, n: items.length, first: items[0], last: items[items.length - 1] };
  indexes.set(items, ix as unknown as SpanIndex<Span>);
  return ix;
}

/** Index in `sorted` of the first item starting at or after `offset`. */
function lowerBound(sorted: readonly Span[], offset: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items that lie wholly inside [start, end), in the layer's order (what `filter` would give). */
export function spansWithin<T extends Span>(items: readonly T[], start: number, end: number): T[] {
  const ix = indexOf(items);
  const hits: number[] = [];
  for (let k = lowerBound(ix.sorted, start); k < ix.sorted.length && ix.sorted[k]!.start <= end; k++) {
    if (ix.sorted[k]!.end <= end) hits.push(k);
  }
  if (hits.length < 2) return hits.map((k) => ix.sorted[k]!);
  return hits.sort((a, b) => ix.order[a]! - ix.order[b]!).map((k) => ix.sorted[k]!);
}

/**
 * Of the sorted items from index k on, stepping by `step` while `more` holds, the one first in the
 * layer's order that `match` accepts (what `find` over the layer would give), or undefined.
 */
function earliest<T extends Span>(ix: SpanIndex<T>, k: number, step: 1 | -1, more: (x: T) => boolean, match: (x: T) => boolean): T | undefined {
  let best = -1;
  for (; k >= 0 && k < ix.sorted.length && more(ix.sorted[k]!); k += step) {
    if (match(ix.sorted[k]!) && (best < 0 || ix.order[k]! < ix.order[best]!)) best = k;
  }
  return best < 0 ? undefined : ix.sorted[best];
}

/** The first item, in the layer's order, that covers [start, end) (what `find` would give), or undefined. */
export function firstCovering<T extends Span>(items: readonly T[], start: number, end: number): T | undefined {
  const ix = indexOf(items);
  // an item covering `start` begins at most maxLen before it
  return earliest(ix, lowerBound(ix.sorted, start + 1) - 1, -1, (x) => x.start >= start - ix.maxLen, (x) => x.start <= start && end <= x.end);
}

/** Whether some item covers the character at `offset` (start <= offset < end). */
export function someCovers(items: readonly Span[], offset: number): boolean {
  return firstCovering(items, offset, offset + 1) !== undefined;
}

/** The first item, in the layer's order, with exactly this start (or end, with `by: 'end'`). */
export function firstAt<T extends Span>(items: readonly T[], offset: number, by: 'start' | 'end'): T | undefined {
  const ix = indexOf(items);
  if (by === 'start') return earliest(ix, lowerBound(ix.sorted, offset), 1, (x) => x.start === offset, () => true);
  // an item ending at offset starts within maxLen before it
  return earliest(ix, lowerBound(ix.sorted, offset - ix.maxLen), 1, (x) => x.start <= offset, (x) => x.end === offset);
}

/** The first item, in the layer's order, with the same start and end as `span`, or undefined. */
export function sameSpan<T extends Span>(items: readonly T[], span: Span): T | undefined {
  const ix = indexOf(items);
  return earliest(ix, lowerBound(ix.sorted, span.start), 1, (x) => x.start === span.start, (x) => x.end === span.end);
}

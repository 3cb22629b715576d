// Indexed reads that fail loudly: a RangeError naming the index, not a TypeError on undefined
// somewhere later. For arrays, typed arrays, strings and regex match groups; no allocation.

/** The element at index i of an array-like (array, typed array, string). */
export function at<T>(xs: ArrayLike<T>, i: number): T {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`index ${i} out of range (length ${xs.length})`);
  return x;
}

/** Capture group n of a regex match, which the pattern guarantees took part. */
export function group(m: RegExpMatchArray | RegExpExecArray, n: number): string {
  const g = m[n];
  if (g === undefined) throw new RangeError(`regex group ${n} did not take part in the match of ${JSON.stringify(m[0])}`);
  return g;
}

/** An Int32Array element (the events stage's token -> actor tables); its own function so those hot reads stay monomorphic. */
export function int32At(xs: Int32Array, i: number): number {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`index ${i} out of range (length ${xs.length})`);
  return x;
}

/** A Float64Array element; its own function so hot reads stay monomorphic (see uint32At). */
export function float64At(xs: Float64Array, i: number): number {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`index ${i} out of range (length ${xs.length})`);
  return x;
}

/**
 * A Uint32Array element (MinHash shingles and signatures). at() is called with a dozen kinds of
 * array across the pipeline, so its reads are megamorphic: in a whole ingest, at() in MinHash's
 * inner loop made signing 5-8 times slower than the same loop with one-type reads.
 */
export function uint32At(xs: Uint32Array, i: number): number {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`index ${i} out of range (length ${xs.length})`);
  return x;
}

/** The value a table (an object literal keyed by words or names) holds under its own key, else undefined: "constructor" or "toString" from a text or a command line finds nothing. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

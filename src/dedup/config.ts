// The MinHash numbers live in data/dedup/minhash.json (explained in its README) so they can be
// tuned without touching code; they are checked here once, since bad values fail silently later.
import { z } from 'zod';
import { loadJson } from '../data.js';
import { PARSE_ONCE } from '../parse-once.js';

const MinHashConfig = z.object({
  /** Bump when normalisation or hashing changes, so stored signatures are recomputed. */
  version: z.number().int().positive(),
  shingleWords: z.number().int().min(1),
  permutations: z.number().int().min(1),
  bands: z.number().int().min(1),
  rowsPerBand: z.number().int().min(1),
  /** Modulus of the a·x+b permutations: a prime below 2^32, so 0xFFFFFFFF never occurs as a value. */
  prime: z.number().int().min(3).max(0xfffffffe),
  seed: z.number().int().min(0).max(0xffffffff),
  /** Estimated Jaccard at or above which two bodies are the same story. */
  threshold: z.number().gt(0).max(1),
}).refine((c) => c.bands * c.rowsPerBand === c.permutations, 'bands × rowsPerBand must equal permutations');

export type MinHashConfig = z.output<typeof MinHashConfig>;

export const CONFIG: MinHashConfig = MinHashConfig.parse(loadJson<unknown>('dedup', 'minhash.json'), PARSE_ONCE);

/** Names the signature scheme; stored beside each signature so a config change is detectable. */
export const SCHEME = `minhash-v${CONFIG.version}:k${CONFIG.shingleWords}:n${CONFIG.permutations}` +
  `:b${CONFIG.bands}x${CONFIG.rowsPerBand}:p${CONFIG.prime}:s${CONFIG.seed}`;

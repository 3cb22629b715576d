// Near-duplicate detection for syndicated copy: MinHash signatures of article bodies, LSH band
// keys for indexed candidate lookup, and the similarity at which two bodies count as one story.
import { CONFIG } from './config.js';

export { bands, isEmpty, signature, similarity } from './minhash.js';
export { signatureFromBytes, signatureToBytes } from './bytes.js';
export { normalize } from './shingles.js';
export { CONFIG as MINHASH_CONFIG, SCHEME as SIGNATURE_SCHEME } from './config.js';

/** Estimated Jaccard (5-word shingles) at or above which a body is a copy of a stored one; see data/dedup/README.md. */
export const DUPLICATE_THRESHOLD: number = CONFIG.threshold;

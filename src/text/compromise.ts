// compromise, loaded once per process and only when first needed (the brief's "only on candidate
// sentences"): its bundled CommonJS build of compromise/two loads in a third of the time of the
// ES-module sources, and one shared instance serves the verb check (events) and the name lexicon
// (actors), which used to load two copies (the full build and /two) at start-up.
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';
import { SWEPT_VERSION, bulkMatch } from './compromise-sweep.js';

type Nlp = typeof nlpType;
let nlp: Nlp | null = null;

export function compromise(): Nlp {
  if (!nlp) {
    nlp = createRequire(import.meta.url)('compromise/two') as Nlp;
    // the same rules and matches as the library's own sweep, found at a fraction of its cost; only
    // on the version it was checked against (another leaves the library's, and the test says so)
    if ((nlp as unknown as { version: string }).version === SWEPT_VERSION) (nlp.methods() as unknown as { one: { bulkMatch: unknown } }).one.bulkMatch = bulkMatch;
  }
  return nlp;
}

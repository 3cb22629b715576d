// compromise, loaded once per process and only when first needed (the brief's "only on candidate
// sentences"): its bundled CommonJS build of compromise/two loads in a third of the time of the
// ES-module sources, and one shared instance serves the verb check (events) and the name lexicon
// (actors), which used to load two copies (the full build and /two) at start-up.
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';

type Nlp = typeof nlpType;
let nlp: Nlp | null = null;

export function compromise(): Nlp {
  nlp ??= createRequire(import.meta.url)('compromise/two') as Nlp;
  return nlp;
}

// One wink-nlp instance per process: its model mutates module state on every
// instantiation (see notes/ts-nlp-bench.md), so never call winkNLP twice.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

export function wink(): Nlp {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

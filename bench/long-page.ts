// Annotate time on long and odd pages, to see that it grows with the page and not with its square:
// short sentences repeated (4,000 and 16,000), one 32,000-word run with no sentence end, and one
// million-character token. Sentences written for this bench. Prints one JSON line per case.
//   node dist/bench/long-page.js
import { performance } from 'node:perf_hooks';
import { annotate } from '../src/pipeline.js';

const SENTENCES = [
  'Police arrested 12 protesters in Lima on Monday.',
  'The minister said rebels attacked the town of Arica.',
  'Chile and Peru held talks in Santiago, officials said.',
  '"We will not accept this," he told reporters.',
  'Juan Perez, the mayor of Cusco, met Bolivian officials in La Paz on Friday.',
];
const WORDS = 'police arrested protesters in Lima after talks with Peru and the minister said rebels attacked the town'.split(' ');

const cases: [string, string][] = [
  ['4000 sentences', Array.from({ length: 4000 }, (_, i) => SENTENCES[i % SENTENCES.length]!).join(' ')],
  ['16000 sentences', Array.from({ length: 16000 }, (_, i) => SENTENCES[i % SENTENCES.length]!).join(' ')],
  ['32000 words, no sentence end', Array.from({ length: 32000 }, (_, i) => WORDS[i % WORDS.length]!).join(' ')],
  ['a 1,000,000-character token', `${SENTENCES[0]!} ${'x'.repeat(1_000_000)} ${SENTENCES[1]!}`],
];

annotate({ text: SENTENCES.join(' ') }); // load and warm up
for (const [name, text] of cases) {
  const t = performance.now();
  const doc = annotate({ text, published: '2020-01-01' });
  const ms = performance.now() - t;
  console.log(JSON.stringify({ case: name, mb: +(text.length / 1e6).toFixed(2), ms: Math.round(ms), sentences: doc.sentences.length, ms_per_sentence: +(ms / Math.max(1, doc.sentences.length)).toFixed(3), events: doc.events.length }));
}

// A made-up news corpus for the queue tests: short wire stories assembled from sentence patterns
// with a seeded generator, different enough from each other that no two are near copies.
import { writeFileSync } from 'node:fs';
import { uniform as rng } from '../../src/prng.js';

const COUNTRIES: [string, string][] = [
  ['France', 'Paris'], ['Germany', 'Berlin'], ['Norway', 'Oslo'], ['Iceland', 'Reykjavik'], ['Kenya', 'Nairobi'],
  ['Chile', 'Santiago'], ['Japan', 'Tokyo'], ['Egypt', 'Cairo'], ['Poland', 'Warsaw'], ['Canada', 'Ottawa'],
  ['India', 'New Delhi'], ['Turkey', 'Ankara'], ['Peru', 'Lima'], ['Ghana', 'Accra'], ['Vietnam', 'Hanoi'], ['Spain', 'Madrid'],
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = ['fishing rights', 'river water', 'a gas pipeline', 'grain exports', 'airspace', 'a disputed island', 'refugee camps', 'mining licences'];

type Fill = { a: string; b: string; city: string; n: number; day: string; topic: string; year: number };
const PATTERNS: ((f: Fill) => string)[] = [
  (f) => `${f.a} and ${f.b} held talks in ${f.city} on ${f.day} about ${f.topic}, officials said.`,
  (f) => `The foreign minister of ${f.a} accused ${f.b} of breaking the ${f.year} accord on ${f.topic}.`,
  (f) => `Police in ${f.city} arrested ${f.n} protesters who gathered outside the parliament on ${f.day}.`,
  (f) => `${f.a} signed a trade agreement with ${f.b} worth ${f.n} million dollars.`,
  (f) => `${f.a} expelled two diplomats from ${f.b} after a quarrel over ${f.topic}.`,
  (f) => `Troops from ${f.a} shelled rebel positions near ${f.city} on ${f.day}, killing ${f.n} people.`,
  (f) => `${f.a} promised ${f.n} million dollars in aid to ${f.b} after floods swept the coast.`,
  (f) => `Thousands of workers marched through ${f.city} on ${f.day} to demand higher wages.`,
  (f) => `${f.a} imposed sanctions on ${f.b} over its handling of ${f.topic}.`,
  (f) => `The president of ${f.a} met his counterpart from ${f.b} in ${f.city} and praised their new partnership.`,
  (f) => `${f.a} rejected a proposal from ${f.b} to reopen negotiations on ${f.topic}.`,
  (f) => `Officials in ${f.a} said they may join talks hosted by ${f.b} in ${f.year + 1}.`,
];


export interface CorpusRecord { id: string; text: string; published: string }

export function makeCorpus(count: number, seed = 7): CorpusRecord[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: CorpusRecord[] = [];
  for (let i = 0; i < count; i++) {
    const order = PATTERNS.map((p) => ({ p, key: r() })).sort((x, y) => x.key - y.key).slice(0, 5);
    const sentences = order.map(({ p }) => {
      const [a, city] = pick(COUNTRIES);
      let b = pick(COUNTRIES)[0];
      while (b === a) b = pick(COUNTRIES)[0];
      return p({ a, b, city, n: 3 + Math.floor(r() * 400), day: pick(DAYS), topic: pick(TOPICS), year: 1995 + Math.floor(r() * 25) });
    });
    const title = `Story ${i + 1}: ${sentences[0]!.split(' ').slice(0, 6).join(' ')}`;
    const text = `${title}\n\n${sentences.slice(0, 2).join(' ')}\n\n${sentences.slice(2).join(' ')}\n`;
    const month = String(1 + (i % 12)).padStart(2, '0');
    out.push({ id: `story-${i + 1}`, text, published: `2023-${month}-${String(1 + (i % 27)).padStart(2, '0')}` });
  }
  return out;
}

export function writeCorpus(file: string, records: CorpusRecord[]): void {
  writeFileSync(file, records.map((x) => JSON.stringify(x)).join('\n') + '\n');
}

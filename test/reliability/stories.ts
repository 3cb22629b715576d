// Synthetic news stories for reliability tests, made from a seeded generator so each run writes
// the same files. Bodies differ enough (random actors, places, figures, phrasing) that MinHash
// does not merge them as near copies.
import { uniform } from '../../src/prng.js';

export const rng = uniform;
const COUNTRIES = ['Norway', 'Chile', 'Kenya', 'Vietnam', 'Poland', 'Peru', 'Ghana', 'Japan', 'Egypt', 'Canada', 'Nepal', 'Turkey', 'Brazil', 'India', 'Mexico', 'Spain'];
const CITIES = ['Oslo', 'Santiago', 'Nairobi', 'Hanoi', 'Warsaw', 'Lima', 'Accra', 'Osaka', 'Cairo', 'Ottawa', 'Kathmandu', 'Ankara', 'Recife', 'Pune', 'Monterrey', 'Seville'];
const GROUPS = ['farmers', 'nurses', 'students', 'dock workers', 'teachers', 'miners', 'taxi drivers', 'pensioners'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ACTS = [
  (a: string, b: string, c: string) => `${a} and ${b} signed a trade agreement in ${c}`,
  (a: string, b: string, c: string) => `${a} accused ${b} of violating the border accord near ${c}`,
  (a: string, b: string, c: string) => `the foreign minister of ${a} met her counterpart from ${b} in ${c}`,
  (a: string, b: string, c: string) => `${a} expelled two diplomats from ${b} after a dispute in ${c}`,
  (a: string, b: string, c: string) => `${a} pledged emergency aid to ${b} following floods around ${c}`,
  (a: string, b: string, c: string) => `${a} threatened sanctions against ${b} over a shipping incident off ${c}`,
];
const COMMENTS = [
  'Officials said further talks were expected',
  'A spokesman declined to comment on the timing',
  'Analysts described the move as a surprise',
  'Opposition leaders criticised the decision',
  'Markets reacted calmly to the announcement',
  'The statement gave no further details',
  'Residents said they had not been consulted',
  'Observers called for calm on both sides',
];


/** The i-th synthetic story: a title line, a blank line, then paragraphs. */
export function story(i: number, sentences = 8): string {
  const r = rng(1000 + i);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const lines = [`Report ${i}: ${pick(COUNTRIES)} and ${pick(COUNTRIES)} in talks`, ''];
  for (let s = 0; s < sentences; s++) {
    const a = pick(COUNTRIES);
    let b = pick(COUNTRIES);
    if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length]!;
    const act = pick(ACTS)(a, b, pick(CITIES));
    const n = 2 + Math.floor(r() * 900);
    const extra = r() < 0.4 ? ` Police said ${n} ${pick(GROUPS)} gathered outside the ministry on ${pick(DAYS)}.` : ` ${pick(COMMENTS)}, according to report number ${i * 31 + s}.`;
    lines.push(`On ${pick(DAYS)}, ${act}.${extra}`, '');
  }
  return lines.join('\n');
}

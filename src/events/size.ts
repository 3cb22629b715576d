// How many dead, injured and arrested: numbers next to the words that say what was counted
// ("killing all 224 people", "12 were wounded", "arrested three suspects").
import { loadJson } from '../data.js';
import type { EventSize, Sentence, Span, Token } from '../types.js';
import { tokenAt } from '../doc.js';
import { someCovers } from '../span-index.js';

interface NumberFile {
  words: Record<string, number>;
  multipliers: Record<string, number>;
  size: Record<'dead' | 'injured' | 'arrested', { verbs: string[]; nouns: string[] }>;
  countedNouns: string[];
  /** Plural nouns a number counts that are not people ("two years", "15 rounds"). */
  notCounted: string[];
  approximators: string[];
  vagueNumbers: string[];
  /** Head nouns of a crowd named by its size ("tens of thousands of people"). */
  crowdNouns: string[];
}
const NUM = loadJson<NumberFile>('events', 'numbers.json');
const COUNTED = new Set(NUM.countedNouns);
const NOT_COUNTED = new Set(NUM.notCounted);

/** What a number counts may be people: a listed noun, or any other plural noun that is not a unit or a thing ("three fishermen"). */
function counted(t: Token | undefined): boolean {
  if (!t) return false;
  return COUNTED.has(t.norm) || (t.pos === 'NOUN' && /(s|men)$/.test(t.norm) && t.norm !== t.lemma && !NOT_COUNTED.has(t.norm));
}
const APPROX = new Set(NUM.approximators);

/** Whether a token belongs to a count ("more than 100,000", "some 300", "hundreds"). */
export const inCount = (t: Token): boolean => t.pos === 'NUM' || APPROX.has(t.norm);
const VAGUE = new Set(NUM.vagueNumbers);
const CROWD = new Set(NUM.crowdNouns);

/**
 * A crowd named only by its size: "thousands", "tens of thousands of people", "about 2,000 residents".
 * `words` are the lower-cased words of the phrase.
 */
export function isCrowd(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const head = words.at(-1)!;
  const sized = words.some((w) => VAGUE.has(w) || /^\d[\d,]*$/.test(w) || (w in NUM.multipliers));
  return sized && (VAGUE.has(head) || head in NUM.multipliers || /^\d[\d,]*$/.test(head) || CROWD.has(head));
}
const KINDS = (['dead', 'injured', 'arrested'] as const).map((k) => ({ kind: k, words: new Set(NUM.size[k].verbs.concat(NUM.size[k].nouns)) }));

/** The value of a number token (digits with commas, or a number word), or null. */
export function numberValue(tokens: Token[], i: number): number | null {
  const w = tokens[i]?.norm;
  if (!w) return null;
  let v: number | null = null;
  if (/^\d[\d,]*$/.test(w)) v = Number(w.replace(/,/g, ''));
  else if (w in NUM.words && w !== 'a' && w !== 'an') v = NUM.words[w]!;
  if (v === null) return null;
  const next = tokens[i + 1]?.norm ?? '';
  if (next in NUM.multipliers) v *= NUM.multipliers[next]!;
  return v;
}

/** `times`: the document's time expressions; a number inside one ("In 2019 police arrested 12") is a date, not a count. */
export function readSize(tokens: Token[], s: Sentence, times: readonly Span[] = []): EventSize {
  const size: EventSize = { dead: null, injured: null, arrested: null };
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const n = numberValue(tokens, i);
    if (n === null || n > 1_000_000) continue;
    // A year or a date is not a count.
    const next = tokens[i + 1]?.norm ?? '';
    const prev = tokens[i - 1]?.norm ?? '';
    if (/^(19|20)\d\d$/.test(tokenAt(tokens, i).norm) && !counted(tokens[i + 1])) continue;
    if (times.length > 0 && someCovers(times, tokenAt(tokens, i).start)) continue;
    if (/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(prev)) continue;
    // Look at the words right around the number: "killing (all) N people", "N people were killed", "N dead".
    const window: string[] = [];
    for (let k = Math.max(s.tokenStart, i - 3); k < Math.min(s.tokenEnd, i + 5); k++) if (k !== i) window.push(tokenAt(tokens, k).norm);
    const countsPeople = counted(tokens[i + 1]) || counted(tokens[i + 2]) || KINDS.some((k) => k.words.has(next));
    if (!countsPeople && !KINDS.some((k) => k.words.has(prev) || k.words.has(tokens[i - 2]?.norm ?? ''))) continue;
    for (const { kind, words } of KINDS) {
      if (size[kind] !== null) continue;
      if (window.some((w) => words.has(w))) {
        size[kind] = n;
        // "at least 20", "more than 100", "dozens": the count is a floor or an estimate
        if (VAGUE.has(tokenAt(tokens, i).norm) || APPROX.has(prev) || APPROX.has(tokens[i - 2]?.norm ?? '')) size.approximate = true;
        break;
      }
    }
  }
  return size;
}

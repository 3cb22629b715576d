// Bare years ("in 2013", "since 2011", "by 2030"), which chrono drops because the match is
// all digits. The preposition decides that it is a year but stays out of the span.
import type { TimeExpr } from '../types.js';
import { loadJson, wordList } from '../data.js';
import { group } from '../at.js';

const FILE = ['time', 'year-context.json'] as const;
const ctx = loadJson<Record<string, unknown>>(...FILE);
// each list checked at load: a non-empty list of words
const lower = (key: string): ReadonlySet<string> => new Set(wordList(ctx, key, ...FILE).map((w) => w.toLowerCase()));
const PREPS = lower('prepositions');
const COUNT_WORDS = lower('countWords');
const LABEL_WORDS = lower('labelWords');

const YEAR = /(?<![\p{L}\p{N}$€£.,/:])((?:19|20)\d\d)(?![\p{N}%]|,\d|\.\d|s\b|'s\b)/gu;
/** Every match of YEAR spells one of these: a sentence without them holds no bare year (the time stage spots them with its other words). */
export const YEAR_WORDS: readonly string[] = ['19', '20'];
const SHORT_RANGE_END = /^[-–](\d\d)(?!\d)/; // the "58" of "1957-58"

/** Bare years in `text` (one sentence), as TimeExpr with offsets shifted by `offset`. */
export function findYears(text: string, offset: number): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (const m of text.matchAll(YEAR)) {
    const year = group(m, 1);
    const at = m.index;
    const before = text.slice(Math.max(0, at - 12), at).toLowerCase();
    const prevWord = /([\p{L}]+)[\s-]*$/u.exec(before)?.[1] ?? '';
    const nextWord = /^\s*([\p{L}]+)/u.exec(text.slice(at + 4))?.[1]?.toLowerCase() ?? '';
    const afterRange = /\d\d\s*[-–]\s*$/.test(before); // second year of "2009-2010"
    if (!afterRange && /[-–]$/.test(before)) continue; // "F-2015", "COVID-2019"
    if (!PREPS.has(prevWord) && !afterRange && COUNT_WORDS.has(nextWord)) continue;
    if (!PREPS.has(prevWord) && !afterRange && LABEL_WORDS.has(prevWord)) continue;
    out.push({ start: offset + at, end: offset + at + 4, text: year, value: year, granularity: 'year' });
    const short = SHORT_RANGE_END.exec(text.slice(at + 4));
    if (short) {
      const y2 = year.slice(0, 2) + short[1]!;
      if (Number(y2) > Number(year)) out.push({ start: offset + at + 5, end: offset + at + 7, text: short[1]!, value: y2, granularity: 'year' });
    }
  }
  return out;
}

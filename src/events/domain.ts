// Sentences that only look political ("Brazil beat Argentina 2-0", "Arsenal attacked down the
// left"): a score, or several sports/business/entertainment words with no political cue, code no
// event. Word lists are data (data/events/domains.json).
import { loadJson } from '../data.js';
import type { Sentence, Token } from '../types.js';
import { tokenAt, wordsAt } from '../doc.js';
import { at } from '../at.js';

interface DomainFile {
  scorePattern: string;
  minDomainWords: number;
  domains: Record<string, string[]>;
  politicalCues: string[];
}

const RAW = loadJson<DomainFile>('events', 'domains.json');
const SCORE = new RegExp(RAW.scorePattern);
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/;

/** The cue lists: political cues first, then each domain in file order. */
const LISTS: readonly [string | null, string[]][] = [[null, RAW.politicalCues], ...Object.entries(RAW.domains)];

/**
 * Every list's cue phrases as token sequences, indexed by their first word with the list they
 * belong to: one pass and one lookup per token count all lists (it was one pass per list).
 */
const CUES = new Map<string, { list: number; seq: string[] }[]>();
LISTS.forEach(([, words], list) => {
  for (const w of words) {
    const seq = w.split(' ');
    const cues = CUES.get(at(seq, 0));
    if (cues) cues.push({ list, seq });
    else CUES.set(at(seq, 0), [{ list, seq }]);
  }
});

/** For each list, the tokens of the sentence that start one of its cues (each token counted once per list). */
function counts(tokens: Token[], s: Sentence): number[] {
  const n = LISTS.map(() => 0);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const cues = CUES.get(tokenAt(tokens, i).norm);
    if (!cues) continue;
    const seen = new Set<number>();
    for (const { list, seq } of cues) {
      if (seen.has(list)) continue;
      if (wordsAt(tokens, i, seq)) { n[list]!++; seen.add(list); }
    }
  }
  return n;
}

/** The domain ("sports", "business", ...) a sentence belongs to when it is not political, else null. */
export function nonPoliticalDomain(tokens: Token[], s: Sentence): string | null {
  const n = counts(tokens, s);
  if (at(n, 0) > 0) return null;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    // "won 3-1" is a score; "Nov. 3-14" is a date range
    if (SCORE.test(tokenAt(tokens, i).norm) && !MONTH.test(tokens[i - 1]?.norm ?? '')) return 'sports';
  }
  for (let list = 1; list < LISTS.length; list++) if (at(n, list) >= RAW.minDomainWords) return at(LISTS, list)[0];
  return null;
}

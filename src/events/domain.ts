// Sentences that only look political ("Brazil beat Argentina 2-0", "Arsenal attacked down the
// left"): a score, or several sports/business/entertainment words with no political cue, code no
// event. Word lists are data (data/events/domains.json).
import { loadJson } from '../data.js';
import type { Sentence, Token } from '../types.js';
import { tokenAt } from '../doc.js';
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

/** Cue phrases as token sequences, indexed by their first word. */
function index(words: string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const w of words) {
    const seq = w.split(' ');
    m.set(at(seq, 0), [...(m.get(at(seq, 0)) ?? []), seq]);
  }
  return m;
}
const DOMAIN = new Map(Object.entries(RAW.domains).map(([name, words]) => [name, index(words)]));
const POLITICAL = index(RAW.politicalCues);

function count(tokens: Token[], s: Sentence, idx: Map<string, string[][]>): number {
  let n = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    for (const seq of idx.get(tokenAt(tokens, i).norm) ?? []) {
      if (seq.every((w, k) => tokens[i + k]?.norm === w)) { n++; break; }
    }
  }
  return n;
}

/** The domain ("sports", "business", ...) a sentence belongs to when it is not political, else null. */
export function nonPoliticalDomain(tokens: Token[], s: Sentence): string | null {
  if (count(tokens, s, POLITICAL) > 0) return null;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    // "won 3-1" is a score; "Nov. 3-14" is a date range
    if (SCORE.test(tokenAt(tokens, i).norm) && !MONTH.test(tokens[i - 1]?.norm ?? '')) return 'sports';
  }
  for (const [name, idx] of DOMAIN) if (count(tokens, s, idx) >= RAW.minDomainWords) return name;
  return null;
}

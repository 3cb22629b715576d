// The line rules of data/intake/boilerplate.json, compiled once: what a credit, byline,
// source line, dateline, trailer marker and furniture line look like.
import { loadJson } from '../data.js';
import { isSpaceUnit } from '../chars.js';

interface PhraseRules { exact: string[]; prefix: string[]; regex: string[] }
interface RegexRules { maxWords?: number; regex: string[] }
interface BoilerplateData {
  markerMaxWords: number;
  prefixMaxWords: number;
  captionMarkers: { exact: string[] };
  trailerStart: PhraseRules;
  inline: PhraseRules;
  credit: RegexRules;
  byline: RegexRules;
  sourceLine: RegexRules;
  dateline: RegexRules;
  tail: { maxWords: number; minRun: number };
}

export interface PhraseMatcher { exact: Set<string>; prefix: string[]; regex: RegExp[] }

export interface LineRules {
  markerMaxWords: number;
  /** Prefix phrases ("Copyright ...") also end long lines, up to this many words. */
  prefixMaxWords: number;
  captionMarkers: Set<string>;
  trailerStart: PhraseMatcher;
  inline: PhraseMatcher;
  credit: { maxWords: number; regex: RegExp[] };
  byline: { maxWords: number; regex: RegExp[] };
  sourceLine: { maxWords: number; regex: RegExp[] };
  dateline: RegExp[];
  tail: { maxWords: number; minRun: number };
}

let rules: LineRules | null = null;

const phrases = (r: PhraseRules): PhraseMatcher => ({
  exact: new Set(r.exact.map(normalizeLine)),
  prefix: r.prefix.map(normalizeLine),
  regex: r.regex.map((s) => new RegExp(s, 'iu')),
});
const regexes = (r: RegexRules, maxWords: number): { maxWords: number; regex: RegExp[] } => ({
  maxWords: r.maxWords ?? maxWords,
  regex: r.regex.map((s) => new RegExp(s, 'u')),
});

export function lineRules(): LineRules {
  if (rules) return rules;
  const d = loadJson<BoilerplateData>('intake', 'boilerplate.json');
  rules = {
    markerMaxWords: d.markerMaxWords,
    prefixMaxWords: d.prefixMaxWords ?? d.markerMaxWords,
    captionMarkers: new Set(d.captionMarkers.exact.map(normalizeLine)),
    trailerStart: phrases(d.trailerStart),
    inline: phrases(d.inline),
    credit: regexes(d.credit, 14),
    byline: regexes(d.byline, 20),
    sourceLine: regexes(d.sourceLine, 10),
    dateline: d.dateline.regex.map((s) => new RegExp(s, 'u')),
    tail: d.tail,
  };
  return rules;
}

/**
 * Whitespace runs as \s+ finds them, less the single spaces (already what they become): replacing
 * these by one space collapses as \s+ does, with a match per line break instead of per word
 * (issue 16: allocation churn).
 */
export const SPACE_TO_FOLD = /\s\s+|[^\S ]/g;
/** Characters dropped from a line's end: spaces, colons, commas, arrows, bullets, bars, hyphens. */
const TRAILER = /^[\s:,»›>|•·→-]$/u;

/** Lower case, collapsed spaces, curly apostrophes straightened, trailing arrows and colons dropped. */
export function normalizeLine(s: string): string {
  const n = s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(SPACE_TO_FOLD, ' ');
  // the trailing run of TRAILER characters, found from the end: a regex ending in $ tried every position of the line
  let end = n.length;
  while (end > 0 && TRAILER.test(n.charAt(end - 1))) end--;
  return (end === n.length ? n : n.slice(0, end)).trim();
}

/**
 * How many words (runs of non-space) a line holds: what s.split(/\s+/) less its empty ends counts,
 * without making the strings (layoutPlainText asks it of every line, several times).
 */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceUnit(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export function matchesPhrase(line: string, m: PhraseMatcher, maxWords: number, prefixMaxWords = maxWords): boolean {
  if (line.length > 600) return false;
  const words = wordCount(line);
  if (words > Math.max(maxWords, prefixMaxWords)) return false;
  const n = normalizeLine(line);
  if (n === '') return false;
  if (words <= maxWords && m.exact.has(n)) return true;
  if (words <= maxWords && m.regex.some((re) => re.test(n))) return true;
  for (const p of m.prefix) {
    if (!n.startsWith(p)) continue;
    const next = n.charAt(p.length);
    // whole words only: "related" must not match "relatedly"
    if (next === '' || !/[\p{L}\p{N}]/u.test(next) || !/[\p{L}\p{N}]/u.test(p.charAt(p.length - 1))) return true;
  }
  return false;
}

/** First matching regex of a rule set on a short line, or null. */
export function matchLine(line: string, r: { maxWords: number; regex: RegExp[] }): RegExpExecArray | null {
  if (line.length > 400 || wordCount(line) > r.maxWords) return null;
  for (const re of r.regex) {
    const m = re.exec(line);
    if (m) return m;
  }
  return null;
}

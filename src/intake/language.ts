// Language guess from stopword frequency (Latin, Cyrillic, Arabic scripts) or from the script alone.
// Small and deterministic: enough to tell "code this" (English) from "store only".
import { loadJson } from '../data.js';

interface StopwordData {
  latin: Record<string, string[]>;
  cyrillic: Record<string, string[]>;
  arabic: Record<string, string[]>;
  scripts: Record<string, string>;
}

type Family = 'latin' | 'cyrillic' | 'arabic';
let tables: { words: Record<Family, Map<string, string[]>>; scripts: [RegExp, string][]; plain: PlainWords } | null = null;

/**
 * The Latin stopwords spelt in a-z as a trie over the 26 letters: a plain text's words are read in
 * one walk over it, without the array of lower-cased words that match() made of every story.
 */
interface PlainWords { next: Uint16Array; langs: (string[] | undefined)[] }

function plainWords(latin: Map<string, string[]>): PlainWords {
  const rows: number[][] = [new Array<number>(26).fill(0)];
  const langs: (string[] | undefined)[] = [undefined];
  for (const [w, ls] of latin) {
    if (!/^[a-z]+$/.test(w)) continue; // no [a-z]+ run of a plain text can spell it
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const row = rows[node]!;
      const c = w.charCodeAt(i) - 97;
      if (row[c] === 0) { row[c] = rows.length; rows.push(new Array<number>(26).fill(0)); langs.push(undefined); }
      node = row[c]!;
    }
    langs[node] = ls;
  }
  if (rows.length > 0xffff) throw new Error('stopwords.json: too many Latin stopwords for the plain-text trie');
  return { next: Uint16Array.from(rows.flat()), langs };
}

/**
 * The words of a plain text (its runs of ASCII letters, case aside: what /[a-z]+/g finds in its
 * lower case) and, in text order, the stopword languages of each: the count and `hit` per language.
 */
function readPlain(text: string, plain: PlainWords, hit: (langs: string[]) => void): number {
  let words = 0;
  let node = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 32 : 0; // A-Z to a-z
    if (c >= 97 && c <= 122) {
      if (!inWord) { inWord = true; words++; node = 0; }
      if (node >= 0) node = plain.next[node * 26 + c - 97] || -1;
    } else if (inWord) {
      inWord = false;
      const ls = node > 0 ? plain.langs[node] : undefined;
      if (ls) hit(ls);
    }
  }
  return words;
}

function load(): NonNullable<typeof tables> {
  if (tables) return tables;
  const data = loadJson<StopwordData>('intake', 'stopwords.json');
  const index = (langs: Record<string, string[]>): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const [lang, words] of Object.entries(langs)) {
      for (const w of new Set(words)) m.set(w, [...(m.get(w) ?? []), lang]);
    }
    return m;
  };
  const scripts: [RegExp, string][] = [];
  for (const [script, lang] of Object.entries(data.scripts)) {
    if (script.startsWith('_')) continue;
    scripts.push([new RegExp(`\\p{Script=${script}}`, 'gu'), lang]);
  }
  const latin = index(data.latin);
  tables = { words: { latin, cyrillic: index(data.cyrillic), arabic: index(data.arabic) }, scripts, plain: plainWords(latin) };
  return tables;
}

const FAMILY_RE: Record<Family, RegExp> = {
  latin: /\p{Script=Latin}/gu,
  cyrillic: /\p{Script=Cyrillic}/gu,
  arabic: /\p{Script=Arabic}/gu,
};
// If the stopwords cannot decide, the script still says something for these.
const FAMILY_DEFAULT: Record<Family, string | null> = { latin: null, cyrillic: 'ru', arabic: 'ar' };

const MIN_LETTERS = 20;
const MIN_WORDS = 6;
const MIN_HITS = 3;
const MIN_MARGIN = 2;
const MIN_RATIO = 1.5;
const SAMPLE = 20000;

const count = (re: RegExp, s: string): number => s.match(re)?.length ?? 0;

/**
 * ASCII plus the non-letters news text often carries (no-break space, dashes, curly quotes,
 * ellipsis, bullet): every letter in such a text is an A-Z of the Latin script, so the script
 * counts below need no Unicode scans (most English stories; the counts are the same).
 */
const PLAIN = /^[\x00-\x7F\u00A0\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u2022]*$/;

function asciiLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32; // A-Z to a-z
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

/** ISO 639-1 code of the text's language, or null when it is too short or unclear. */
export function detectLanguage(text: string): string | null {
  const { words, scripts, plain: plainTrie } = load();
  const sample = text.slice(0, SAMPLE);
  let best: { lang: string | Family; n: number } = { lang: 'latin', n: 0 };
  const plain = PLAIN.test(sample);
  // The script counts read only what is not ASCII: an ASCII letter is Latin and any other ASCII
  // character is of no script counted here, so each run of ASCII stands as one space (which keeps
  // two characters on either side of it apart, as they were). A story with one "é" or "€" is
  // counted over a few characters instead of over all of it by each of the fifteen regexes.
  const beyond = plain ? '' : sample.replace(/[\x00-\x7F]+/g, ' ');
  if (plain) best.n = asciiLetters(sample);
  else {
    for (const fam of Object.keys(FAMILY_RE) as Family[]) {
      const n = count(FAMILY_RE[fam], beyond) + (fam === 'latin' ? asciiLetters(sample) : 0);
      if (n > best.n) best = { lang: fam, n };
    }
    for (const [re, lang] of scripts) {
      const n = count(re, beyond);
      if (n > best.n) best = { lang, n };
    }
  }
  if (best.n < MIN_LETTERS) return null;
  if (best.lang !== 'latin' && best.lang !== 'cyrillic' && best.lang !== 'arabic') {
    // Japanese text is mostly Han characters with some kana
    if (best.lang === 'zh' && count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, beyond) > best.n * 0.05) return 'ja';
    return best.lang;
  }
  const family = best.lang;
  const hits = new Map<string, number>();
  const tally = (langs: string[]): void => { for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1); };
  let tokenCount: number;
  if (plain) tokenCount = readPlain(sample, plainTrie, tally); // family is latin: every letter is A-Z
  else {
    const tokens = sample.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
    tokenCount = tokens.length;
    // most words are no stopword: no empty array each
    for (const t of tokens) { const langs = words[family].get(t); if (langs) tally(langs); }
  }
  if (tokenCount < MIN_WORDS) return null;
  let top: [string, number] | null = null;
  let second = 0;
  for (const e of hits) {
    if (!top || e[1] > top[1]) { second = top?.[1] ?? 0; top = e; }
    else if (e[1] > second) second = e[1];
  }
  if (!top || top[1] < MIN_HITS) return tokenCount >= 20 ? FAMILY_DEFAULT[family] : null;
  // Short texts share many function words across languages ("in", "met", "al"): a guess
  // must clearly beat the runner-up, else only the script speaks (Cyrillic: ru; Latin: undecided).
  if (top[1] - second < MIN_MARGIN || top[1] < second * MIN_RATIO) return FAMILY_DEFAULT[family];
  return top[0];
}

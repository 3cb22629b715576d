// Finds gazetteer surfaces in a sentence's tokens: from each capitalised token, extend through
// capitalised words, connectors ("of", "al") and glued punctuation, and keep the longest run
// whose normalised text is a known surface. Possessives ("France’s") are separate tokens and
// so never part of the run.
import type { Token } from '../types.js';
import type { CityRec } from './cities.js';
import { cityIndex } from './cities.js';
import type { CityIndex } from './city-compact.js';
import type { HandEntry } from './gazetteer.js';
import { HAND, LOWER_INNER, LOWER_STARTS } from './gazetteer.js';
import { isCapitalised, normKey, tokenKey } from './normalize.js';
import { WORDS } from './words.js';
import { tokenAt } from '../doc.js';
import { inVocabulary } from '../text/wink.js';
import { caselessSpan } from '../text/caseless.js';

export interface RawMatch {
  /** Token range [first, last) into doc.tokens. */
  first: number;
  last: number;
  hand: HandEntry[];
  cities: CityRec[];
}

const MAX_TOKENS = 8;
const CONNECTORS = WORDS.connectors;
/**
 * In a sentence written all in lower case, capitals cannot mark names: a word outside the everyday
 * vocabulary stands in for a capitalised one ("police in vadodara"), and only for a city this large
 * or a hand entry (country, region), since small towns share names with people and things.
 */
const CASELESS_MIN_POP = 100_000;
const LETTERS = /^\p{L}{3,}$/u;
const tokenText = (t: Token): string => t.text;

let HAND_FIRST: Set<string> | null = null;
/** First words of the hand entries' keys (countries, regions, aliases), built on first ask. */
function handFirst(): ReadonlySet<string> {
  if (!HAND_FIRST) {
    HAND_FIRST = new Set();
    for (const k of HAND.keys()) HAND_FIRST.add(k.split(' ')[0]!);
  }
  return HAND_FIRST;
}

let SPACED: Set<string> | null = null;
/**
 * Every start of a known key (hand or city) that a space follows: "new" and "new york" of "new york
 * city". A run whose key is none of these cannot grow into a key by a word after a space, so the
 * matcher stops it there: most capitalised runs are people and organisations ("President Barack
 * Obama"), and each word more cost two lookups of a new, longer key (issue 16). Built on first ask.
 */
function spacedStarts(cities: CityIndex): ReadonlySet<string> {
  if (!SPACED) {
    const starts = new Set<string>();
    const add = (key: string): void => {
      for (let p = key.indexOf(' '); p >= 0; p = key.indexOf(' ', p + 1)) starts.add(key.slice(0, p));
    };
    for (const k of HAND.keys()) add(k);
    for (const k of cities.keys()) add(k);
    SPACED = starts;
  }
  return SPACED;
}

// Helpers, not closures in the loop: a closure reading the loop's tokens made V8 allocate a
// context for every token tried (issue 16: allocation churn).
/** Shared empties for the loop; never handed out (a match gets fresh arrays). */
const NONE_HAND: HandEntry[] = [];
const NONE_CITY: CityRec[] = [];

/** The hand entries for a run; when `exact`, only those spelt as the text [start, end) is. */
function handAsWritten(entries: HandEntry[], exact: boolean, text: string, start: number, end: number): HandEntry[] {
  if (!exact) return entries.slice();
  const written = text.slice(start, end).replace(/\s+/g, ' ');
  return entries.filter((e) => written === e.surface);
}

function bigCities(found: CityRec[]): CityRec[] {
  return found.filter((c) => c.population >= CASELESS_MIN_POP);
}

/** Matches in tokens [from, to), longest first, left to right, never overlapping. */
export function findMatches(tokens: Token[], from: number, to: number, text: string): RawMatch[] {
  const cities = cityIndex();
  const spaced = spacedStarts(cities);
  const out: RawMatch[] = [];
  const caseless = caselessSpan(tokens, from, to, tokenText);
  // in a sentence without capitals a country or region the hand list names counts too ("in niger")
  const capped = (t: Token): boolean => isCapitalised(t.text) || (caseless && LETTERS.test(t.text) && (!inVocabulary(t.norm) || handFirst().has(normKey(t.text))));
  const canExtend = (t: Token): boolean => capped(t) || CONNECTORS.has(t.norm) || LOWER_INNER.has(t.norm) || !t.spaceBefore || t.text === ',';
  let i = from;
  while (i < to) {
    const t0 = tokenAt(tokens, i);
    const lowerStart = !capped(t0);
    if (lowerStart && !LOWER_STARTS.has(t0.norm)) { i++; continue; }
    let key = '';
    let best: RawMatch | null = null;
    for (let j = i; j < to && j < i + MAX_TOKENS; j++) {
      const t = tokenAt(tokens, j);
      if (j > i && !canExtend(t)) break;
      // a word after a space makes every longer key start with key + ' ': none does unless key is a spaced start
      if (j > i && t.spaceBefore && !spaced.has(key)) break;
      key += (j > i && t.spaceBefore ? ' ' : '') + tokenKey(t);
      // A run ends on a capitalised word, unless a hand entry spells the lower-case word out
      // ("eastern Mediterranean", "Washington state"): then the case must match exactly.
      const exact = lowerStart || !capped(t);
      const entries = HAND.get(key);
      const hand = entries ? handAsWritten(entries, exact, text, t0.start, t.end) : NONE_HAND;
      const found = exact ? undefined : cities.get(key);
      const city = found === undefined ? NONE_CITY : caseless && !isCapitalised(t0.text) ? bigCities(found) : found;
      // fresh arrays in the match, as before: no caller shares the empty ones
      if (hand.length > 0 || city.length > 0) best = { first: i, last: j + 1, hand: hand === NONE_HAND ? [] : hand, cities: city === NONE_CITY ? [] : city };
    }
    if (best) { out.push(best); i = best.last; } else i++;
  }
  return out;
}

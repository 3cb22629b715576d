// Typing names the dictionary lacks (unknown proper-noun runs): PER, ORG, LOC, MISC, or not a
// name at all. Clues, strongest first: organisation suffixes and "X of Y" heads, event words,
// honorifics, acronyms, given names, the city gazetteer, surnames of people named elsewhere in
// the document, the word before or after. Word lists: data/actors/name-patterns.json; given
// names, surnames, cities and teams also come from compromise's lexicon and src/place's city
// index (both already dependencies). Common English words (in wink's vocabulary) standing
// alone at the start of a sentence, or in an all-capitals line, are not names.
import { compromise } from '../text/compromise.js';
import type { MentionType } from '../types.js';
import { loadJson } from '../data.js';
import { inVocabulary } from '../text/wink.js';
import { caselessSpan } from '../text/caseless.js';
import { cityIndex } from '../place/cities.js';
import { normKey } from '../place/normalize.js';
import { HAND } from '../place/gazetteer.js';
import { stateOfIso2 } from '../countries/table.js';
import type { Unit } from './trie.js';
import { WORDS } from './words.js';
import { at } from '../at.js';
import { unitAt, unitOr } from './trie.js';

interface Patterns {
  orgSuffixes: string[];
  orgHeads: string[];
  miscHeads: string[];
  honorifics: string[];
  personVerbs: string[];
  locPreps: string[];
  notNames: string[];
  miscWords: string[];
  prefixes: string[];
  locHeads: string[];
  joiners: string[];
  contestVerbs: string[];
}

const P = loadJson<Patterns>('actors', 'name-patterns.json');
export const ORG_SUFFIX = new Set(P.orgSuffixes);
export const ORG_HEAD = new Set(P.orgHeads);
const MISC_HEAD = new Set(P.miscHeads);
export const HONORIFIC = new Set(P.honorifics);
const PERSON_VERB = new Set(P.personVerbs);
const LOC_PREP = new Set(P.locPreps);
export const NOT_NAME = new Set(P.notNames);
const MISC_WORD = new Set(P.miscWords);
export const MISC_HEADS = MISC_HEAD;
const LOC_HEAD = new Set(P.locHeads);
const CONTEST_VERB = new Set(P.contestVerbs);
/** Lower-case name particles a name may start with ("van Boxmeer"). */
export const LEAD_JOINERS = new Set(P.joiners);
/** "anti-", "trans-": written onto a place they make an attitude or adjective, not a place. */
export const PREFIXES = new Set(P.prefixes);

type LexType = 'first' | 'last' | 'loc' | 'org';
let lex: Map<string, LexType> | null = null;

/** Given names, surnames, places and organisations from compromise's lexicon (loaded on first use). */
function lexicon(): Map<string, LexType> {
  if (lex) return lex;
  lex = new Map();
  const model = compromise().model() as { one: { lexicon: Record<string, string | string[]> } };
  for (const [w, t] of Object.entries(model.one.lexicon)) {
    const tags = Array.isArray(t) ? t.join(',') : t;
    if (/MaleName|FemaleName|FirstName/.test(tags)) lex.set(w, 'first');
    else if (/LastName/.test(tags)) lex.set(w, 'last');
    else if (/Organization|SportsTeam/.test(tags)) lex.set(w, 'org');
    else if (/City|Country|Region|Place/.test(tags) && !/Abbreviation/.test(tags)) lex.set(w, 'loc');
  }
  return lex;
}

/** A given name in compromise's lexicon ("john", "fatima"). */
export function isGivenName(norm: string): boolean {
  return lexicon().get(norm) === 'first';
}

/** In wink's English vocabulary: a common word, not a name. */
export const commonWord = inVocabulary;

const isCity = (key: string): boolean => cityIndex().has(key);

/** The alpha-2 country of the largest GeoNames city with this name, or null. */
export function cityCountry(name: string): string | null {
  return cityIndex().get(normKey(name))?.[0]?.cc2 ?? null;
}

/**
 * The state a place name stands for: a country, region or city alias of the hand gazetteer
 * ("Gujarat", "Florida": not Cuba's town of that name), else a city so named in `prefer` (the
 * story's own state: "Alexandria police" in a Virginia story), else the largest one, unless every
 * word is a common one (with `commonWordsToo`, as for a capitalised name after "in", "Fort Worth"
 * and "Van" are towns too); null when neither names one, or the gazetteer knows the name as an
 * organisation or a region of no one state.
 */
export function placeNameState(name: string, prefer: string | null = null, commonWordsToo = false): string | null {
  const hand = HAND.get(normKey(name));
  if (hand?.length) {
    const h = at(hand, 0);
    if (h.type === 'country') return h.cca3;
    if (h.type === 'feature') return h.feature.country;
    if (h.type === 'cityAlias') return stateOfIso2(h.cc2);
    return null;
  }
  // "Federal", "Liberal": words of the language, not the towns of Argentina and Kansas so named
  if (!commonWordsToo && name.split(' ').every(everyday)) return null;
  const states = (cityIndex().get(normKey(name)) ?? []).map((c) => stateOfIso2(c.cc2));
  return states.find((st) => st === prefer) ?? states[0] ?? null;
}

/** A city, or a name compromise knows (place, organisation, given name, surname). */
export function knownName(key: string): boolean {
  return isCity(key) || lexicon().has(key);
}

/** A common word, or the plural of one ("Midfielders"). */
export function everyday(w: string): boolean {
  const n = w.toLowerCase();
  return commonWord(n) || (n.endsWith('s') && commonWord(n.slice(0, -1)));
}

/** Letters all capitals (two or more letters). */
export function allCaps(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase() && /\p{L}.*\p{L}/u.test(s);
}

const NO_CASE = 0;
const UPPER = 1;
const MIXED = 2;
/**
 * NO_CASE when lower- and upper-casing agree (no cased letter), else UPPER when the word is its own
 * upper case, else MIXED. ASCII words are read off their char codes: two case-mapped strings per
 * unit were churn (issue 16).
 */
function caseOf(t: string): number {
  let lower = false;
  let upper = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return t.toLowerCase() === t.toUpperCase() ? NO_CASE : t === t.toUpperCase() ? UPPER : MIXED;
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
  }
  return !lower && !upper ? NO_CASE : lower ? MIXED : UPPER;
}

const shoutCache = new WeakMap<readonly Unit[], Set<number>>();

/** A line in capitals (headline, table): capitalisation says nothing about names there. */
export function shoutingSentences(units: readonly Unit[]): Set<number> {
  const hit = shoutCache.get(units);
  if (hit) return hit;
  const words = new Map<number, number>();
  const caps = new Map<number, number>();
  for (const u of units) {
    const t = u.text;
    if (t.length < 2) continue;
    const c = caseOf(t);
    if (c === NO_CASE) continue; // no letters (roughly): punctuation, numbers
    words.set(u.sent, (words.get(u.sent) ?? 0) + 1);
    if (c === UPPER) caps.set(u.sent, (caps.get(u.sent) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [s, n] of words) if (n >= 2 && (caps.get(s) ?? 0) / n >= 0.6) out.add(s);
  shoutCache.set(units, out);
  return out;
}

const caselessCache = new WeakMap<readonly Unit[], Set<number>>();
const unitText = (u: Unit): string => u.text;
/**
 * Sentences written all in lower case (text/caseless.ts): there, a word outside the vocabulary after
 * a title is read as the title holder's name.
 */
export function caselessSentences(units: readonly Unit[]): Set<number> {
  const hit = caselessCache.get(units);
  if (hit) return hit;
  const out = new Set<number>();
  // units run in sentence order: test each sentence's run once
  for (let from = 0, to = 0; from < units.length; from = to) {
    const sent = unitAt(units, from).sent;
    while (to < units.length && unitAt(units, to).sent === sent) to++;
    if (caselessSpan(units, from, to, unitText)) out.add(sent);
  }
  caselessCache.set(units, out);
  return out;
}

const SCORE = /^\d{1,3}$/;
const VERSUS = WORDS.versus;
/** A cell of a table row: a count, a share (".737") or a decimal. */
const CELL = /^(?:\d{1,3}|\d*\.\d+)$/;
const capWord = (u: Unit | undefined): boolean => !!u && /^\p{Lu}/u.test(u.text);

/** Index after a table cell at i (".944" may come as "." "944"), or -1. */
function cellEnd(units: readonly Unit[], i: number, sent: number): number {
  const u = unitOr(units, i);
  if (!u || u.sent !== sent) return -1;
  if (CELL.test(u.text)) return i + 1;
  const n = unitOr(units, i + 1);
  // the sentence splitter may cut ". 944" after the point
  return u.text === '.' && n && n.start === u.end && /^\d+$/.test(n.text) ? i + 2 : -1;
}

/** "Limoges ( France ) 9": a side named before a bracketed country; true when units[i-1] closes it. */
function bracketSide(units: readonly Unit[], i: number): boolean {
  if (units[i - 1]?.text !== ')') return false;
  for (let j = i - 2; j >= Math.max(1, i - 5); j--) if (unitAt(units, j).text === '(') return capWord(units[j - 1]) && unitAt(units, j - 1).sent === unitAt(units, i).sent;
  return false;
}

/** Every unit of [from, to) but `skip` is a word in capitals. A function of its own: a closure
 * over the loop's unit made V8 allocate a context for every unit of the story (issue 16). */
function capsWordsBut(units: readonly Unit[], from: number, to: number, skip: Unit): boolean {
  return units.slice(from, to).every((x) => x === skip || (allCaps(x.text) && /^\p{L}/u.test(x.text)));
}

/**
 * Results lines and tables: a name, a score and straight on another name ("Leeds 2 Everton 0"), or
 * a name (perhaps with its country in brackets) followed by three or more numbers (a standings
 * row). Fixtures count too: "ANAHEIM AT BUFFALO" in capitals (the visitor is the side), "Leeds v Everton".
 * Names there are sides: teams, parties.
 */
export function contestSentences(units: readonly Unit[], games?: Set<number>): Set<number> {
  // asked twice a story (elements.ts, then reader.ts for its games): read once (issue 16)
  const hit = contestCache.get(units);
  if (hit) {
    for (const s of hit.games) games?.add(s);
    return hit.contest;
  }
  const found = readContests(units);
  contestCache.set(units, found);
  for (const s of found.games) games?.add(s);
  return found.contest;
}

const contestCache = new WeakMap<readonly Unit[], { contest: Set<number>; games: Set<number> }>();

function readContests(units: readonly Unit[]): { contest: Set<number>; games: Set<number> } {
  const out = new Set<number>();
  const games = new Set<number>();
  // `games` gets the lines only a match makes (two sides and a score, a fixture): market tables have rows of numbers too
  const game = (s: number): void => {
    out.add(s);
    games.add(s);
  };
  for (let i = 1; i < units.length - 1; i++) {
    const u = unitAt(units, i);
    if (u.text === 'AT' && capWord(units[i - 1]) && allCaps(unitAt(units, i - 1).text) && unitAt(units, i + 1).sent === u.sent && allCaps(unitAt(units, i + 1).text)) {
      // the whole line is "NAME AT NAME"
      let a = i;
      while (a > 0 && unitAt(units, a - 1).sent === u.sent) a--;
      let b = i;
      while (b + 1 < units.length && unitAt(units, b + 1).sent === u.sent) b++;
      if (capsWordsBut(units, a, b + 1, u)) game(u.sent);
      continue;
    }
    // "Bologna ( 4 ) v Piacenza ( 13 )", "Leeds v Everton": a fixture
    if (VERSUS.has(u.text) && unitAt(units, i + 1).sent === u.sent && capWord(units[i + 1]) && (capWord(units[i - 1]) || unitAt(units, i - 1).text === ')')) {
      game(u.sent);
      continue;
    }
    if (!SCORE.test(u.text) || unitAt(units, i - 1).sent !== u.sent || !(capWord(units[i - 1]) || bracketSide(units, i))) continue;
    const n = unitAt(units, i + 1);
    // "Real Madrid 2 ( Suker 24 )": a score and its scorers in brackets
    if (n.sent === u.sent && (capWord(n) || (n.text === '(' && capWord(unitOr(units, i + 2)) && unitAt(units, i + 2).sent === u.sent))) game(u.sent);
    else {
      const c1 = cellEnd(units, i + 1, u.sent);
      if (c1 > 0 && cellEnd(units, c1, u.sent) > 0) out.add(u.sent);
    }
  }
  return { contest: out, games };
}

/** Every word of unit k's line is a one-to-three-letter code in capitals (three words or more). */
function headerLine(units: readonly Unit[], k: number): boolean {
  const sent = unitAt(units, k).sent;
  let a = k;
  while (a > 0 && unitAt(units, a - 1).sent === sent) a--;
  let n = 0;
  for (let j = a; j < units.length && unitAt(units, j).sent === sent; j++, n++) if (!/^\p{Lu}{1,3}$/u.test(unitAt(units, j).text)) return false;
  return n >= 3;
}

export interface NameContext {
  units: readonly Unit[];
  from: number;
  to: number;
  shouting: boolean;
  /** In a results line or table (contestSentences). */
  contest: boolean;
  /** The document has a match result or fixture line: a sports report, where a bare town is usually a team. */
  sport: boolean;
  /** Surnames (and full names) of people typed PER elsewhere in the document. */
  people: ReadonlySet<string>;
  /** Leading words of organisation names found elsewhere ("Newmont" of "Newmont Mining Corp"). */
  orgs: ReadonlySet<string>;
}

const initial = (w: string): boolean => /^\p{Lu}\.$/u.test(w);

/** The mention type of an unknown name, or null when it is not a name. `strong` says a clue decided it. */
export function typeName(c: NameContext): { type: MentionType | null; strong: boolean } {
  const { units, from, to } = c;
  // one loop, not slice/filter/map/join: this hot function then keeps one array map (issue 16)
  const words: string[] = [];
  const norms: string[] = [];
  let spaced = '';
  for (let k = from; k < to; k++) {
    const u = unitAt(units, k);
    spaced += (k > from && u.start > unitAt(units, k - 1).end ? ' ' : '') + u.text;
    if (u.text === '-') continue;
    words.push(u.text);
    norms.push(u.text.toLowerCase());
  }
  const key = normKey(spaced);
  const last = at(norms, norms.length - 1);
  const first = at(norms, 0);
  const lx = lexicon();
  const prev = from > 0 && unitAt(units, from - 1).sent === unitAt(units, from).sent ? unitAt(units, from - 1).norm : null;
  const next = to < units.length && unitAt(units, to).sent === unitAt(units, from).sent ? unitAt(units, to).norm : null;
  const sentStart = prev === null || ['"', "'", '`', '``', '(', '-', '--'].includes(prev);
  if (norms.every((w) => w.replace(/[^\p{L}]/gu, '').length <= 1)) return { type: null, strong: true };
  // "W L T GF GA": a table header; "Group C": a word and a letter
  if (words.length >= 3 && words.every((w) => w.length <= 3 && allCaps(w) || w.length === 1)) return { type: null, strong: true };
  if (words.length === 2 && commonWord(first) && /^[\p{Lu}\d]$/u.test(at(words, 1))) return { type: null, strong: true };
  // "FIRST DIVISION", "Second Division": a tier of a league, not a name
  if (words.length === 2 && WORDS.leagueTiers.has(first) && last === 'division') return { type: null, strong: true };
  // a table header line, every cell a short code: "W L T PF PA", "P W D L F A PTS"
  if (words.every((w) => w.length <= 3 && allCaps(w)) && headerLine(units, from)) return { type: null, strong: true };
  if (words.length === 1 && c.people.has(key)) return { type: 'PER', strong: true };
  if (norms.every((w) => NOT_NAME.has(w))) return { type: null, strong: true };
  const dateline = sentStart && allCaps(words.join('')) && next === ',';
  if (dateline) return { type: 'LOC', strong: true }; // "VAIL, Colo.": a dateline
  if (words.length === 1 && MISC_WORD.has(first)) return { type: 'MISC', strong: true };
  if (c.shouting) {
    // "ANAHEIM AT BUFFALO": the host ends the line, and is where they play
    if (c.contest && prev === 'at' && next === null) return { type: 'LOC', strong: true };
    if (c.contest && (isCity(key) || lx.get(key) === 'org' || (next !== null && SCORE.test(next)) || next === 'at')) return { type: 'ORG', strong: true };
    if (c.people.has(key)) return { type: 'PER', strong: true };
    if (isCity(key) || lx.get(key) === 'loc') return { type: 'LOC', strong: true };
    if (lx.get(key) === 'org' || (words.length > 1 && ORG_SUFFIX.has(last))) return { type: 'ORG', strong: true };
    if (words.length > 1 && MISC_HEAD.has(last)) return { type: 'MISC', strong: true };
    if (words.length >= 2 && lx.get(first) === 'first') return { type: 'PER', strong: true };
    if (norms.every((w) => commonWord(w) || w.length <= 2)) return { type: null, strong: true };
    if (words.length === 1 && at(words, 0).length <= 4) return { type: 'ORG', strong: true }; // "NHL": an acronym
  }
  // "Results", "Standings": a common word capitalised because it starts the sentence
  if (words.length === 1 && sentStart && !allCaps(at(words, 0)) && everyday(first) && !lx.has(first) && !isCity(key)) return { type: null, strong: true };
  const of = norms.indexOf('of');
  if ((words.length > 1 && ORG_SUFFIX.has(last)) || (of > 0 && ORG_HEAD.has(at(norms, of - 1))) || lx.get(key) === 'org') return { type: 'ORG', strong: true };
  if (MISC_HEAD.has(last) && words.length > 1) return { type: 'MISC', strong: true };
  if (prev !== null && HONORIFIC.has(prev)) return { type: 'PER', strong: true };
  // "Bochum 2 ( Stickroth 30th , Wosz 89th )": a scorer and the minute
  if (c.contest && (prev === '(' || prev === ',') && next !== null && /^\d+(?:st|nd|rd|th)?$/.test(next)) return { type: 'PER', strong: true };
  if (c.contest && !c.people.has(key) && !(words.length > 1 && lx.get(first) === 'first')) return { type: 'ORG', strong: true }; // a side in a results line: a team
  if (words.length === 1 && allCaps(at(words, 0)) && !c.shouting && at(words, 0).length <= 6) {
    return { type: isCity(key) || lx.get(key) === 'loc' ? 'LOC' : 'ORG', strong: true };
  }
  if (words.length >= 2 && (lx.get(first) === 'first' || initial(at(words, 0)))) return { type: 'PER', strong: true };
  if (words.length > 1 && LOC_HEAD.has(last)) return { type: 'LOC', strong: true };
  if (c.people.has(key)) return { type: 'PER', strong: true };
  if (c.orgs.has(key)) return { type: 'ORG', strong: true };
  // weak: a team or company of the same name elsewhere in the document wins
  if (isCity(key) || lx.get(key) === 'loc') {
    // "Porto beat Feyenoord", "drew with Leeds": a city in a contest is a team
    const prev2 = from > 1 && unitAt(units, from - 2).sent === unitAt(units, from).sent ? unitAt(units, from - 2).norm : null;
    const side = (next !== null && CONTEST_VERB.has(next)) || (prev !== null && CONTEST_VERB.has(prev)) || (prev === 'with' && prev2 !== null && CONTEST_VERB.has(prev2));
    // in a sports report a town that is not after "in/at/near" or in a dateline is a team ("Parma drew 1-1")
    const team = c.sport && words.length <= 2 && (prev === null || !LOC_PREP.has(prev)) && next !== ',' && !(prev !== null && /^[,(]$/.test(prev));
    return { type: side || team ? 'ORG' : 'LOC', strong: side };
  }
  // "Jewish", "Zairean": an adjective of nation or creed
  if (words.length === 1 && unitAt(units, from).pos === 'ADJ' || (words.length === 1 && /(?:ean|ian|ese|ish|ic|i)$/.test(first) && commonWord(first))) return { type: 'MISC', strong: false };
  if (lx.get(key) === 'last' || lx.get(key) === 'first') return { type: 'PER', strong: false };
  if (prev !== null && LOC_PREP.has(prev)) return { type: 'LOC', strong: false };
  // "the Colts", "the Wallabies": a plural name after "the" is a team or a body, not a person
  if (words.length === 1 && prev === 'the' && /\p{Ll}s$/u.test(at(words, 0)) && lx.get(key) !== 'first' && !isCity(key) && lx.get(key) !== 'loc') return { type: 'ORG', strong: true };
  if (next !== null && PERSON_VERB.has(next)) return { type: 'PER', strong: false };
  // a name made of everyday words ("National", "New York Commodities Desk") is more often an organisation
  if (norms.every((w) => commonWord(w))) return { type: words.length > 1 ? 'ORG' : null, strong: false };
  return { type: 'PER', strong: false };
}

/** Keys an ORG name adds to the document's organisations: its leading words before the suffix. */
export function orgKeys(text: string): string[] {
  const words = normKey(text).split(/\s+/).filter(Boolean);
  const out: string[] = [words.join(' ')];
  for (let n = 1; n < words.length; n++) if (!commonWord(at(words, n - 1)) || n > 1) out.push(words.slice(0, n).join(' '));
  return out;
}

/** Keys a PER name adds to the document's people: the full name and its last word. */
export function personKeys(text: string): string[] {
  const words = normKey(text).split(/[\s-]+/).filter(Boolean);
  return words.length > 1 ? [words.join(' '), at(words, words.length - 1)] : [];
}

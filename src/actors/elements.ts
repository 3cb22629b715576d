// Elements: trie hits (people, organisations, places, role words) and unknown proper-noun runs.
import { priority, type Target } from './lexicon.js';
import { BUILT_IN, type ActorKnowledge } from './knowledge.js';
import { normUnit, type Unit, unitAt, unitNorms, unitOr } from './trie.js';
import type { MentionType } from '../types.js';
import { LEAD_JOINERS, MISC_HEADS, NOT_NAME, ORG_SUFFIX, ORG_HEAD, caselessSentences, commonWord, contestSentences, everyday, isGivenName, knownName, shoutingSentences } from './names.js';
import { WORDS } from './words.js';
import { at } from '../at.js';

/** An element: a dictionary/trie hit or an unknown proper-noun run, as a unit range. */
export interface El {
  from: number;
  to: number;
  target: Target | null; // null: unknown PROPN run
  /** For a run merged with a known name ("Real Madrid", "Bank of England"): the type it suggests. */
  hint?: MentionType;
}

const JOINERS = WORDS.joiners;
/** Capitalised before a title, these belong to it, not to a name. */
const TITLE_MODIFIERS = WORDS.titleModifiers;
/** Words that never start a name in a line in capitals. */
const SHOUT_STOP = WORDS.shoutStop;
const NOT_NAMES = WORDS.notNames;

/**
 * In a sentence without capitals ("pakistan accused india of ..."), the dictionary's names match in
 * lower case too: places and organisations always; a person only by a name of two words or more, or
 * by one word outside the vocabulary ("putin", not "rice" or "may").
 */
function caselessMatch(knowledge: ActorKnowledge, units: readonly Unit[], i: number): ReturnType<ActorKnowledge['matchAt']> {
  const m = knowledge.matchAt(units, i, true);
  if (!m) return null;
  const single = m.to - m.from === 1 && commonWord(unitAt(units, i).norm);
  const values = m.values.filter((v) => v.kind !== 'person' || !single);
  if (values.length === m.values.length) return m;
  return values.length > 0 ? { ...m, values } : knowledge.matchAt(units, i);
}

/** Trie hits (longest match, highest priority) and unknown PROPN runs over the rest. */
export function findElements(units: readonly Unit[], knowledge: ActorKnowledge = BUILT_IN): El[] {
  const els: El[] = [];
  const covered = new Uint8Array(units.length);
  const caselessSents = caselessSentences(units);
  for (let i = 0; i < units.length; ) {
    const m = caselessSents.size > 0 && caselessSents.has(unitAt(units, i).sent) ? caselessMatch(knowledge, units, i) : knowledge.matchAt(units, i);
    if (m) {
      const best = m.values.reduce((a, b) => (priority(b) > priority(a) ? b : a));
      // "Donald Trump Jr.": a person's name with a generational suffix after it is another person
      const after = unitOr(units, m.to);
      if (best.kind === 'person' && after && after.sent === unitAt(units, m.from).sent && WORDS.generationalSuffixes.has(after.norm)) { i++; continue; }
      els.push({ from: m.from, to: m.to, target: best });
      covered.fill(1, m.from, m.to);
      i = m.to;
    } else i++;
  }
  // in a line in capitals the tagger's PROPN is unreliable: every capitalised word is a candidate, names.ts sorts them
  const shouting = shoutingSentences(units);
  // there, a candidate is a word outside the vocabulary or part of a known multi-word name ("NEW YORK")
  const known = new Uint8Array(units.length);
  for (let i = 0; i < units.length; i++) {
    if (!shouting.has(unitAt(units, i).sent)) continue;
    for (let n = 3; n >= 2; n--) {
      const j = i + n;
      if (j > units.length || unitAt(units, j - 1).sent !== unitAt(units, i).sent) continue;
      if (knownName(unitNorms(units, i, j))) known.fill(1, i, j);
    }
    // "WORLD CUP", "RUGBY UNION": a word and an event or organisation word
    const next = unitOr(units, i + 1);
    if (next && next.sent === unitAt(units, i).sent && /^\p{L}{2,}$/u.test(unitAt(units, i).text) && !SHOUT_STOP.has(unitAt(units, i).norm) && (MISC_HEADS.has(next.norm) || ORG_SUFFIX.has(next.norm))) known.fill(1, i, i + 2);
  }
  // a standings row or fixture in capitals ("NY ISLANDERS 7 11 8", "TAMPA BAY AT BOSTON"): the words before a number or "AT" are a side
  const contest = contestSentences(units);
  for (let i = 0; i < units.length; i++) {
    if (!shouting.has(unitAt(units, i).sent) || !contest.has(unitAt(units, i).sent) || !/^\p{Lu}+$/u.test(unitAt(units, i).text) || SHOUT_STOP.has(unitAt(units, i).norm)) continue;
    let j = i;
    while (j < units.length && unitAt(units, j).sent === unitAt(units, i).sent && /^\p{Lu}+$/u.test(unitAt(units, j).text) && unitAt(units, j).text !== 'AT') j++;
    const n = unitOr(units, j);
    if (j - i <= 3 && (i === 0 || unitAt(units, i - 1).sent !== unitAt(units, i).sent || unitAt(units, i - 1).text === 'AT') && n && n.sent === unitAt(units, i).sent && (/^\d+$/.test(n.text) || n.text === 'AT')) known.fill(1, i, j);
    else if (j - i <= 3 && i > 0 && unitAt(units, i - 1).text === 'AT' && (!n || n.sent !== unitAt(units, i).sent)) known.fill(1, i, j);
    i = j;
  }
  const isName = (k: number): boolean => {
    const u = unitOr(units, k);
    if (!u || covered[k] || !/^\p{Lu}/u.test(u.text) || NOT_NAMES.has(u.norm) || NOT_NAME.has(u.norm)) return false;
    if (TITLE_MODIFIERS.has(u.norm) && covered[k + 1]) return false; // "Vice" of "Vice Foreign Minister"
    if (shouting.has(u.sent)) return /\p{L}/u.test(u.text) && (known[k] === 1 || !commonWord(u.norm));
    // the tagger misses some names ("USDA" as NOUN): a capitalised word outside the vocabulary is one too
    return u.pos === 'PROPN' || (/\p{L}{2}/u.test(u.text) && u.pos !== 'PUNCT' && !commonWord(u.norm));
  };
  for (let i = 0; i < units.length; i++) {
    if (!isName(i)) continue;
    let end = i + 1;
    for (;;) {
      if (end < units.length && unitAt(units, end).sent === unitAt(units, i).sent && isName(end)) {
        end++;
        continue;
      }
      // "Matthew Burke": after a given name, a capitalised word the tagger took for a noun is the surname
      const nx = unitOr(units, end);
      if (nx && nx.sent === unitAt(units, i).sent && !covered[end] && isGivenName(unitAt(units, end - 1).norm) && /^\p{Lu}\p{Ll}+$/u.test(nx.text) && !shouting.has(nx.sent) && !NOT_NAMES.has(nx.norm) && !NOT_NAME.has(nx.norm)) {
        end++;
        continue;
      }
      // joiners: von der, al-, bin, of (only between two name words, never across a known name)
      let k = end;
      while (k < units.length && !covered[k] && unitAt(units, k).sent === unitAt(units, i).sent && (JOINERS.has(unitAt(units, k).norm) || (unitAt(units, k).text === '-' && unitAt(units, k).start === unitAt(units, k - 1).end))) k++;
      // (a person's name takes no "of": "Charles Schumer of New York" is a senator of a state)
      const ofPerson = k === end + 1 && unitAt(units, end).norm === 'of' && isGivenName(unitAt(units, i).norm);
      if (k > end && k < units.length && !ofPerson && isName(k) && unitAt(units, k).sent === unitAt(units, i).sent) {
        end = k + 1;
        continue;
      }
      break;
    }
    let from = i;
    // "Rob Andrew": a given name the tagger took for a verb or noun, before the name
    const pv = unitOr(units, i - 1);
    if (pv && pv.sent === unitAt(units, i).sent && !covered[i - 1] && /^\p{Lu}\p{Ll}+$/u.test(pv.text) && isGivenName(pv.norm) && !shouting.has(pv.sent)) from = i - 1;
    // "Defender Hassan Abbas": a sentence-initial everyday word is capitalised by position, not a name
    const first = unitAt(units, i);
    const sentStart = i === 0 || unitAt(units, i - 1).sent !== first.sent || /^["'`(-]+$/.test(unitAt(units, i - 1).text);
    // (not at the head of a table row: "Athletic Bilbao 15 7 4 4", "Racing Santander" are whole team names)
    if (sentStart && end - i > 1 && !shouting.has(first.sent) && !contest.has(first.sent) && everyday(first.norm) && !isGivenName(first.norm)) {
      const key = unitNorms(units, i, end);
      const rest = unitNorms(units, i + 1, end);
      if (!knownName(key) && !knownName(first.norm) && (isGivenName(unitAt(units, i + 1).norm) || knownName(rest))) from = i + 1;
      // "Shares of Veltrona Holdings": an everyday word and "of" before the name
      else if (unitAt(units, i + 1).norm === 'of' && !ORG_HEAD.has(first.norm) && end - i > 2) from = unitAt(units, i + 2).norm === 'the' ? i + 3 : i + 2;
    }
    // "van Boxmeer": a lower-case particle before the name belongs to it
    while (from > 0 && from > i - 2 && unitAt(units, from - 1).sent === first.sent && !covered[from - 1] && LEAD_JOINERS.has(unitAt(units, from - 1).text)) from--;
    els.push({ from, to: end, target: null });
    i = end - 1;
  }
  els.push(...caselessNames(units, els, covered));
  return mergeNames(units, els.sort((a, b) => a.from - b.from), shouting);
}

/**
 * A word that may be part of a caseless name: a noun or adjective by its tag, or, first after the
 * title, two letters of initials the tagger reads as something else ("dj patel", "rk pandit").
 */
function namePart(u: Unit, first: boolean): boolean {
  return ['NOUN', 'PROPN', 'ADJ'].includes(u.pos) || (first && /^\p{L}{2}$/u.test(u.text) && (u.pos === 'VERB' || u.pos === 'X' || u.pos === 'INTJ'));
}

/** Most words a title's bracketed portfolio holds ("(law and order)", "(border range)"). */
const BRACKET_WORDS = 4;

/**
 * The unit after a short bracketed phrase opening at unit k in sentence `sent` ("DCP (law and order)
 * T R Suresh": a title's portfolio stands between it and the name), else k.
 */
export function pastBrackets(units: readonly Unit[], k: number, sent: number): number {
  if (k >= units.length || unitAt(units, k).sent !== sent || unitAt(units, k).text !== '(') return k;
  for (let j = k + 1; j <= k + BRACKET_WORDS + 1 && j < units.length && unitAt(units, j).sent === sent; j++) {
    if (unitAt(units, j).text === ')') return j + 1;
  }
  return k;
}

/** Longest name read after a title in a caseless sentence ("police commissioner din dayal tuteja"). */
const MAX_CASELESS_NAME = 4;

/**
 * In a sentence without capitals, the words after a title ("police commissioner ravi kumar said") are
 * its holder's name when the run ends in a word outside the vocabulary; a run ending in an everyday
 * word ("police commissioner office") is a compound noun, not a name. The holder's surname alone is
 * then a name wherever it recurs.
 */
function caselessNames(units: readonly Unit[], els: readonly El[], covered: Uint8Array): El[] {
  const caseless = caselessSentences(units);
  if (!caseless.size) return [];
  const out: El[] = [];
  for (const e of els) {
    if (e.target?.kind !== 'role' || !e.target.role.title || !caseless.has(unitAt(units, e.from).sent)) continue;
    const sent = unitAt(units, e.from).sent;
    // "the deputy commissioner of police, soumen mitra, told": the name may stand in commas after the role
    const to = pastBrackets(units, e.to, sent);
    const apposed = to + 1 < units.length && unitAt(units, to).norm === ',' && unitAt(units, to + 1).sent === sent;
    const from = apposed ? to + 1 : to;
    let end = from;
    while (end < units.length && end - from < MAX_CASELESS_NAME && !covered[end] && unitAt(units, end).sent === sent && /^\p{L}[\p{L}.'-]*$/u.test(unitAt(units, end).text) && namePart(unitAt(units, end), end === from)) end++;
    // trim everyday words off the end: the name's last word is one the vocabulary does not know
    while (end > from && (commonWord(unitAt(units, end - 1).norm) || unitAt(units, end - 1).norm.length < 3)) end--;
    if (end === from) continue;
    // an apposed name is closed by its second comma: "the police, residents said" names no one
    if (apposed && !(end < units.length && unitAt(units, end).norm === ',' && unitAt(units, end).sent === sent)) continue;
    out.push({ from, to: end, target: null });
    covered.fill(1, from, end);
  }
  // later, the surname alone names the same holder ("... gupta said"), as "Gupta" would in cased text
  const surnames = new Set(out.map((e) => unitAt(units, e.to - 1).norm));
  for (let k = 0; k < units.length && surnames.size; k++) {
    if (covered[k] || !caseless.has(unitAt(units, k).sent) || !surnames.has(unitAt(units, k).norm)) continue; // names read above are covered
    out.push({ from: k, to: k + 1, target: null });
    covered[k] = 1;
  }
  return out;
}

const adjacent = (units: readonly Unit[], a: number, b: number): boolean => b < units.length && unitAt(units, a).sent === unitAt(units, b).sent && a + 1 === b;

/**
 * Unknown runs that swallow a neighbouring known name: "Real Madrid" (run + capital), "British
 * Airways" (place + run ending in an organisation word), "Bank of England" (organisation head +
 * of + place or run). The merged run is unknown (target null) with an ORG hint.
 */
function mergeNames(units: readonly Unit[], els: El[], shouting: ReadonlySet<number>): El[] {
  const out: El[] = [];
  // a capitalised role word that names organisations ("Bank", "University") can head or end an organisation's name
  const orgWord = (e: El | undefined, set: ReadonlySet<string>): boolean =>
    !!e && e.target?.kind === 'role' && e.to - e.from === 1 && /^\p{Lu}/u.test(unitAt(units, e.from).text) && set.has(unitAt(units, e.from).norm);
  for (let i = 0; i < els.length; i++) {
    const a = at(els, i);
    const b = els[i + 1];
    const lastOf = (e: El): string => unitAt(units, e.to - 1).norm;
    // "Santa Fe Pacific Gold Corp": a place word inside one name
    const c = els[i + 2];
    if (b && c && a.target === null && b.target?.kind === 'place' && c.target === null && adjacent(units, a.to - 1, b.from) && adjacent(units, b.to - 1, c.from) && ORG_SUFFIX.has(lastOf(c))) {
      out.push({ from: a.from, to: c.to, target: null, hint: 'ORG' });
      i += 2;
      continue;
    }
    if (b && a.target === null && orgWord(b, ORG_SUFFIX) && adjacent(units, a.to - 1, b.from)) {
      out.push({ from: a.from, to: b.to, target: null, hint: 'ORG' }); // "Quorvale University"
      i++;
      continue;
    }
    if (b && adjacent(units, a.to - 1, b.from)) {
      // "Hassan Abbas": a given name before someone's bare surname is another person
      const p = b.target?.kind === 'person' && b.target.short ? b.target.person : null;
      // ("Sergeant Dan Blair": a longer run ending on a given name is such a name too)
      const given = a.to - a.from === 1 || isGivenName(unitAt(units, a.to - 1).norm);
      if (a.target === null && given && p && normUnit(p.name.split(/\s+/)[0]!) !== unitAt(units, a.to - 1).norm) {
        out.push({ from: a.from, to: b.to, target: null, hint: 'PER' });
        i++;
        continue;
      }
      // "John Major", "Gordon Brown"-like: a given name then a capitalised title word is one name
      const titleWord = b.target?.kind === 'role' && b.to - b.from === 1 && /^\p{Lu}\p{Ll}/u.test(unitAt(units, b.from).text);
      if (a.target === null && titleWord && isGivenName(unitAt(units, a.to - 1).norm)) {
        out.push({ from: a.from, to: b.to, target: null, hint: 'PER' });
        i++;
        continue;
      }
      const capital = a.target === null && b.target?.kind === 'place' && b.target.place.kind === 'capital';
      // not in a line in capitals, where "FRENCH LEAGUE" is a nationality and a word
      const calm = !shouting.has(unitAt(units, a.from).sent);
      const placeOrg = calm && a.target?.kind === 'place' && a.target.place.kind !== 'region' && b.target === null && ORG_SUFFIX.has(lastOf(b));
      if (capital || placeOrg) {
        out.push({ from: a.from, to: b.to, target: null, hint: 'ORG' });
        i++;
        continue;
      }
      // "Zimbabwe Open", "Asian Cup": a place and an event word
      if (calm && a.target?.kind === 'place' && b.target === null && MISC_HEADS.has(lastOf(b))) {
        out.push({ from: a.from, to: b.to, target: null, hint: 'MISC' });
        i++;
        continue;
      }
    }
    if ((a.target === null || orgWord(a, ORG_HEAD)) && ORG_HEAD.has(lastOf(a)) && b && (b.target === null || b.target.kind === 'place')) {
      let k = a.to;
      if (unitOr(units, k)?.norm === 'of' && unitAt(units, k).sent === unitAt(units, a.from).sent) {
        k++;
        if (unitOr(units, k)?.norm === 'the') k++;
        if (k === b.from && unitAt(units, b.from).sent === unitAt(units, a.from).sent) {
          out.push({ from: a.from, to: b.to, target: null, hint: 'ORG' });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}


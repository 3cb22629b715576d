// A party the text names in words no dictionary knows: "kishore and others were arrested",
// "120 were detained". PLOVER keeps such a party with its text and no code, so the analyst sees the
// event and can code the party; dropping it would lose a real arrest.
import type { ActorRef, Sentence } from '../types.js';
import { PRONOUNS, isApostropheS } from './cues.js';
import { WORDS } from './words.js';
import type { Party } from './participants.js';
import { relativeOpener, skipLeft } from './skip-left.js';
import { inTime, type DocView } from './view.js';
import { tokenAt } from '../doc.js';
import { int32At } from '../at.js';
import { partyNoun } from './party-nouns.js';
import { firstAt, someCovers, spansWithin } from '../span-index.js';

/** Parts of speech a bare noun phrase is made of, and those that may be its last (head) word. */
const NP_POS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET', 'CCONJ', 'PRON']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
const MAX_WORDS = 8;

/** The words of tokens first..last as a party with no code: PLOVER keeps its text for the analyst. */
export function uncodedParty(view: DocView, first: number, last: number): Party {
  const a = tokenAt(view.doc.tokens, first), b = tokenAt(view.doc.tokens, last);
  const text = view.doc.text.slice(a.start, b.end);
  const ref: ActorRef = { start: a.start, end: b.end, actorId: `unresolved:${text.toLowerCase()}`, code: null, sector: null, text };
  return { refs: [ref], token: first };
}

/** The noun phrase right before the auxiliaries of a passive head `h`, as an uncoded party. */
export function unnamedSubject(view: DocView, s: Sentence, h: number): Party | null {
  const tokens = view.doc.tokens;
  let end = skipLeft(view, h - 1, s.tokenStart); // last token of the phrase
  // "Orrin Tavell — who was seen near the harbour — was arrested", "the accused, who had fled, was
  // arrested": past a relative clause between dashes, or between commas when auxiliaries stand
  // between the closing comma and the verb (a comma right before the verb may close a list: "for
  // dead, injured or lost animals"); relativeOpener wants a relative word after the opening mark
  const mark = end > s.tokenStart ? tokenAt(tokens, end).norm : '';
  const opener = (mark === ',' && end < h - 1) || WORDS.appositionDashes.has(mark) ? relativeOpener(view, s.tokenStart, end, view.quoted[h] ?? 0) : -1;
  if (opener >= 0) end = opener - 1;
  if (end < s.tokenStart || int32At(view.actorAt, end) >= 0) return null;
  const head = tokenAt(tokens, end);
  if (!HEAD_POS.has(head.pos)) return null;
  if (head.pos === 'PRON' && PRONOUNS[head.norm] !== 'PER' && PRONOUNS[head.norm] !== 'ANY') return null; // "it", "which": not a person
  let start = end;
  while (start - 1 >= s.tokenStart && end - start + 1 < MAX_WORDS) {
    const t = tokenAt(tokens, start - 1);
    if (int32At(view.actorAt, start - 1) >= 0 || view.quoted[start - 1] || inTime(view.doc, t.start)) break;
    if (!NP_POS.has(t.pos) && t.norm !== 'of') break;
    start--;
  }
  while (start < end && ['DET', 'CCONJ', 'ADP'].includes(tokenAt(tokens, start).pos)) start++;
  return uncodedParty(view, start, end);
}

/**
 * The noun phrase that starts at `from` and runs right ("the arrests of these absconders": from the
 * token after "of"), as an uncoded party: modifiers and nouns up to the first word of another kind,
 * ending on its last noun. Null when it names an actor the dictionaries know (that is read as one).
 */
export function unnamedAfter(view: DocView, s: Sentence, from: number): Party | null {
  const tokens = view.doc.tokens;
  let start = from;
  while (start < s.tokenEnd && tokenAt(tokens, start).pos === 'DET') start++;
  let end = -1;
  for (let k = start; k < s.tokenEnd && k - start < MAX_WORDS; k++) {
    const t = tokenAt(tokens, k);
    if (int32At(view.actorAt, k) >= 0 || view.quoted[k] || inTime(view.doc, t.start)) return null;
    if (!NP_POS.has(t.pos) || t.pos === 'CCONJ' || (t.pos === 'DET' && k > start)) break;
    if (HEAD_POS.has(t.pos) && t.pos !== 'PRON') end = k;
  }
  if (end < 0) return null;
  return uncodedParty(view, start, end);
}

/** Name types a party may be: a person or an organisation no dictionary knows ("Roy Moore", "Acme Mining"). */
const PARTY_NAME_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG']);

/**
 * The unknown name (a PER or ORG mention no dictionary resolved) that starts at token `k`, as an
 * uncoded party; null when none starts there or any of its tokens belongs to a known actor.
 */
export function unknownNameAt(view: DocView, s: Sentence, k: number): Party | null {
  if (k >= s.tokenEnd || int32At(view.actorAt, k) >= 0) return null;
  const t = tokenAt(view.doc.tokens, k);
  if (t.pos !== 'PROPN') return null;
  const m = firstAt(view.doc.mentions, t.start, 'start');
  if (!m || !PARTY_NAME_TYPES.has(m.type)) return null;
  let last = k;
  while (last + 1 < s.tokenEnd && tokenAt(view.doc.tokens, last + 1).end <= m.end) last++;
  for (let j = k; j <= last; j++) if (int32At(view.actorAt, j) >= 0) return null;
  // "Manafort's counsel", "EPA Inspector General Elkins": the name modifies the noun after it, which is the party
  const next = last + 1 < s.tokenEnd ? tokenAt(view.doc.tokens, last + 1) : null;
  if (next && (next.pos === 'PART' || isApostropheS(next.norm) || next.pos === 'NOUN' || next.pos === 'PROPN')) return null;
  // a place or a day the name tagger took for an organisation ("retook Eastern Ghouta", "on Fridays")
  const places = view.doc.places;
  if (someCovers(places, m.start) || someCovers(places, m.end - 1) || spansWithin(places, m.start, m.end).length > 0 || inTime(view.doc, m.start)) return null;
  return uncodedParty(view, k, last);
}

/**
 * "Jeremy Fleming accused Russia of meddling", "Cuomo slammed Trump": a person's name no dictionary
 * knows, right before its verb (past adverbs and auxiliaries), as an uncoded actor. A person only (an
 * organisation's unknown name is as often a product or a place), not after a preposition, and, when
 * set off by commas, as an apposition closing the subject's phrase (unknownNameAt's checks besides).
 */
export function unknownPersonSubject(view: DocView, s: Sentence, h: number): Party | null {
  let end = skipLeft(view, h - 1, s.tokenStart);
  // "the director of the agency, Orla Brennick, has accused": a name set off by commas before the
  // verb names the subject phrase's person
  const appositive = end > s.tokenStart && tokenAt(view.doc.tokens, end).norm === ',';
  if (appositive) end--;
  if (end < s.tokenStart || int32At(view.actorAt, end) >= 0) return null;
  const last = tokenAt(view.doc.tokens, end);
  const m = firstAt(view.doc.mentions, last.end, 'end');
  if (!m || m.type !== 'PER') return null;
  let first = end;
  while (first - 1 >= s.tokenStart && tokenAt(view.doc.tokens, first - 1).start >= m.start) first--;
  const before = first > s.tokenStart ? tokenAt(view.doc.tokens, first - 1) : null;
  if (before?.pos === 'ADP' || (appositive && before?.norm !== ',')) return null;
  return unknownNameAt(view, s, first);
}

/**
 * Whether token `k`, the head of a passive's subject phrase, names someone who can suffer an act: a
 * WordNet party noun ("her husband", "four officers") or a person's name the name tagger found and
 * no place covers ("Fransen", "Saheed Vassell"; not "until Raqqa is retaken").
 */
export function personHead(view: DocView, k: number): boolean {
  const t = tokenAt(view.doc.tokens, k);
  if (partyNoun(t)) return true;
  if (t.pos !== 'PROPN' || someCovers(view.doc.places, t.start)) return false;
  const m = firstAt(view.doc.mentions, t.start, 'start') ?? null;
  return view.doc.mentions.some((x) => x.type === 'PER' && x.start <= t.start && t.end <= x.end) || (m !== null && m.type === 'PER');
}

// Who did it and to whom: the agent is the clause subject to the left of the trigger
// (or the by-phrase of a passive), the recipient the first non-locative actor after it.
// No parser: these are rules over actor-mention spans, tokens and closed-class cues.
import type { ActorRef, Sentence } from '../types.js';
import { ADVERB_LIKE, BE_FORMS, CUES, PRONOUNS, RELATIVES, COMMA_RELATIVES, PERSON_RELATIVES, isApostropheS } from './cues.js';
import { hyphenedTail, inTime, NOUN_PHRASE_POS, OBJECT_PHRASE_POS, verbListEnd, type DocView } from './view.js';
import { firstCovering } from '../span-index.js';
import { namesOfficeHolder } from '../actors/roles.js';
import { actorRef, sentenceIndexOfToken, tok, wordsAt } from '../doc.js';
import { WORDS } from './words.js';
import { at, int32At } from '../at.js';
import { atHome } from './home.js';
import { possessedParty } from './possessed.js';
import { relativeOpener, skipLeft } from './skip-left.js';
import { REPORTING_VERBS } from '../quotes/cues.js';
import { isIrregularPast } from './inflect.js';
import { uncodedParty, unknownNameAt } from './unnamed.js';
import { partyNoun } from './party-nouns.js';
import { approximator, countWord, sizeWord } from './size.js';
import { verbalAdjunct } from './verbcheck.js';
import { FRAME_CODES } from './frames/codes.js';

export interface Party {
  refs: ActorRef[];
  /** The token where the party starts (for modality scans). */
  token: number;
  /** Resolved through a pronoun that points at the speaker of a speech verb. */
  selfReport?: boolean;
  /** A place of action standing in for an unnamed recipient. */
  viaPlace?: boolean;
  /** The attack noun this agent was read from ("killed in an Israeli air strike"): the same act. */
  causeNoun?: number;
}

const RECIPIENT_WINDOW = 16;
const BY = WORDS.agentPreps;
const AGAINST = WORDS.againstPreps;
export const STOP_RIGHT = WORDS.stopRight;
const SUBORDINATORS = WORDS.subordinators;
const ABSOLUTE_PREPS = WORDS.absolutePreps;
export const STOP_LEFT = WORDS.stopLeft;

export function toRef(view: DocView, idx: number): ActorRef {
  const m = at(view.doc.actors, idx);
  return atHome(actorRef(m), m.via === 'generic' || m.via === 'role', view.home);
}

function tokenNorm(view: DocView, i: number): string {
  return view.doc.tokens[i]?.norm ?? '';
}

/** Words between "and" and a coordinated party: its article and adjectives ("and the paramilitary RSF"). */
const MODIFIER_REACH = 3;
const isModifier = (view: DocView, k: number): boolean => {
  const t = tok(view.doc, k);
  return t.norm === 'the' || (t.pos === 'ADJ' && int32At(view.actorAt, k) < 0);
};

/** A one-word short form: two capitals or more ("EU", "NATO", "MoD"), not a qualifier ("(intelligence)"). */
const SHORT_FORM = /^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u;

/**
 * The party a short form in brackets spells out: for the mention in "the European Union (EU)", the
 * one whose last token is right before "(": the same actor, or a short form with the same code; else -1.
 */
function spelledOut(view: DocView, idx: number): number {
  const first = int32At(view.actorFirstToken, idx);
  const last = int32At(view.actorLastToken, idx);
  if (first < 2 || tokenNorm(view, first - 1) !== '(' || tokenNorm(view, last + 1) !== ')') return -1;
  const long = int32At(view.actorAt, first - 2);
  if (long < 0 || long === idx) return -1;
  const short = at(view.doc.actors, idx).actor;
  const full = at(view.doc.actors, long).actor;
  if (short.id === full.id) return long;
  return first === last && SHORT_FORM.test(tok(view.doc, first).text) && short.code !== null && short.code === full.code ? long : -1;
}

/** The party before token k when k closes a bracketed short form of it ("the European Union (EU)"), else -1. */
function beforeShortForm(view: DocView, k: number): number {
  if (tokenNorm(view, k) !== ')') return -1;
  const short = int32At(view.actorAt, k - 1);
  return short >= 0 ? spelledOut(view, short) : -1;
}

/** Extend a party leftwards over "X and Y", "X, Y and Z". */
function coordinateLeft(view: DocView, idx: number, floor: number): number[] {
  // "the Philippines and the European Union (EU) agree": the list runs on from the spelled-out name
  const long = spelledOut(view, idx);
  if (long >= 0 && int32At(view.actorFirstToken, long) >= floor) idx = long;
  const out = [idx];
  let first = int32At(view.actorFirstToken, idx);
  let sawAnd = false;
  for (;;) {
    let k = first - 1;
    // "Ethiopia and the Tigray People's Liberation Front", "Sudan's army and the paramilitary Rapid
    // Support Forces": an article and adjectives before the later party
    let adjectives = 0;
    for (let n = 0; n < MODIFIER_REACH && k > floor && isModifier(view, k); n++, k--) if (tokenNorm(view, k) !== 'the') adjectives++;
    if (k < floor) break;
    const w = tokenNorm(view, k);
    // A bare comma joins only inside a list that ends in "and" ("A, B and C"); otherwise it ends a
    // fronted phrase ("Following his meeting with the French president, Obama said").
    if (w !== 'and' && !(w === ',' && sawAnd)) break;
    if (w === 'and') sawAnd = true;
    k--;
    // ", and Democratic Representative X, who resigned": after a comma an adjective may open a new
    // clause's subject, not the next item of the list
    if (w === 'and' && tokenNorm(view, k) === ',' && adjectives > 0) break;
    if (w === 'and' && tokenNorm(view, k) === ',') k--;
    const short = k >= floor ? beforeShortForm(view, k) : -1;
    const prev = short >= 0 && int32At(view.actorFirstToken, short) >= floor ? short : k >= floor ? int32At(view.actorAt, k) : -1;
    if (prev < 0 || out.includes(prev)) break;
    // "accused Iran of supplying weapons to Hezbollah, and Iran denied": a party that is the object of
    // a preposition before ", and" ends the clause before; ", and" opens a clause with a subject of its own
    const opener = headBefore(view, prev);
    if (w === 'and' && tokenNorm(view, k + 1) === ',' && opener >= 0 && tok(view.doc, opener).pos === 'ADP') break;
    out.unshift(prev);
    first = int32At(view.actorFirstToken, prev);
  }
  return out;
}

/** Whether mention `idx` opens a reporting clause: a comma before it and a speech verb after it (", police said"). */
function reportingClause(view: DocView, idx: number): boolean {
  const first = int32At(view.actorFirstToken, idx);
  let before = first - 1;
  while (before >= 0 && CUES.determiners.has(tokenNorm(view, before))) before--;
  let v = int32At(view.actorLastToken, idx) + 1;
  // "officials in Nigeria said": a short place phrase may stand between the speaker and the verb
  if (CUES.locativePreps.has(tokenNorm(view, v))) {
    const end = Math.min(view.doc.tokens.length, v + 5);
    let j = v + 1;
    while (j < end && tok(view.doc, j).pos !== 'PUNCT' && !CUES.speechVerbs.has(tokenNorm(view, j)) && !REPORTING_VERBS.has(tokenNorm(view, j))) j++;
    if (j < end) v = j;
  }
  // "..., according to state media": the source of the report, not a party to the event
  if (afterAccordingTo(view, first)) return true;
  const verb = tokenNorm(view, v);
  return before >= 0 && tokenNorm(view, before) === ',' && (CUES.speechVerbs.has(verb) || REPORTING_VERBS.has(verb));
}

/** How many words an "according to" noun phrase may hold before its name. */
const ACCORDING_NP_REACH = 7;

/**
 * The mention starting at token `first` lies in the noun phrase after "according to" ("according to
 * state media", "according to one YPG source", "according to the Isis-linked Amaq news outlet"): the
 * words between are the phrase's own modifiers (determiners, numbers, adjectives, nouns, hyphenated
 * compounds), never a verb, preposition or punctuation that would close it.
 */
function afterAccordingTo(view: DocView, first: number): boolean {
  for (let k = first - 1, n = 0; k >= 1 && n < ACCORDING_NP_REACH; k--, n++) {
    const w = tokenNorm(view, k);
    if (w === 'to') return tokenNorm(view, k - 1) === 'according';
    // "Isis-linked": a participle joined by a hyphen to the word before it is a modifier
    const hyphenated = w === '-' || tokenNorm(view, k - 1) === '-' || w.includes('-');
    if (!NOUN_PHRASE_POS.has(tok(view.doc, k).pos) && !hyphenated) return false;
  }
  return false;
}

/** The nearest mention before object pronoun k (its sentence and the one before) that is not the actor's. */
function objectAntecedent(view: DocView, s: Sentence, k: number, actorIds: ReadonlySet<string>, self?: (r: ActorRef) => boolean): number {
  const want = PRONOUNS[tokenNorm(view, k)];
  const si = sentenceIndexOfToken(view.doc, k);
  const floor = si > 0 ? at(view.doc.sentences, si - 1).tokenStart : s.tokenStart;
  for (let j = k - 1; j >= floor; j--) {
    const idx = int32At(view.actorAt, j);
    if (idx < 0 || view.quoted[j]) continue;
    j = int32At(view.actorFirstToken, idx);
    const m = at(view.doc.actors, idx);
    if (actorIds.has(m.actor.id) || self?.(toRef(view, idx))) continue;
    const per = view.actorType[idx] === 'PER' || (m.via === 'role' && namesOfficeHolder(m.text));
    if (want === 'PER' && !per) continue;
    return idx;
  }
  return -1;
}

/** Extend a party rightwards over "X and Y", "X, Y and Z". */
function coordinateRight(view: DocView, idx: number, limit: number): number[] {
  const out = [idx];
  let last = int32At(view.actorLastToken, idx);
  for (;;) {
    // "with the European Union (EU) and Japan": past the short form in brackets
    if (tokenNorm(view, last + 1) === '(') {
      const short = int32At(view.actorAt, last + 2);
      if (short >= 0 && spelledOut(view, short) === out[out.length - 1]) last = int32At(view.actorLastToken, short) + 1;
    }
    let k = last + 1;
    const w = tokenNorm(view, k);
    if (w !== 'and' && w !== ',') break;
    k++;
    if (tokenNorm(view, k) === 'and') k++;
    for (let n = 0; n < MODIFIER_REACH && k < limit && (tokenNorm(view, k) === 'both' || isModifier(view, k)); n++) k++;
    const next = k < limit ? int32At(view.actorAt, k) : -1;
    if (next < 0 || out.includes(next)) break;
    // "stabbed by some miscreants, police said": the actor after the comma opens the reporting clause
    if (w === ',' && reportingClause(view, next)) break;
    out.push(next);
    last = int32At(view.actorLastToken, next);
  }
  return out;
}

function refs(view: DocView, idxs: number[]): ActorRef[] {
  const seen = new Set<string>();
  const out: ActorRef[] = [];
  for (const i of idxs) {
    const r = toRef(view, i);
    if (seen.has(r.actorId)) continue;
    seen.add(r.actorId);
    out.push(r);
  }
  return out;
}

/** The token before a mention's noun phrase: "in southern Belgium" -> "in", past determiners and adjectives. */
function headBefore(view: DocView, idx: number): number {
  let k = int32At(view.actorFirstToken, idx) - 1;
  for (;;) {
    if (k >= 0 && ((CUES.determiners.has(tokenNorm(view, k)) && !isApostropheS(tokenNorm(view, k))) || tok(view.doc, k).pos === 'ADJ')) { k--; continue; }
    // "the family of a 7-year-old girl": a modifier of words joined by hyphens is one adjective
    if (k >= 1 && tokenNorm(view, k) === '-' && tok(view.doc, k - 1).end === tok(view.doc, k).start && tok(view.doc, k + 1).start === tok(view.doc, k).end) { k -= 2; continue; }
    return k;
  }
}

/**
 * Whether the party `idx` follows "of" after another party's noun ("the families of hundreds of
 * civilians", "the mother of a jailed activist"); a partitive or a count between is passed over, and
 * a partitive head is no such noun ("leaders of the coalition", "members of Congress" are the group).
 */
function ofComplement(view: DocView, s: Sentence, idx: number): boolean {
  // past the complement's own modifiers, a participle or a name among them ("of a jailed Iranian activist", "of Yazidi women")
  let k = int32At(view.actorFirstToken, idx) - 1;
  while (k > s.tokenStart && (CUES.determiners.has(tokenNorm(view, k)) || ['ADJ', 'NUM'].includes(tok(view.doc, k).pos) || (tok(view.doc, k).pos === 'PROPN' && int32At(view.actorAt, k) < 0) || (tok(view.doc, k).pos === 'VERB' && tokenNorm(view, k).endsWith('ed')))) k--;
  if (k <= s.tokenStart || tokenNorm(view, k) !== 'of') return false;
  for (let j = k - 1; j >= s.tokenStart && k - j <= OF_HOST_REACH; j--) {
    const host = int32At(view.actorAt, j);
    if (host >= 0) return !CUES.partitiveHeads.has(tokenNorm(view, j)) && tok(view.doc, j).pos === 'NOUN';
    const w = tokenNorm(view, j);
    if (w === 'of' || CUES.partitiveHeads.has(w) || CUES.determiners.has(w) || tok(view.doc, j).pos === 'NUM' || tok(view.doc, j).pos === 'ADJ') continue;
    return false;
  }
  return false;
}

/** Words from an "of" back to the noun it follows: "families of hundreds of". */
const OF_HOST_REACH = 4;

/**
 * "a report by the UN accused", "a statement from the ministry condemned": the party after the
 * preposition wrote the text that is the subject of the verb at `h` (word-classes.json authoredNouns),
 * so no other verb stands between them ("a report by Unicef found ... 910 killed": Unicef killed no one).
 */
function documentAuthor(view: DocView, idx: number, h: number): boolean {
  const k = headBefore(view, idx);
  if (k <= 0 || !WORDS.authorPreps.has(tokenNorm(view, k)) || !WORDS.authoredNouns.has(tokenNorm(view, k - 1))) return false;
  for (let j = int32At(view.actorLastToken, idx) + 1; j < h; j++) if (tok(view.doc, j).pos === 'VERB') return false;
  return true;
}

function blockedBefore(view: DocView, idx: number, blockers: ReadonlySet<string>): boolean {
  const k = headBefore(view, idx);
  // "a group of Moroccan diplomats", "leaders of the coalition": a partitive, not a prepositional phrase.
  if (tokenNorm(view, k) === 'of' && CUES.partitiveHeads.has(tokenNorm(view, k - 1))) return false;
  // "more than a dozen women", "about a dozen soldiers", "up to a dozen militants": a hedge opening a
  // count (data/events/numbers.json approximators) before a number word is part of the noun phrase,
  // not a preposition ("a dozen" is tagged DET ADJ, so headBefore walks past it to the hedge)
  if (k >= 0 && approximator(tok(view.doc, k), k > 0 ? tok(view.doc, k - 1) : undefined) && hasSizeWord(view, k + 1, int32At(view.actorFirstToken, idx))) return false;
  return blockers.has(tokenNorm(view, k));
}

/** Whether a number word lies in tokens [from, to). */
function hasSizeWord(view: DocView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (sizeWord(tok(view.doc, j))) return true;
  return false;
}

/**
 * "rejected a proposal by Ethiopia", "welcomed the decision by Iran": "by" right after the head noun of
 * the verb's direct object (only determiners, adjectives, numbers and nouns from `from`, where the
 * object may start) names that noun's author, whom a verbal act answers: its recipient. Not after a
 * participle ("a plan approved by parliament"), nor a noun further on ("urged Wray to stand up against
 * bullying by the president"), nor a possessor ("a bid by Trump's administration": the search goes
 * on to the possessed).
 */
const OBJECT_HEAD_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
function authorOfObject(view: DocView, idx: number, from: number): boolean {
  const noun = headBefore(view, idx) - 1;
  if (noun < from || tok(view.doc, noun).pos !== 'NOUN') return false;
  for (let k = from; k < noun; k++) if (!OBJECT_HEAD_POS.has(tok(view.doc, k).pos) || int32At(view.actorAt, k) >= 0) return false;
  return !/^['’]s$/.test(tokenNorm(view, int32At(view.actorLastToken, idx) + 1));
}

/**
 * Whether the party `idx` is the object of an -ing participle that follows a noun phrase ("two British
 * men killed fighting Islamic State"), not a word of its own phrase ("any remaining militants",
 * "protesting teachers") nor a clause's subject after "that" ("showing that Ames had met").
 */
const NP_OPENER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
function objectOfParticiple(view: DocView, s: Sentence, idx: number): boolean {
  let k = int32At(view.actorFirstToken, idx) - 1;
  while (k > s.tokenStart && NP_OPENER_POS.has(tok(view.doc, k).pos) && !RELATIVES.has(tokenNorm(view, k))) k--;
  if (k <= s.tokenStart) return false;
  const t = tok(view.doc, k);
  if (t.pos !== 'VERB' || !t.norm.endsWith('ing') || t.norm === t.lemma) return false;
  const before = tok(view.doc, k - 1).pos;
  return before === 'NOUN' || before === 'PROPN' || before === 'VERB';
}

/**
 * "in Aleppo, northern Syria,": a country set off by commas right after a place names where that place
 * lies; it is part of the place's phrase, not a party of its own.
 */
function placeApposition(view: DocView, idx: number): boolean {
  if (at(view.doc.actors, idx).via !== 'country') return false;
  const k = headBefore(view, idx);
  const after = view.actorLastToken[idx]! + 1;
  if (k < 1 || tokenNorm(view, k) !== ',' || after >= view.doc.tokens.length || tokenNorm(view, after) !== ',') return false;
  const end = tok(view.doc, k - 1).end;
  return view.doc.places.some((p) => p.end === end);
}

/** "fighting alongside the regime", "on the side of Assad": words that make the party a partner, not the one acted on (word-classes.json allyPhrases). */
const ALLY_PHRASES: readonly string[][] = [...WORDS.allyPhrases].map((p) => p.split(' '));
const ALLY_NP_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PART', 'PUNCT', 'NUM']);
const ALLY_NP_REACH = 6; // words of the party's noun phrase before its mention: "the side of Bashar al-Assad's regime"
function allyBefore(view: DocView, idx: number): boolean {
  const first = int32At(view.actorFirstToken, idx);
  for (let k = first - 1; k >= 0 && first - k <= ALLY_NP_REACH; k--) {
    if (ALLY_PHRASES.some((p) => wordsAt(view.doc.tokens, k - (p.length - 1), p))) return true;
    if (!ALLY_NP_POS.has(tok(view.doc, k).pos) || tokenNorm(view, k) === ',') return false;
  }
  return false;
}

/** Words of a topic phrase's noun phrase between its preposition and a party: "on Iraq, Myanmar and Afghanistan". */
const TOPIC_NP_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PART', 'NUM', 'PRON', 'PUNCT', 'CCONJ']);
const TOPIC_NP_REACH = 10;

/**
 * Whether the party `idx` lies in a topic phrase: a preposition of word-classes.json topicPreps
 * right after a noun of topicNouns ("disregarded internal recommendations on Iraq, Myanmar and
 * Afghanistan", "a major speech on North Korea"), with only the phrase's own words (and the parties
 * coordinated in it) between. A preposition the trigger itself ends on governs its object
 * ("expressed concern over Turkey") and is no topic.
 */
function topicBefore(view: DocView, idx: number, triggerEnd: number): boolean {
  const first = int32At(view.actorFirstToken, idx);
  for (let k = first - 1; k >= triggerEnd && first - k <= TOPIC_NP_REACH; k--) {
    if (int32At(view.actorAt, k) >= 0) continue; // another party of the same phrase ("on Iraq, Myanmar and")
    const w = tokenNorm(view, k);
    if (WORDS.topicPreps.has(w)) {
      if (k === 0 || int32At(view.actorAt, k - 1) >= 0) return false;
      // "asked about Flynn's FBI interview": after a verb of asking or speaking only "about" and its like name a topic
      const before = tokenNorm(view, k - 1);
      return WORDS.topicNouns.has(before) || (WORDS.topicVerbs.has(before) && WORDS.topicVerbPreps.has(w));
    }
    const pos = tok(view.doc, k).pos;
    if (!TOPIC_NP_POS.has(pos) || (pos === 'CCONJ' && w !== 'and' && w !== 'or')) return false;
    // a comma only inside a list of parties ("on Iraq, Myanmar and Afghanistan"); else it ends the phrase
    if (pos === 'PUNCT' && (w !== ',' || int32At(view.actorAt, k + 1) < 0)) return false;
  }
  return false;
}

/** Whether one of `preps` introduces the party `idx`, past its determiners, adjectives and one participle ("with leading lawmakers"). */
function introducedBy(view: DocView, idx: number, preps: readonly string[]): boolean {
  let k = headBefore(view, idx);
  if (k >= 0 && tok(view.doc, k).pos === 'VERB' && /(ing|ed)$/.test(tokenNorm(view, k))) k--;
  return preps.includes(tokenNorm(view, k));
}

/** Whether a verb (past adverbs: "and then shift") stands at token `k`, outside any name. */
function secondVerbPhrase(view: DocView, k: number, limit: number): boolean {
  k = afterAdverbs(view, k, limit);
  return k < limit && tok(view.doc, k).pos === 'VERB' && int32At(view.actorAt, k) < 0;
}

/**
 * Most recent actor mention before token `before` (same or previous two sentences) of the wanted kind.
 * "Police reached the village. They arrested five men": a "they" with no mention before it in its own
 * sentence is the subject of the sentence before, its first mention outside a prepositional phrase,
 * not that sentence's last mention (its object or place).
 */
function antecedent(view: DocView, before: number, want: 'PER' | 'NONPER' | 'ANY', floorToken: number): number {
  if (want === 'ANY') {
    const subject = previousSubject(view, before, floorToken);
    if (subject >= 0) return subject;
  }
  for (let k = before - 1; k >= floorToken; k--) {
    const idx = int32At(view.actorAt, k);
    if (idx < 0 || view.quoted[k]) continue;
    const type = view.actorType[idx];
    const m = at(view.doc.actors, idx);
    // a named person, or a role phrase naming one office holder ("Iran's foreign minister ... He met")
    const isPer = type === 'PER' || (type === null && m.via === 'dictionary' && !m.actor.id.includes('-')) || (m.via === 'role' && namesOfficeHolder(m.text));
    if (want === 'PER' && !isPer) continue;
    if (want === 'NONPER' && isPer) continue;
    return idx;
  }
  return -1;
}

/** The first mention outside a prepositional phrase of the sentence before the one of token `k`, when k's own sentence has none before k; else -1. */
function previousSubject(view: DocView, k: number, floorToken: number): number {
  const sentences = view.doc.sentences;
  const si = sentenceIndexOfToken(view.doc, k);
  if (si <= 0) return -1;
  const own = at(sentences, si);
  for (let j = own.tokenStart; j < k; j++) if (int32At(view.actorAt, j) >= 0 && !view.quoted[j]) return -1;
  const prev = at(sentences, si - 1);
  if (prev.tokenStart < floorToken) return -1;
  for (let j = prev.tokenStart; j < prev.tokenEnd; j++) {
    const idx = int32At(view.actorAt, j);
    if (idx < 0 || view.quoted[j]) continue;
    if (!blockedBefore(view, idx, CUES.subjectBlockPreps) && !blockedBefore(view, idx, CUES.locativePreps)) return idx;
    j = int32At(view.actorLastToken, idx);
  }
  return -1;
}

/** The speaker of a speech verb at token v: the nearest unblocked mention to its left. */
function speakerOf(view: DocView, v: number, s: Sentence): number {
  // "Brazil, which holds the presidency, said": a relative clause closed by a comma before the verb
  // describes the speaker, named before its opening mark
  const r = skipLeft(view, v - 1, s.tokenStart);
  const opener = r > s.tokenStart ? relativeOpener(view, s.tokenStart, r, view.quoted[v] ?? 0) : -1;
  for (let k = (opener >= 0 ? opener : v) - 1; k >= s.tokenStart; k--) {
    if (int32At(view.actorAt, k) < 0 && STOP_LEFT.has(tokenNorm(view, k))) return -1;
    const idx = int32At(view.actorAt, k);
    if (idx >= 0 && !view.quoted[k] && !blockedBefore(view, idx, CUES.subjectBlockPreps)) return idx;
  }
  return -1;
}

/**
 * The first token of a name no dictionary knows that ends on the proper noun at `k`, or -1: not a date
 * ("on Tuesday") nor a phrase after a preposition.
 */
function unknownNameStart(view: DocView, s: Sentence, k: number): number {
  if (tok(view.doc, k).pos !== 'PROPN' || int32At(view.actorAt, k) >= 0) return -1;
  const at = tok(view.doc, k).start;
  if (view.doc.times.some((t) => t.start <= at && at < t.end)) return -1;
  let first = k;
  while (first > s.tokenStart && tok(view.doc, first - 1).pos === 'PROPN' && int32At(view.actorAt, first - 1) < 0) first--;
  return first === s.tokenStart || tok(view.doc, first - 1).pos !== 'ADP' ? first : -1;
}

function resolvePronoun(view: DocView, k: number, s: Sentence, sentenceFloor: number): Party | null {
  const kind = PRONOUNS[tokenNorm(view, k)];
  if (!kind) return null;
  // "X said (that) it downed ...": the pronoun is the speaker, and the event is X's own claim.
  let v = k - 1;
  if (tokenNorm(view, v) === 'that') v--;
  // "Schumer said on Monday he opposed ...": a time between the speech verb and its clause
  while (v > s.tokenStart && inTime(view.doc, tok(view.doc, v).start)) v--;
  if (v > s.tokenStart && inTime(view.doc, tok(view.doc, v + 1).start) && tok(view.doc, v).pos === 'ADP') v--;
  if (v >= s.tokenStart && CUES.speechVerbs.has(tokenNorm(view, v))) {
    const sp = speakerOf(view, v, s);
    if (sp >= 0) return { refs: refs(view, kind === 'ANY' ? coordinateLeft(view, sp, s.tokenStart) : [sp]), token: k, selfReport: kind !== 'PER' || view.actorType[sp] === 'PER' };
    // "Orvald Prinze said he had flown": the speaker is a name no dictionary knows, and the pronoun
    // is that person, not an earlier actor
    // (kept with its words and no code, as PLOVER keeps a party no dictionary knows)
    const first = v - 1 >= s.tokenStart ? unknownNameStart(view, s, v - 1) : -1;
    if (first >= 0) return { ...uncodedParty(view, first, v - 1), token: k };
  }
  const idx = antecedent(view, k, kind, sentenceFloor);
  return idx >= 0 ? { refs: refs(view, [idx]), token: k } : null;
}

/** Any noun or pronoun in [from, to): a clause of its own rather than a second verb phrase. */
function hasNominal(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const p = tok(view.doc, k).pos;
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON') return true;
  }
  return false;
}

const APPOSITIVE_REACH = 12; // tokens of a noun phrase in apposition: "a close ally of the United States"
/** The punctuation that closes an apposition, and what opens it: "Japan, ...," "Japan (...)" "Japan - ... -". */
const DASHES = [...WORDS.appositionDashes];
// a Map, not an object: the key is a word of the text, and "constructor" must find nothing
const OPENER_OF: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([[',', [',']], [')', ['(']], ...DASHES.map((d): [string, readonly string[]] => [d, DASHES])]);

/**
 * The opening mark of a noun phrase in apposition closed at `close` (", <noun phrase> ,"), or -1. The
 * phrase has no verb (a clause is not an apposition) and opens as a noun phrase does; a relative
 * clause is handled on its own. Whether a party named inside it is the subject instead is for the
 * callers (appositionName).
 */
function appositionOpen(view: DocView, floor: number, close: number): number {
  const opener = OPENER_OF.get(tokenNorm(view, close));
  if (!opener) return -1;
  for (let j = close - 1; j > floor && close - j <= APPOSITIVE_REACH; j--) {
    const w = tokenNorm(view, j);
    if (opener.includes(w)) {
      if (j === close - 1 || COMMA_RELATIVES.has(tokenNorm(view, j + 1))) return -1;
      if (int32At(view.actorAt, j + 1) < 0 && !OBJECT_PHRASE_POS.has(tok(view.doc, j + 1).pos)) return -1;
      return j;
    }
    const pos = tok(view.doc, j).pos;
    if (int32At(view.actorAt, j) < 0 && (pos === 'VERB' || pos === 'AUX' || w === 'and' || w === ';' || view.quoted[j])) return -1;
  }
  return -1;
}

/** The party a name in the apposition opened at `open` names ("the UN Secretary-General", "Iran's foreign minister"), or -1 for a description ("a NATO member"). */
function appositionName(view: DocView, open: number): number {
  const det = tokenNorm(view, open + 1);
  const k = tok(view.doc, open + 1).pos === 'DET' ? open + 2 : open + 1;
  return det !== 'a' && det !== 'an' ? int32At(view.actorAt, k) : -1;
}

/**
 * The actor right before ", <noun phrase> ," whose closing comma is `close`, or -1.
 */
function appositiveHost(view: DocView, s: Sentence, close: number): number {
  const j = appositionOpen(view, s.tokenStart, close);
  if (j < 0) return -1;
  const host = int32At(view.actorAt, j - 1);
  // "the rebels, the Sudan People's Liberation Army, attacked": a name in apposition is the
  // same party named better; only a description ("a close US ally") defers to the name before it.
  // "Sergei Lavrov, Russia's foreign minister,": the same actor again keeps the name before.
  const named = appositionName(view, j);
  if (named >= 0 && (host < 0 || at(view.doc.actors, named).actor.id !== at(view.doc.actors, host).actor.id)) return -1;
  // "... in Gaza, the Palestinian enclave, killing 20": a host after a preposition is no subject
  const before = host >= 0 ? int32At(view.actorFirstToken, host) - 1 : -1;
  if (before >= s.tokenStart && tok(view.doc, before).pos === 'ADP') return -1;
  return host;
}

/**
 * "Ron Wyden, the committee's top Democrat, demanded": a person's name no dictionary knows before an
 * apposition closed at `close`, as an uncoded party that takes the code and sector of the role the
 * apposition names before any preposition ("Brandon Lewis, the Conservative party chairman," -> PTY;
 * not Mueller's in "a spokesman for Mueller").
 */
function unknownAppositiveHost(view: DocView, s: Sentence, close: number): Party | null {
  const j = appositionOpen(view, s.tokenStart, close);
  if (j <= s.tokenStart) return null;
  const first = unknownPersonStart(view, s, j - 1);
  // a party named by a name in the apposition ("Senator Ted Cruz", not "Erdogan's spokesman") is
  // the subject itself; a name after a verb is its object
  const named = appositionName(view, j);
  if (first < 0 || (named >= 0 && tok(view.doc, int32At(view.actorLastToken, named)).pos === 'PROPN')) return null;
  if (first > s.tokenStart && ['VERB', 'AUX'].includes(tok(view.doc, first - 1).pos)) return null;
  const party = uncodedParty(view, first, j - 1);
  for (let t = j + 1; t < close && tok(view.doc, t).pos !== 'ADP'; t++) {
    const role = int32At(view.actorAt, t);
    if (role < 0) continue;
    const r = toRef(view, role);
    return { ...party, refs: [{ ...at(party.refs, 0), code: r.code, sector: r.sector }] };
  }
  return party;
}

/**
 * "Nguyen, who was detained by authorities on his way to meet Obama": the name no dictionary knows
 * that a relative word right before the verb at `h` stands for, as an uncoded party, or null. For a
 * passive, whose subject is the one acted on: a party later in the clause is not.
 */
export function relativeUnknownName(view: DocView, s: Sentence, h: number): Party | null {
  const r = skipLeft(view, h - 1, s.tokenStart);
  if (r <= s.tokenStart || !PERSON_RELATIVES.has(tokenNorm(view, r))) return null;
  const j = tokenNorm(view, r - 1) === ',' ? r - 2 : r - 1;
  // ("the driver of a silver Pontiac Grand Prix, who was shot" is no car shot)
  const first = j >= s.tokenStart ? unknownPersonStart(view, s, j) : -1;
  return first >= 0 ? { ...uncodedParty(view, first, j), token: first } : null;
}

/**
 * The first token of a person's name no dictionary knows that ends at `last` (unknownNameStart, and
 * the name tagger reads it as a person), or -1.
 */
function unknownPersonStart(view: DocView, s: Sentence, last: number): number {
  const first = unknownNameStart(view, s, last);
  if (first < 0) return -1;
  const m = firstCovering(view.doc.mentions, tok(view.doc, last).start, tok(view.doc, last).end);
  return m?.type === 'PER' ? first : -1;
}

/**
 * The clause subject of the verb at token h. `sentenceFloor` is the first token of the
 * sentence two back, the reach of pronoun antecedents.
 */
export function findSubject(view: DocView, s: Sentence, h: number, sentenceFloor: number): Party | null {
  const inQuote = view.quoted[h] === 1;
  // Relative clause: "Cameron, who lost ..." -> the noun phrase before the relative pronoun.
  const r = skipLeft(view, h - 1, s.tokenStart);
  if (r >= s.tokenStart && RELATIVES.has(tokenNorm(view, r))) {
    let j = r - 1;
    if (tokenNorm(view, j) === ',') j--;
    const idx = j >= s.tokenStart ? int32At(view.actorAt, j) : -1;
    return idx >= 0 ? { refs: refs(view, coordinateLeft(view, idx, s.tokenStart)), token: int32At(view.actorFirstToken, idx) } : null;
  }
  // "Russia, which invaded Ukraine in 2022, struck Kyiv", "the alliance - which Oslo funds - sent
  // troops": a relative clause closed by a comma or a dash before the verb is skipped; the subject
  // is what it describes, before its opening mark.
  const opener = r > s.tokenStart ? relativeOpener(view, s.tokenStart, r, view.quoted[h] ?? 0) : -1;
  if (opener >= 0) return findSubject(view, s, opener, sentenceFloor);
  // "Japan, the current G7 chair, pledged aid": a noun phrase set off by commas right before the
  // verb describes the name before it, which is the subject (not a party named inside it).
  if (r > s.tokenStart && OPENER_OF.has(tokenNorm(view, r)) && !tokenNorm(view, h).endsWith('ing')) {
    const named = appositiveHost(view, s, r);
    if (named >= 0) return { refs: refs(view, coordinateLeft(view, named, s.tokenStart)), token: int32At(view.actorFirstToken, named) };
    // "Ron Wyden, the committee's top Democrat, demanded": a name no dictionary knows still acts
    const unknown = unknownAppositiveHost(view, s, r);
    if (unknown) return unknown;
  }
  // "the police chased the mob away and fired in the air": a verb right after "and" shares the
  // subject of the verb before it, not the nearest name (that verb's object).
  const v1 = r >= s.tokenStart && tokenNorm(view, r) === 'and' ? coordinatedVerb(view, s, r) : -1;
  if (v1 >= 0) {
    // "a car bomb killed 13 soldiers and wounded 56": when the first verb's subject is no party, the
    // nearest name is still that verb's object, not this one's subject
    return findSubject(view, s, v1, sentenceFloor);
  }
  for (let k = h - 1; k >= s.tokenStart; k--) {
    if (!inQuote && view.quoted[k]) continue;
    const w = int32At(view.actorAt, k) >= 0 ? '' : tokenNorm(view, k); // words inside a name are not cues ("United States")
    if (w === 'but' && !hasNominal(view, k + 1, h)) continue; // "raided ... but did not arrest": one subject, two verbs
    // "X said, using ..., at the start of talks with Y": an adjunct of X's statement has X as subject.
    if (CUES.speechVerbs.has(w) && tokenNorm(view, k + 1) === ',') {
      const sp = speakerOf(view, k, s);
      return sp >= 0 ? { refs: refs(view, coordinateLeft(view, sp, s.tokenStart)), token: int32At(view.actorFirstToken, sp) } : null;
    }
    // "the police that was escorting the procession fired": a relative clause with its own verb and
    // an object no dictionary knows lies between the subject and the verb; the subject precedes it
    const described = RELATIVES.has(w) ? relativeSubject(view, s, k, h) : -1;
    // "attorneys for the family of a girl who died in custody called for": a relative clause closed
    // before the verb (a noun ends it) is passed over, and the noun it describes is read as any name
    // before the verb would be: here in a phrase of the subject's. When the verb is still the clause's
    // own ("the man who raped and killed", "people who want to kill"), the noun is its subject.
    if (described >= 0 && relativeClosed(view, s, h)) { k = int32At(view.actorLastToken, described) + 1; continue; }
    if (described >= 0) return { refs: refs(view, coordinateLeft(view, described, s.tokenStart)), token: int32At(view.actorFirstToken, described) };
    // "a state visit", "the report": a speech verb's form used as a noun opens no reported clause
    if (STOP_LEFT.has(w) || (CUES.speechVerbs.has(w) && tok(view.doc, k).pos !== 'NOUN')) return null;
    const idx = int32At(view.actorAt, k);
    if (idx >= 0) {
      const first = int32At(view.actorFirstToken, idx);
      // "according to one YPG source, Hall was killed": the source of the report, past a subject no
      // dictionary knows, neither does the act nor undergoes it
      if (afterAccordingTo(view, first)) return null;
      // "after Turkey shot down": a subordinator, not a preposition, when the verb follows at once.
      const adjacent = skipLeft(view, h - 1, s.tokenStart) === view.actorLastToken[idx];
      // "with police guarding the centres": an absolute clause, whose noun phrase is its -ing verb's subject
      const opener = tokenNorm(view, headBefore(view, idx));
      const opensClause = adjacent && (SUBORDINATORS.has(opener) || (ABSOLUTE_PREPS.has(opener) && tokenNorm(view, h).endsWith('ing')));
      if (blockedBefore(view, idx, CUES.subjectBlockPreps) && !opensClause && !documentAuthor(view, idx, h)) { k = first; continue; }
      // "the families of hundreds of civilians ... have urged": a party in an "of" phrase after another
      // party ("families", past a partitive's count) is that party's complement, not the subject
      // (not the subject of a participle right after it: "the families of two British men killed fighting")
      if (ofComplement(view, s, idx) && !(adjacent && reducedPassive(view, s, h))) { k = first; continue; }
      // "the Syrian army, backed by Russia and Iran, attacked Aleppo": a party coordinated with an agent,
      // a target or a partner ("by Russia and Iran", "alongside") is in its phrase, not the clause's subject
      // (a place's list stays: "officials in Fornost and Gondor welcomed" are the places' own)
      const lead = coordinateLeft(view, idx, s.tokenStart)[0]!;
      if (lead !== idx && (blockedBefore(view, lead, BY) || blockedBefore(view, lead, AGAINST) || allyBefore(view, lead))) { k = int32At(view.actorFirstToken, lead); continue; }
      // "a Danish nurse serving alongside Kurdish units in Aleppo, northern Syria, has been killed":
      // a partner of the act (allyPhrases) and a place set off after a place in a phrase are not the subject
      if (allyBefore(view, idx) || placeApposition(view, idx)) { k = first; continue; }
      // "relatives of three Dutch volunteers killed fighting Islamic State have condemned": the object
      // of an -ing participle inside the subject's phrase is not the subject
      // (not for a passive's patient, "a bus carrying pilgrims was attacked", nor the subject of an
      // infinitive, "forcing the riot police to open fire")
      if (objectOfParticiple(view, s, idx) && tokenNorm(view, view.actorLastToken[idx]! + 1) !== 'to' && !isPassive(view, h, s.tokenStart)) { k = first; continue; }
      // "the gunmen that attacked the village killed 20": the name found is the object of a
      // relative clause on the subject; the subject is the noun the clause describes
      const head = relativeHead(view, s, first);
      if (head >= 0) return { refs: refs(view, coordinateLeft(view, head, s.tokenStart)), token: int32At(view.actorFirstToken, head) };
      const m = at(view.doc.actors, idx);
      // "Trump's former campaign manager Paul Manafort violated": the possessed person acts, not the possessor
      const owned = possessedParty(view, s, idx, toRef);
      if (owned !== 'none' && owned.refs.every((r) => r.end <= tok(view.doc, h).start)) return owned;
      // A pronoun resolved by the actors stage may still be a self-report of the speaker.
      if (PRONOUNS[tokenNorm(view, first)] && first === view.actorLastToken[idx]) {
        const p = resolvePronoun(view, first, s, sentenceFloor);
        if (p && p.refs[0]?.actorId === m.actor.id) return p;
      }
      return { refs: refs(view, coordinateLeft(view, idx, s.tokenStart)), token: first };
    }
    if (PRONOUNS[w] && w !== 'his' && w !== 'her' && w !== 'its' && w !== 'their' && w !== 'him' && w !== 'them') {
      return resolvePronoun(view, k, s, sentenceFloor);
    }
  }
  return null;
}

/**
 * The actor right before the relative word at `rel` when the words from it to the verb at `h` are a
 * relative clause of their own (a verb among them): "[the police] that was escorting the procession
 * fired". A complement clause ("warned the police that the crowd would march") has no verb before
 * `h`, so it gives -1, as does a relative word with no actor before it.
 */
function relativeSubject(view: DocView, s: Sentence, rel: number, h: number): number {
  const idx = rel - 1 >= s.tokenStart ? int32At(view.actorAt, rel - 1) : -1;
  if (idx < 0) return -1;
  for (let j = rel + 1; j < h; j++) if (tok(view.doc, j).pos === 'VERB') return idx;
  return -1;
}

/** Whether the word before the verb at `h` (past adverbs and auxiliaries) is a noun, which ends a relative clause before the verb. */
function relativeClosed(view: DocView, s: Sentence, h: number): boolean {
  const k = skipLeft(view, h - 1, s.tokenStart);
  return k >= s.tokenStart && tok(view.doc, k).pos === 'NOUN' && int32At(view.actorAt, k) < 0;
}

/** Tokens from a relative pronoun to the object of its clause ("that attacked the remote village"). */
const RELATIVE_OBJECT_REACH = 8;

/**
 * The actor a restrictive relative clause describes, when the name starting at `first` is that
 * clause's object: [actor] that|who|which [verb ...] [name]. -1 when the name is not in one.
 */
function relativeHead(view: DocView, s: Sentence, first: number): number {
  let verb = false;
  for (let j = first - 1; j > s.tokenStart && first - j <= RELATIVE_OBJECT_REACH; j--) {
    const t = tok(view.doc, j);
    if (t.pos === 'PUNCT' || int32At(view.actorAt, j) >= 0) return -1;
    if (t.pos === 'VERB') { verb = true; continue; }
    if (RELATIVES.has(t.norm)) return verb ? int32At(view.actorAt, j - 1) : -1;
  }
  return -1;
}

/**
 * The verb of "V1 [object] and V2" when `and` (at `a`) joins two verb phrases: the first verb to the
 * left in the same clause, with a name between it and `and` (its object); -1 when there is none.
 */
function coordinatedVerb(view: DocView, s: Sentence, a: number): number {
  let sawName = false;
  for (let k = a - 1; k >= s.tokenStart && a - k <= 12; k--) {
    const t = tok(view.doc, k);
    if (t.norm === ',' || t.norm === ';' || t.norm === 'and' || SUBORDINATORS.has(t.norm) || RELATIVES.has(t.norm)) return -1;
    if (int32At(view.actorAt, k) >= 0) { sawName = true; continue; }
    // wink tags some past forms after their subject as nouns ("the police chased", "troops shot")
    if (t.pos === 'VERB' || ((/ed$/.test(t.norm) || isIrregularPast(t.norm)) && (view.actorAt[k - 1] ?? -1) >= 0)) return sawName ? k : -1;
  }
  return -1;
}

/** The recipient: first actor after the trigger that is not a place of action, an agent, or the actor itself. */
/** `passOver`: parties the search walks past as if unnamed (the actor's own organs: "Britain mobilized army reservists against Iraq"). */
/** `triggerEnd`: where the trigger's own words end; a preposition among them governs the object ("fired tear gas at"). */
/** `onlyAfter`: the entry's recipientPreps: only a party these introduce is the recipient ("discussed Syria with Putin"). */
/** `verbal`: the act is verbal (quad 1 or 3), so a comma and an -ing verb end its clause. */
/** `topics`: whether a party in a topic phrase ("recommendations on Iraq") or question ("asked whether") is passed over; not for an investigation. */
/** `self`: the actor's own mentions, which an object pronoun never stands for ("the police fired at them"). */
export function findRecipient(view: DocView, s: Sentence, from: number, actorIds: ReadonlySet<string>, cooperative: boolean, crossThat = false, passOver?: (r: ActorRef) => boolean, triggerEnd = from, onlyAfter: readonly string[] | null = null, topics = true, verbal = false, self?: (r: ActorRef) => boolean): Party | null {
  const limit = Math.min(s.tokenEnd, from + RECIPIENT_WINDOW);
  const inQuote = view.quoted[from - 1] === 1;
  let given: Party | null = null;
  // "arrested a 52-year-old pensioner for locking his mother in a shed": the object is a person no dictionary
  // knows; a party named later in the clause is not whom the act was done to
  if (from === triggerEnd && unknownPersonObject(view, from, limit)) return null;
  // "endorsed Roy Moore, the Republican Senate candidate": the object is a name no dictionary knows;
  // it is the recipient (kept with its words and no code), not a party named later in the clause
  const named = from === triggerEnd ? unknownNameAt(view, s, from) : null;
  if (named) return named;
  // "denied misleading lawmakers about Russia", "criticised meeting Putin": a verbal act's gerund
  // object is what was said about, and the parties in it are its topic, not whom it was said to
  if (verbal && from === triggerEnd && from < limit && gerundAt(view, from)) return null;
  for (let k = from; k < limit; k++) {
    if (!inQuote && view.quoted[k]) continue;
    // "shelled, bombed and besieged rebel positions": the verbs of a list share the last one's object
    if (k === triggerEnd) {
      const past = verbListEnd(view.doc, s, k);
      if (past > 0) { k = past - 1; continue; }
    }
    const w = int32At(view.actorAt, k) >= 0 ? '' : tokenNorm(view, k);
    if (STOP_RIGHT.has(w)) return given;
    // "surrendered following a government offensive": the act's circumstances, not whom it was done to
    if (WORDS.circumstancePreps.has(w)) return given;
    // "found that 105 civilians ...": past a complement "that" is another clause, except for speech verbs
    if (w === 'that' && !crossThat) return given;
    // "denied meddling in the election that brought Trump to power": a "that" between a noun and the
    // verb it is the subject of opens a relative clause, whose parties are not this verb's
    if (w === 'that' && k > from && relativeThat(view, k)) return given;
    // "asked whether he might visit Trump": what a question asks about is its topic
    if (topics && WORDS.topicClauses.has(w)) return given;
    // "wrap up his visit to Seoul ... and then shift focus to China", "rejected the offer and then
    // thanked the Bolivian president": past the verb's object, "and" before a verb opens a second verb
    // phrase, whose object is not this verb's ("arrested and beat X" has no object between)
    if (w === 'and' && k > triggerEnd && secondVerbPhrase(view, k + 1, limit)) return given;
    if (w === ',' && RELATIVES.has(tokenNorm(view, k + 1))) return given;
    // "the EU, whose ministers met in Brussels, urged China": a comma then a finite verb closes the clause
    if (w === ',' && view.doc.tokens[k + 1]?.pos === 'VERB' && !/ing$/.test(view.doc.tokens[k + 1]?.norm ?? '')) return given;
    // "As Isis withdrew, it burrowed underground to avoid the jets": a comma, a subject pronoun and a
    // verb open a clause of its own
    if (w === ',' && WORDS.subjectPronouns.has(tokenNorm(view, k + 1)) && ['VERB', 'AUX'].includes(view.doc.tokens[k + 2]?.pos ?? '')) return given;
    // "condemned the attack, calling on Myanmar to ...": a verbal act's adjunct with a verb of its own
    // is a second act, whose party is not this one's (a material act's, ", wounding three", names its harm)
    if (w === ',' && verbal && k + 1 < s.tokenEnd && verbalAdjunct(view.doc, s, k + 1)) return given;
    const idx = int32At(view.actorAt, k);
    if (idx < 0) {
      const objectPronoun = CUES.objectPronouns.has(w) && !view.quoted[k];
      // "detained the activists and later released them": an object pronoun stands for a party named before
      const ante = objectPronoun && PRONOUNS[w] !== undefined ? objectAntecedent(view, s, k, actorIds, self) : -1;
      if (ante >= 0) return { refs: refs(view, [ante]), token: k };
      // "accused him of violating election law on local television": the object is a person this text
      // does not name; a party later in the clause is not whom the act was done to
      if (objectPronoun && k === triggerEnd && !cooperative) return given;
      continue;
    }
    const last = int32At(view.actorLastToken, idx);
    // "..., police said": the reporting clause after the event names who speaks, not to whom it was done
    if (reportingClause(view, idx)) return given;
    // "Russia has denied meddling and Trump has said ...", "rebels attacked the base and the army
    // shelled the town", "when mobs threw stones at the convoy, the police fired": a party after
    // "and", "but" or a comma (past its determiners) with a verb of its own is the subject of the
    // next clause, not this verb's object
    // ("and Trump formally endorsed him": past an adverb)
    if (WORDS.clauseJoins.has(tokenNorm(view, headBefore(view, idx))) && ['VERB', 'AUX'].includes(view.doc.tokens[afterAdverbs(view, last + 1, s.tokenEnd)]?.pos ?? '')) return given;
    // "fired at protesters": a preposition the trigger itself ends on governs its object, it names no place
    const ownPrep = headBefore(view, idx) < triggerEnd;
    // an agent or a partner: "backed by Russia and Iran", "alongside Russia and Iran" governs every
    // party coordinated with it, none of which is the recipient
    const governed =
      allyBefore(view, idx) ||
      (blockedBefore(view, idx, BY) && !(verbal && topics && authorOfObject(view, idx, from))) ||
      (cooperative && blockedBefore(view, idx, AGAINST));
    if (governed) { k = int32At(view.actorLastToken, coordinateRight(view, idx, limit).at(-1)!); continue; }
    const skip =
      (!ownPrep && blockedBefore(view, idx, CUES.locativePreps)) ||
      (onlyAfter !== null && !introducedBy(view, idx, onlyAfter)) ||
      (topics && topicBefore(view, idx, triggerEnd)) ||
      (verbal && !ownPrep && throughMedium(view, idx)) ||
      actorIds.has(at(view.doc.actors, idx).actor.id) ||
      (passOver !== undefined && passOver(toRef(view, idx)));
    if (skip) { k = last; continue; }
    // "charged Trump's former campaign manager": the possessed, not its possessor (possessed.ts)
    const owned = possessedParty(view, s, idx, toRef);
    if (owned !== 'none') return owned;
    const party = { refs: refs(view, coordinateRight(view, idx, s.tokenEnd)), token: int32At(view.actorFirstToken, idx) };
    // "sent peacekeepers to Somalia": in cooperation the party the pattern ends on is what is given;
    // the one it goes to, when named next, is the recipient
    if (cooperative && from < triggerEnd && last === triggerEnd - 1) { given ??= party; k = last; continue; }
    // ... and the party it goes to is the object of "to" or "for" ("to Somalia"), not any later name
    if (given && !WORDS.givenToPreps.has(tokenNorm(view, headBefore(view, idx)))) { k = last; continue; }
    return party;
  }
  return given;
}

/** The first token from k on that is not an adverb (up to `end`). */
function afterAdverbs(view: DocView, k: number, end: number): number {
  while (k < end && tok(view.doc, k).pos === 'ADV') k++;
  return k;
}

/** A verb's -ing form, tagged as a verb: a gerund heading a clause of its own. */
function gerundAt(view: DocView, k: number): boolean {
  const t = tok(view.doc, k);
  return t.pos === 'VERB' && t.norm.endsWith('ing');
}

/**
 * Whether the party `idx` is a medium (frames.json medium) in a prepositional phrase: "denied the
 * charge on state television", "in an interview with CNN". Words go out through it.
 */
function throughMedium(view: DocView, idx: number): boolean {
  const sector = at(view.doc.actors, idx).actor.sector;
  if (sector === null || !FRAME_CODES.medium.sectors.includes(sector)) return false;
  const k = headBefore(view, idx);
  return k >= 0 && FRAME_CODES.medium.preps.includes(tokenNorm(view, k));
}

/** A "that" right after a noun (no party) and right before a verb: the subject of a relative clause ("the election that brought"). */
function relativeThat(view: DocView, k: number): boolean {
  const before = view.doc.tokens[k - 1];
  const after = view.doc.tokens[k + 1];
  return before !== undefined && after !== undefined && before.pos === 'NOUN' && int32At(view.actorAt, k - 1) < 0 && (after.pos === 'VERB' || after.pos === 'AUX');
}

const OBJECT_NP_REACH = 8; // words of an object noun phrase: "a 46 - year - old man" is 7
const OBJECT_NP_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PUNCT']);

/**
 * Whether the noun phrase right after a verb (determiners, numbers, adjectives and nouns, no actor)
 * ends on a noun for a person or group (WordNet, data/events/vendor/wordnet-party-nouns.json) and a
 * preposition or the sentence's end follows: "a 52-year-old pensioner for ...", "the shopkeeper in ...".
 */
function unknownPersonObject(view: DocView, from: number, limit: number): boolean {
  for (let k = from; k < limit && k < from + OBJECT_NP_REACH; k++) {
    const t = tok(view.doc, k);
    if (int32At(view.actorAt, k) >= 0 || !OBJECT_NP_POS.has(t.pos) || (t.pos === 'PUNCT' && t.norm !== '-')) return false;
    if (t.pos !== 'NOUN') continue;
    const next = k + 1 < view.doc.tokens.length ? tok(view.doc, k + 1) : null;
    if (next && (next.pos === 'NOUN' || next.norm === '-')) continue; // a modifier noun ("army officer", "year-old")
    // the phrase must end there: not "relatives of Chilean miners", "the candidate, Ana Ruiz",
    // "villagers suspected of hiding rebels"
    return partyNoun(t) && (next === null || ((next.pos === 'ADP' || next.pos === 'SCONJ') && next.norm !== 'of') || next.norm === '.');
  }
  return false;
}

/** Passive voice: a past participle after a form of "be"/"get" ("was shot down by ..."). */
export function isPassive(view: DocView, h: number, floor: number): boolean {
  // "were lathi-charged": a hyphenated verb is a participle by its last part
  const w = tokenNorm(view, hyphenedTail(view.doc, h) ?? h);
  if (!/(ed|en|wn|ot|ht|nt|ld|ck|ne|un)$/.test(w) && !CUES.irregularParticiples.has(w)) return false;
  // "rebels were engaged in fighting": the subject does it
  if (h + 1 < view.doc.tokens.length && WORDS.activeParticiples.has(`${w}_${tokenNorm(view, h + 1)}`)) return false;
  let k = h - 1;
  // "was heavily shelled", "were not yet arrested": adverbs (by list or by tag) stand between
  while (k >= floor && (ADVERB_LIKE.has(tokenNorm(view, k)) || CUES.negators.has(tokenNorm(view, k)) || tok(view.doc, k).pos === 'ADV') && !BE_FORMS.has(tokenNorm(view, k))) k--;
  return k >= floor && BE_FORMS.has(tokenNorm(view, k)) && !isApostropheS(tokenNorm(view, k));
}

/** Whether a sentence holds a passive ("were arrested", "have been made"): a cheap scan before any tagging. */
export function hasPassive(view: DocView, s: Sentence): boolean {
  // ("was later arrested": isPassive steps back over the adverbs between "be" and the participle)
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) if (isPassive(view, k, s.tokenStart)) return true;
  return false;
}

/** A form that can be a past participle: regular ("arrested", "taken", "thrown") or known by form ("shot", "held"). */
export const participleForm = (w: string): boolean => /(ed|en|wn)$/.test(w) || CUES.irregularParticiples.has(w);

/**
 * A participle right after the noun it describes, with no object and the clause's finite verb
 * before it: "... were among 31 people arrested near here". The noun undergoes the act (a reduced
 * passive), it does not do it; "Police arrested 31 people" has no verb before its subject.
 */
export function reducedPassive(view: DocView, s: Sentence, h: number, end = h + 1): boolean {
  const w = tokenNorm(view, h);
  if (!participleForm(w)) return false;
  if (CUES.intransitiveLemmas.has(tok(view.doc, h).lemma)) return false;
  // one adverb may stand between: "a woman previously convicted of fraud", "the leader now imprisoned in"
  const noun = h - 1 > s.tokenStart && tok(view.doc, h - 1).pos === 'ADV' ? h - 2 : h - 1;
  const idx = view.actorAt[noun] ?? -1;
  if (idx < 0) return false;
  // a role word opening the sentence is capitalised, and wink then tags it PROPN ("Protesters fired at")
  const pos = tok(view.doc, noun).pos;
  if (pos !== 'NOUN' && !(pos === 'PROPN' && ['role', 'generic'].includes(at(view.doc.actors, idx).via))) return false;
  // "the police accompanying the mob fired at the youths": a preposition of the trigger's own ("fired
  // at") is part of the verb; what follows it is the object, so the word after the trigger is read.
  const after = Math.max(h + 1, end);
  const next = view.doc.tokens[after];
  if (next && ['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ'].includes(next.pos) && next.norm !== 'here') return false;
  // The noun phrase is an object or complement ("among 31 people", "included 31 people"), not the
  // subject of a clause of its own ("as the police silenced").
  let k = int32At(view.actorFirstToken, idx) - 1;
  // ("Several criminals ...": a sentence's capitalised first word, in no name, may be tagged PROPN)
  while (k >= s.tokenStart && (['DET', 'NUM', 'ADJ'].includes(tok(view.doc, k).pos) || (k === s.tokenStart && tok(view.doc, k).pos === 'PROPN' && (view.actorAt[k] ?? -1) < 0))) k--;
  const before = view.doc.tokens[k];
  // "Protesters fired at by police fled": a noun phrase opening the sentence, the participle with its
  // "by" agent, then the clause's own verb further on
  if (k < s.tokenStart) return next !== undefined && BY.has(next.norm) && clauseVerbAfter(view, s, after);
  if (!before || SUBORDINATORS.has(before.norm)) return false;
  // "Thousands of people marched": a partitive's "of" opens the subject itself.
  if (before.norm === 'of' && CUES.partitiveHeads.has(view.doc.tokens[k - 1]?.norm ?? '')) return false;
  // "the soldiers who guarded the embassy fired": the noun ends a relative clause; the verb is the main one
  if (before.pos === 'VERB' && RELATIVES.has(view.doc.tokens[k - 1]?.norm ?? '')) return false;
  // "officials said the rebels agreed to a truce": after a speech verb the noun opens its complement clause
  if (before.pos === 'VERB' && CUES.speechVerbs.has(before.norm)) return false;
  return before.pos === 'ADP' || before.pos === 'VERB' || before.pos === 'AUX';
}

/**
 * "The Syrian army, backed by Russia and Iran, attacked Aleppo": a participle right after a comma
 * that follows a party, with its "by" agent next, describes that party as an apposition does; the
 * party undergoes the act (a passive), the "by" phrase does it.
 */
export function appositivePassive(view: DocView, s: Sentence, h: number, end = h + 1): boolean {
  if (h - 2 < s.tokenStart || tokenNorm(view, h - 1) !== ',' || int32At(view.actorAt, h - 2) < 0) return false;
  return participleForm(tokenNorm(view, h)) && BY.has(tokenNorm(view, end));
}

/** Tokens from a reduced relative's participle to the finite verb of its noun ("were released"). */
const CLAUSE_VERB_REACH = 10;

/**
 * The finite verb of the clause after a participle phrase, from token `from`: "[Two men detained by
 * police on Monday] were released". A comma, a conjunction, a relative word or a subordinator first
 * opens another clause; so does a pronoun (a subject of its own) or an infinitive's "to".
 */
function clauseVerbAfter(view: DocView, s: Sentence, from: number): boolean {
  for (let k = from; k < s.tokenEnd && k - from < CLAUSE_VERB_REACH; k++) {
    const t = tok(view.doc, k);
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || RELATIVES.has(t.norm) || SUBORDINATORS.has(t.norm) || t.norm === 'that') return false;
    // "promised to democratize", "used tear gas to disperse": an infinitive is the verb's own complement
    if (t.pos === 'PRON' || t.pos === 'PART' || t.norm === 'to') return false;
    if (BE_FORMS.has(t.norm) || (t.pos === 'VERB' && !t.norm.endsWith('ing'))) return true;
  }
  return false;
}

/**
 * "were chased away by the security forces and arrested": a passive right after "and" with no
 * agent of its own takes the agent of the passive before it.
 */
export function coordinatedAgent(view: DocView, s: Sentence, h: number): Party | null {
  const a = skipLeft(view, h - 1, s.tokenStart);
  if (a < s.tokenStart || tokenNorm(view, a) !== 'and') return null;
  for (let k = a - 1; k >= s.tokenStart && a - k <= 12; k--) {
    const w = tokenNorm(view, k);
    if (w === ',' || w === ';' || w === 'and') return null;
    if (w === 'by') {
      for (let j = k + 1; j < a; j++) {
        const idx = int32At(view.actorAt, j);
        if (idx >= 0) return { refs: refs(view, [idx]), token: int32At(view.actorFirstToken, idx) };
      }
      return null;
    }
  }
  return null;
}

/** "were beaten and arrested": a participle after "and" shares the passive of the verb before it. */
export function coordinatedPassive(view: DocView, s: Sentence, h: number): boolean {
  return firstPassiveOf(view, s, h) >= 0;
}

/** The passive verb a participle after "and" is coordinated with ("were stopped and arrested": "stopped"), or -1. */
export function firstPassiveOf(view: DocView, s: Sentence, h: number): number {
  const w = tokenNorm(view, h);
  if (!participleForm(w)) return -1;
  let a = skipLeft(view, h - 1, s.tokenStart);
  // "three were killed and ten injured", "and dozens others wounded": a count between "and" and the
  // participle is the subject of a second passive whose "were" is left out
  let n = a;
  while (n >= s.tokenStart && a - n < 4 && countWord(tok(view.doc, n))) n--;
  if (n < a && n >= s.tokenStart && tokenNorm(view, n) === 'and') a = n;
  if (a < s.tokenStart || tokenNorm(view, a) !== 'and') return listedPassive(view, s, h);
  for (let k = a - 1; k >= s.tokenStart && a - k <= 12; k--) {
    const t = tok(view.doc, k);
    if (t.norm === ',' || t.norm === ';' || t.norm === 'and' || SUBORDINATORS.has(t.norm) || RELATIVES.has(t.norm)) return listedPassive(view, s, h);
    if (t.pos === 'VERB' || participleForm(t.norm)) {
      if (isPassive(view, k, s.tokenStart)) return k;
      if (t.pos === 'VERB') return listedPassive(view, s, h);
    }
  }
  return -1;
}

/**
 * "were targeted, expelled and killed by the militia": a participle in a list of bare participles
 * (", P", "and P", ", and P", "but P") whose first item is passive shares that passive. A participle right
 * after a comma counts only when the list goes on after it ("expelled and"): "the man, who was
 * arrested, confessed" has a comma and no list. Returns the first item's index, or -1.
 */
function listedPassive(view: DocView, s: Sentence, h: number): number {
  let k = h;
  for (let moved = false; ; moved = true) {
    let a = skipLeft(view, k - 1, s.tokenStart);
    if (a < s.tokenStart) return -1;
    const sep = tokenNorm(view, a);
    if (tok(view.doc, a).pos === 'CCONJ') { if (a - 1 >= s.tokenStart && tokenNorm(view, a - 1) === ',') a--; }
    else if (sep !== ',') return -1;
    else if (!moved && !(h + 1 < s.tokenEnd && (tokenNorm(view, h + 1) === ',' || tok(view.doc, h + 1).pos === 'CCONJ'))) return -1;
    const p = skipLeft(view, a - 1, s.tokenStart);
    if (p < s.tokenStart || !participleForm(tokenNorm(view, p))) return -1;
    if (isPassive(view, p, s.tokenStart)) return p;
    k = p;
  }
}

/**
 * Whether token k, after a passive verb, is a participle describing the noun before it, a reduced
 * relative clause with an agent of its own: "were arrested at protests against amendments proposed
 * by the president", "funds exported under an agreement signed by X": the "by" after it names that
 * participle's agent. Not after an attack noun (word-classes.json causeNouns): "killed in airstrikes
 * launched by the coalition", "seized in an operation carried out by police" name the harm's agent.
 */
function participleOfNoun(view: DocView, k: number): boolean {
  const t = tok(view.doc, k);
  const prev = tok(view.doc, k - 1);
  if (t.pos !== 'VERB' || int32At(view.actorAt, k) >= 0 || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || !/(ed|en|wn)$/.test(t.norm) || WORDS.causeNouns.has(prev.norm)) return false;
  // "three were killed and dozens wounded by ...": after "and" the noun and participle are a second
  // passive with its verb left out, sharing the agent
  let j = k - 1;
  while (j > 0 && NOUN_PHRASE_POS.has(tok(view.doc, j).pos)) j--;
  return tok(view.doc, j).pos !== 'CCONJ';
}

/**
 * The by-phrase agent of a passive (or, with `prep` = "from", the giver in "received X from Y"). The
 * search stops at a participle that describes a noun: a "by" after it is that participle's.
 */
export function findByAgent(view: DocView, s: Sentence, from: number, prep = 'by'): Party | null {
  const limit = Math.min(s.tokenEnd, from + 2 * RECIPIENT_WINDOW);
  for (let k = from; k < limit; k++) {
    if (STOP_RIGHT.has(tokenNorm(view, k))) return null;
    if (k > from && participleOfNoun(view, k)) return null;
    if (tokenNorm(view, k) !== prep) continue;
    for (let j = k + 1; j < Math.min(limit, k + 6); j++) {
      const idx = int32At(view.actorAt, j);
      if (idx >= 0) return { refs: refs(view, coordinateRight(view, idx, s.tokenEnd)), token: int32At(view.actorFirstToken, idx) };
    }
    return null;
  }
  return null;
}

/**
 * The agent of an attack named as the subject: "The attack on the convoy by Taliban fighters killed
 * six soldiers". Between the clause start and the verb at `h`, an attack noun (causeNouns) and after
 * it "by" and an actor: the attacker. The subject itself is an act, not a party.
 */
export function findSubjectCauseAgent(view: DocView, s: Sentence, h: number, floor: number): Party | null {
  let noun = -1;
  for (let k = Math.max(floor, s.tokenStart); k < h; k++) {
    const w = tokenNorm(view, k);
    if (noun < 0) { if (WORDS.causeNouns.has(w) && int32At(view.actorAt, k) < 0) noun = k; continue; }
    if (w !== 'by') continue;
    for (let j = k + 1; j < Math.min(h, k + 1 + CAUSE_REACH); j++) {
      const idx = int32At(view.actorAt, j);
      if (idx >= 0) return { refs: refs(view, coordinateRight(view, idx, h)), token: int32At(view.actorFirstToken, idx) };
    }
    return null;
  }
  return null;
}

const CAUSE_REACH = 4; // words from the preposition to the agent: "in an Israeli", "during heavy army"
const CAUSE_NOUN_REACH = 2; // words from the agent to its attack noun: "Israeli air strike"

/**
 * The agent of a harm named by the act it came from: "killed in an Israeli air strike", "wounded by
 * police bullets", "hurt during army shelling". The actor modifies an attack noun (data/events
 * word-classes.json causeNouns) after a cause preposition; an actor standing alone after "in" is a
 * place or a bystander, not an agent.
 */
export function findCauseAgent(view: DocView, s: Sentence, from: number): Party | null {
  const limit = Math.min(s.tokenEnd, from + RECIPIENT_WINDOW);
  for (let k = from; k < limit; k++) {
    if (STOP_RIGHT.has(tokenNorm(view, k))) return null;
    if (!WORDS.causePreps.has(tokenNorm(view, k))) continue;
    for (let j = k + 1; j < Math.min(limit, k + 1 + CAUSE_REACH); j++) {
      const idx = int32At(view.actorAt, j);
      if (idx < 0) continue;
      let end = j;
      while (end + 1 < limit && view.actorAt[end + 1] === idx) end++;
      for (let n = end + 1; n <= Math.min(limit - 1, end + CAUSE_NOUN_REACH); n++) {
        if (WORDS.causeNouns.has(tokenNorm(view, n))) return { refs: refs(view, [idx]), token: int32At(view.actorFirstToken, idx), causeNoun: n };
      }
      return null;
    }
  }
  return null;
}

/** The possessor right before a noun trigger: "Merkel's visit". */
export function findPossessor(view: DocView, s: Sentence, h: number): Party | null {
  let k = h - 1;
  while (k > s.tokenStart && tok(view.doc, k).pos === 'ADJ') k--;
  if (!isApostropheS(tokenNorm(view, k))) return null;
  const idx = view.actorAt[k - 1] ?? -1;
  return idx >= 0 ? { refs: refs(view, [idx]), token: int32At(view.actorFirstToken, idx) } : null;
}

/** The party whose mention ends at token k, in sentence s ("police" in "police firing", "police arrests"); null when none does. */
export function partyEndingAt(view: DocView, s: Sentence, k: number): Party | null {
  const idx = k >= s.tokenStart ? int32At(view.actorAt, k) : -1;
  return idx >= 0 ? { refs: [toRef(view, idx)], token: int32At(view.actorFirstToken, idx) } : null;
}

/**
 * The party of an "of" phrase starting at `from` ("the arrest of VHP leader Giriraj Kishore", "the
 * arrests of these absconders and two others"): an actor within a few modifiers of "of", with those
 * coordinated after it; null when the phrase names no actor.
 */
export function ofParty(view: DocView, s: Sentence, from: number): Party | null {
  return tokenNorm(view, from) === 'of' ? partyAfter(view, s, from) : null;
}

/**
 * "clashes between police and protesters", "talks between Kyiv and Moscow": the parties after the
 * "between" right behind the noun that opens a trigger, the first the actor and the others the
 * recipient; null unless two are named.
 */
export function betweenSides(view: DocView, s: Sentence, start: number): { actor: Party; recipient: Party } | null {
  if (start + 1 >= s.tokenEnd || !WORDS.betweenPreps.has(tok(view.doc, start + 1).norm)) return null;
  const sides = partyAfter(view, s, start + 1);
  if (!sides || sides.refs.length < 2) return null;
  const [first, ...rest] = sides.refs;
  return { actor: { refs: [first!], token: sides.token }, recipient: { refs: rest, token: sides.token } };
}

/**
 * The party that opens the phrase after token `from` (the "of" of "the arrest of ...", the "that" of
 * "claimed that the army ..."): an actor within a few modifiers, with those coordinated after it;
 * null when the phrase names no actor.
 */
export function partyAfter(view: DocView, s: Sentence, from: number): Party | null {
  // "of VHP leader Giriraj Kishore": modifiers and nouns of the phrase may stand before the name
  for (let j = from + 1; j < Math.min(s.tokenEnd, from + 1 + MODIFIER_REACH + 1); j++) {
    const idx = int32At(view.actorAt, j);
    if (idx >= 0) return { refs: refs(view, coordinateRight(view, idx, s.tokenEnd)), token: int32At(view.actorFirstToken, idx) };
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tok(view.doc, j).pos)) return null;
  }
  return null;
}

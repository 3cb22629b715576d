// Modality of a candidate: negated ("didn't detain"), hypothetical ("might soften",
// "if he is to win"), future ("will seek"), read from the words between the clause
// subject and the trigger, and from the verb that governs an infinitive trigger.
import type { Modality, Sentence } from '../types.js';
import { BE_FORMS, CUES, RELATIVES } from './cues.js';
import { endsAt, inTime, NOUN_PHRASE_POS, OBJECT_PHRASE_POS, type DocView } from './view.js';
import { tok } from '../doc.js';

export interface ModalityReading extends Modality {
  /** An infinitive whose governor is not a realis verb ("hopes to make", "needs to persuade"). */
  irrealis: boolean;
  /** "... will withdraw unless ...": a condition after the trigger makes an intention a threat. */
  conditional: boolean;
  /** Inside what someone else alleged ("a report alleged that France helped ..."): not established. */
  alleged: boolean;
  /** "X claimed that ...": the claim verb's token; whose act the complement tells decides between an allegation and a claim of one's own act. */
  claimAt?: number;
  /** "tried to kill": the infinitive's governor is a verb of attempt (cues.json attemptGovernors). */
  attempted: boolean;
}

/** How far before the verb a negator still negates it: "did not immediately arrest". */
const NEGATOR_REACH = 4;
/** Words between a negative determiner and the subject's noun: "not a single activist". */
const NEGATIVE_SUBJECT_REACH = 3;

/**
 * The first word after the conjunction at `and` (past adverbs), at `h` or before it, is a finite verb
 * form of its own: a past or present tense, or an auxiliary's inflected form. A participle's form
 * after a form of "be" in the phrase before shares that "be" ("will be maimed and killed").
 */
function ownInflectedVerb(view: DocView, from: number, and: number, h: number): boolean {
  let k = and + 1;
  while (k < h && tok(view.doc, k).pos === 'ADV') k++;
  if (k > h) return false;
  const t = tok(view.doc, k);
  if (!((t.pos === 'VERB' || t.pos === 'AUX') && t.norm !== t.lemma && !t.norm.endsWith('ing'))) return false;
  if (/(ed|en|wn)$/.test(t.norm) || CUES.irregularParticiples.has(t.norm)) for (let j = from; j < and; j++) if (BE_FORMS.has(tok(view.doc, j).norm)) return false;
  return true;
}

export function readModality(view: DocView, s: Sentence, subjectToken: number, h: number): ModalityReading {
  const out: ModalityReading = { negated: false, hypothetical: false, future: false, claimed: false, irrealis: false, conditional: false, alleged: false, attempted: false };
  // With no subject before the verb ("No one was killed"), the words just before it are the clause's.
  const from = Math.max(s.tokenStart, subjectToken < h ? subjectToken : h - NEGATOR_REACH);
  for (let k = from; k < h; k++) {
    const w = tok(view.doc, k).norm;
    // "Trump, who will visit China next week, met Abe": the relative clause's words are not the verb's.
    if (w === ',' && RELATIVES.has(view.doc.tokens[k + 1]?.norm ?? '')) {
      let j = k + 1;
      while (j < h && tok(view.doc, j).norm !== ',') j++;
      if (j < h) { k = j; continue; }
    }
    // words of a name are not the clause's: "Doctors Without Borders treated ..." is not negated;
    // nor are a date's: "which in May agreed to pay" (the month, not the modal)
    if ((view.actorAt[k] ?? -1) >= 0 || inTime(view.doc, tok(view.doc, k).start)) continue;
    // "could not control the mob and had to open fire", "did not arrest him and released him": a verb
    // phrase after "and"/"but" that opens on an inflected verb of its own is out of reach of the
    // modals and negators of the phrase before ("could arrest and detain" shares its modal)
    if ((w === 'and' || w === 'but') && ownInflectedVerb(view, from, k, h)) { out.negated = false; out.hypothetical = false; out.future = false; continue; }
    if (CUES.negators.has(w) && h - k <= NEGATOR_REACH) out.negated = true;
    if (CUES.hypothetical.has(w)) out.hypothetical = true;
    if (CUES.future.has(w)) out.future = true;
  }
  // "No one was arrested", "not a single activist has been detained": a negative determiner opening
  // the subject's phrase negates the clause (the subject token is where the phrase's noun starts).
  if (subjectToken < h) {
    for (let k = subjectToken - 1; k >= s.tokenStart && subjectToken - k <= NEGATIVE_SUBJECT_REACH; k--) {
      const t = tok(view.doc, k);
      if (CUES.negators.has(t.norm)) { out.negated = true; break; }
      if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM') break;
    }
  }
  if (scheduledNoun(view, s, h)) out.future = true;
  // "any talks with Pyongyang would require ...", "warned against any attack on Iran": an event noun
  // under a non-specific determiner names a kind of act, not one that took place
  if (nonSpecificNoun(view, s, h) || modalAfterNoun(view, s, h)) out.hypothetical = true;
  // "if"/"unless"/"whether" earlier in the same clause makes everything after it conditional.
  for (let k = h - 1; k >= s.tokenStart; k--) {
    const w = tok(view.doc, k).norm;
    if (w === ';' || w === ',' && k < subjectToken) break;
    if (CUES.conditionalOpeners.some((o) => endsAt(view, k, o))) { out.hypothetical = true; break; }
    // "should they begin talks", "should the talks fail": a modal before its subject opens a condition
    if (CUES.invertedConditionals.has(w) && ['PRON', 'DET'].includes(view.doc.tokens[k + 1]?.pos ?? '')) { out.hypothetical = true; break; }
  }
  for (let k = h + 1; k < s.tokenEnd; k++) {
    const w = tok(view.doc, k).norm;
    if (w === ';') break;
    // "..., including a migrant hailed for helping stop a thief until police arrived": past a comma
    // the clause is another's, unless the comma opens the condition itself (", unless ...")
    if (w === ',' && !CUES.conditionalAfter.has(view.doc.tokens[k + 1]?.norm ?? '')) break;
    if (CUES.conditionalAfter.has(w)) { out.conditional = true; break; }
  }
  // Subjunctive complement of a directive: "demanding that Pashinyan resign" is what was demanded, not what happened.
  for (let k = h - 1, seen = 0; k > s.tokenStart && seen < 14; k--, seen++) {
    const w = tok(view.doc, k).norm;
    if (w === ';' || w === '.') break;
    if (w === 'that' && CUES.directives.has(view.doc.tokens[k - 1]?.norm ?? '')) { out.irrealis = true; break; }
  }
  // ... also without "that": "has demanded Assad step down" (a base-form verb right after the directive's object)
  if (directiveObjectBefore(view, s, h)) out.irrealis = true;
  // "a poll showed most Germans reject the plan": what a poll or survey finds is an opinion measured, not an act
  for (let k = h - 1; k > s.tokenStart && h - k <= 10; k--) {
    if (tok(view.doc, k).norm === ';') break;
    if (!CUES.findingVerbs.has(tok(view.doc, k).norm)) continue;
    for (let j = k - 1; j >= s.tokenStart && k - j <= 3; j--) if (CUES.findingNouns.has(tok(view.doc, j).norm)) out.hypothetical = true;
    break;
  }
  // "rejected claims that its forces had attacked the tanker", "amid reports that jets struck": what a
  // claim, report or rumour says is only alleged (a noun here: "Reuters reports that" is a reporting verb)
  if (claimedContent(view, s, h)) out.alleged = true;
  // "accused the Palestinians of sabotaging peace talks with Syria", "blamed Russia for the collapse of
  // talks with the EU": what the accused is accused of is only alleged
  if (accusedOf(view, s, h)) out.alleged = true;
  // "alleged that ... and that the military helped plan killings": the whole complement is the allegation.
  // "Iran denied that it had supplied drones": what is denied is not established either way; it is not coded as done.
  for (let k = h - 1; k > s.tokenStart; k--) {
    if (tok(view.doc, k).norm !== 'that') continue;
    if (CUES.allegationVerbs.has(tok(view.doc, k - 1).norm)) { out.alleged = true; break; }
    if (CUES.denialVerbs.has(tok(view.doc, k - 1).norm)) { out.negated = true; break; }
    if (CUES.claimVerbs.has(tok(view.doc, k - 1).norm)) { out.claimAt = k - 1; break; }
  }
  // "He denied his government had used the weapon": a denied clause may also go without "that"; the
  // denial verb stands a few words back in the same clause, with the complement's subject between
  // (a verb's clause only: "denies US claims that" denies what is claimed, not that a claim was made)
  if (!out.negated && tok(view.doc, h).pos === 'VERB') {
    for (let k = h - 2; k > s.tokenStart && h - k <= ZERO_THAT_REACH; k--) {
      const t = tok(view.doc, k);
      if (t.pos === 'PUNCT') break;
      if (CUES.denialVerbs.has(t.norm)) { out.negated = subjectBetween(view, k, h); break; }
      if (t.pos === 'VERB') break;
    }
  }
  // Infinitive: "decided to send" is realis; "hopes to make", "was expected to not meet" are not.
  let k = h - 1;
  // "to approve or reject", "to delay the vote or veto the resolution": the second of two joined
  // infinitives reads the first one's "to" (past the first one's object).
  // (the trigger in its base form: "went to search the house and arrested him" did arrest him)
  if (k > s.tokenStart && ['or', 'and'].includes(tok(view.doc, k).norm) && tok(view.doc, h).norm === tok(view.doc, h).lemma) k = firstInfinitiveTo(view, s, k) ?? k;
  // "are likely to be arrested": a passive infinitive reads its governor past "be"/"been"/"have".
  while (k >= s.tokenStart && CUES.infinitiveSkips.has(tok(view.doc, k).norm)) k--;
  if (k >= s.tokenStart && tok(view.doc, k).norm === 'to') {
    let g = k - 1;
    while (g >= s.tokenStart && CUES.governorSkips.has(tok(view.doc, g).norm)) g--;
    const gov = view.doc.tokens[g]?.norm ?? '';
    if (CUES.futureGovernors.has(gov)) out.future = true; // "plans to impose": an intention, coded as one
    else if (!CUES.realisGovernors.has(gov) && !objectRealis(view, s.tokenStart, g)) {
      out.irrealis = true;
      // (a verb of attempt, not the noun: "attempts to retake it will ..." tell of what may come)
      out.attempted = CUES.attemptGovernors.has(gov) && tok(view.doc, g).pos === 'VERB';
    }
  }
  return out;
}

/** Adjectives and nouns that may stand between a determiner and an event noun: "any further military talks". */
const NON_SPECIFIC_REACH = 3;

function nonSpecificNoun(view: DocView, s: Sentence, h: number): boolean {
  if (tok(view.doc, h).pos !== 'NOUN') return false;
  for (let k = h - 1; k >= s.tokenStart && h - k <= NON_SPECIFIC_REACH; k--) {
    const t = tok(view.doc, k);
    if (CUES.nonSpecificDeterminers.has(t.norm)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  }
  return false;
}

const MODAL_AFTER_NOUN_REACH = 8;
/** "strikes against North Korea could provoke ...": the event noun is the subject of a modal. */
function modalAfterNoun(view: DocView, s: Sentence, h: number): boolean {
  if (tok(view.doc, h).pos !== 'NOUN') return false;
  for (let k = h + 1; k < s.tokenEnd && k - h <= MODAL_AFTER_NOUN_REACH; k++) {
    const t = tok(view.doc, k);
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.norm === 'that') return false;
    if (t.pos === 'AUX') return CUES.nounSubjectModals.has(t.norm);
  }
  return false;
}

/** Words of the first infinitive's object that may stand before "or"/"and": "to delay the key vote or". */
const JOINED_OBJECT_REACH = 4;

/** The "to" of an infinitive joined to the trigger by the "or"/"and" at `and`, or null. */
function firstInfinitiveTo(view: DocView, s: Sentence, and: number): number | null {
  for (let j = and - 1; j - 1 >= s.tokenStart && and - j <= JOINED_OBJECT_REACH + 1; j--) {
    const t = tok(view.doc, j);
    if (t.pos === 'VERB') return tok(view.doc, j - 1).norm === 'to' ? j - 1 : null;
    if (!OBJECT_PHRASE_POS.has(t.pos)) return null;
  }
  return null;
}

/** Words of a directive's object before a subjunctive verb: "demanded the Syrian president step down". */
const DIRECTIVE_OBJECT_REACH = 4;

function directiveObjectBefore(view: DocView, s: Sentence, h: number): boolean {
  const v = tok(view.doc, h);
  // (wink may tag the verb a noun after a name: "demanded Assad step down"; then the object must be a party)
  if ((v.pos !== 'VERB' && v.pos !== 'NOUN') || v.norm !== v.lemma) return false;
  let k = h - 1, party = false;
  for (; k > s.tokenStart && h - k <= DIRECTIVE_OBJECT_REACH && NOUN_PHRASE_POS.has(tok(view.doc, k).pos); k--) party ||= (view.actorAt[k] ?? -1) >= 0;
  return k < h - 1 && (v.pos === 'VERB' || party) && CUES.directives.has(tok(view.doc, k).norm) && tok(view.doc, k).pos === 'VERB';
}

/** How far back from an event's head the "of" or "for" of an accusation may stand, and from it the accusing verb. */
const ACCUSED_OF_REACH = 10;
const ACCUSER_REACH = 6;
/** The head `h` lies in the "of"/"for" complement of an accusation verb (cues.json accusationVerbs), in the same clause. */
function accusedOf(view: DocView, s: Sentence, h: number): boolean {
  // "of" and "for" take a noun or an -ing form (and what it governs, "of backtracking on plans to sign"):
  // a finite verb after them heads a clause of its own
  // ("women who accused Trump of misconduct called for a probe")
  const head = tok(view.doc, h);
  if ((head.pos === 'VERB' || head.pos === 'AUX') && !head.norm.endsWith('ing') && view.doc.tokens[h - 1]?.norm !== 'to') return false;
  for (let k = h - 1; k > s.tokenStart && h - k <= ACCUSED_OF_REACH; k--) {
    const w = tok(view.doc, k).norm;
    if (w === ',' || w === ';' || w === 'that' || w === 'and') return false;
    if (w !== 'of' && w !== 'for') continue;
    for (let j = k - 1; j >= s.tokenStart && k - j <= ACCUSER_REACH; j--) {
      const t = tok(view.doc, j);
      if (t.pos === 'VERB') return CUES.accusationVerbs.has(t.lemma) || CUES.accusationVerbs.has(t.norm);
      if (t.norm === ',' || t.norm === ';') return false;
    }
  }
  return false;
}

/** How far back from an event's head the "that" after a claim noun may stand. */
const CLAIM_REACH = 14;
/**
 * The head `h` is the verb of a clause a claim noun opens with "that": in the same clause (no comma or
 * semicolon between), and not an object relative ("accusations that he has denied.": nothing follows the verb).
 */
function claimedContent(view: DocView, s: Sentence, h: number): boolean {
  const next = view.doc.tokens[h + 1];
  if (h + 1 >= s.tokenEnd || next === undefined || next.pos === 'PUNCT') return false;
  for (let k = h - 1; k > s.tokenStart && h - k <= CLAIM_REACH; k--) {
    const w = tok(view.doc, k).norm;
    if (w === ',' || w === ';') return false;
    if (w === 'that') return claimNounAt(view, s, k - 1);
  }
  return false;
}

const CLAIM_NP_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART', 'PRON']);
/**
 * A claim noun (cues.json claimNouns) at `k` heading a noun phrase that a verb or a preposition takes:
 * "rejected claims", "denies US claims", "amid reports". "Reuters reports that" has none before it: a verb.
 */
function claimNounAt(view: DocView, s: Sentence, k: number): boolean {
  if (k <= s.tokenStart || tok(view.doc, k).pos !== 'NOUN' || !CUES.claimNouns.has(tok(view.doc, k).norm)) return false;
  for (let j = k - 1; j >= s.tokenStart && k - j <= 6; j--) {
    const pos = tok(view.doc, j).pos;
    if (pos === 'VERB' || pos === 'ADP') return true;
    if (!CLAIM_NP_POS.has(pos)) return false;
  }
  return false;
}

/** How far back from an event's head a denial may stand before a complement without "that". */
const ZERO_THAT_REACH = 7;

/** Between a denial at k and the head at h: a subject (a noun or pronoun right after the denial), then only its words and auxiliaries. */
function subjectBetween(view: DocView, k: number, h: number): boolean {
  const first = tok(view.doc, k + 1);
  if (!['PRON', 'NOUN', 'PROPN', 'DET'].includes(first.pos)) return false;
  for (let j = k + 1; j < h; j++) if (['VERB', 'ADP', 'SCONJ', 'CCONJ', 'PUNCT'].includes(tok(view.doc, j).pos)) return false;
  return true;
}

/**
 * "forced the police to open fire", "compelling thousands of villagers to flee": an implicative verb
 * with an object before the infinitive's "to" (at `g`, the object's last token) makes it a fact.
 * The object is a short noun phrase: the scan stops at punctuation or at any other verb.
 */
function objectRealis(view: DocView, start: number, g: number): boolean {
  for (let j = g; j >= start && j >= g - 5; j--) {
    const t = tok(view.doc, j);
    if (CUES.objectRealisGovernors.has(t.norm)) return j < g;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** Tokens after an event noun within which its clause's verb is looked for ("visit to Turkey next week is"). */
const NOUN_CLAUSE_REACH = 8;

/**
 * "Putin's visit to Turkey is planned for May", "talks with Iran are scheduled": the event noun at
 * `h` is the subject of a present form of "be" with a scheduling word (cues.json scheduledPredicates).
 */
function scheduledNoun(view: DocView, s: Sentence, h: number): boolean {
  if (tok(view.doc, h).pos !== 'NOUN') return false;
  for (let k = h + 1; k < s.tokenEnd && k <= h + NOUN_CLAUSE_REACH; k++) {
    const t = tok(view.doc, k);
    if (t.pos === 'PUNCT') return false;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (t.norm !== 'is' && t.norm !== 'are') return false;
    // ("the arrest is expected to spark protests": what is expected is what the event will bring)
    const next = view.doc.tokens[k + 1];
    return next !== undefined && k + 1 < s.tokenEnd && CUES.scheduledPredicates.has(next.norm) && view.doc.tokens[k + 2]?.norm !== 'to';
  }
  return false;
}

// A speech verb is a REQUEST only when what was said is a demand ("told Putin that he must ...",
// "said the government should resign"); otherwise it is a statement, which PLOVER drops.
import type { Sentence } from '../../types.js';
import { CUES, PRONOUNS } from '../cues.js';
import { isClose, isStraight } from '../../quotes/cues.js';
import { findRecipient, type Party } from '../participants.js';
import { endsAt, type DocView } from '../view.js';
import { objectStart } from '../clause.js';
import type { Frame } from './frame.js';
import { actorRef, tok } from '../../doc.js';
import { WORDS } from '../words.js';
import { onlyNotConsulted } from './codes.js';
import { int32At } from '../../at.js';

/**
 * After a modal, a reading that demands nothing: "should have stepped down" blames the past, which
 * no one can be asked to change; "must be your favorite guy", "should be a simple change" infer or
 * predict (the modal's "be" before a noun phrase). "should be held accountable", "must be careful" stay demands.
 */
function epistemicAfter(view: DocView, k: number): boolean {
  const toks = view.doc.tokens;
  while (toks[k] && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k++;
  const next = toks[k], after = toks[k + 1];
  if (!next || !after) return false;
  if (next.norm === 'have' && after.pos === 'VERB') return true;
  return next.norm === 'be' && (CUES.determiners.has(after.norm) || after.pos === 'NUM');
}

/** Whether token k is a modal that makes what follows a demand ("must", "should", "needs to"). */
function demandModalAt(view: DocView, k: number): boolean {
  const w = tok(view.doc, k).norm;
  // "a must-pass bill": a modal inside a compound word is no modal
  if (view.doc.tokens[k + 1]?.norm === '-') return false;
  if (CUES.demandModals.has(w)) return !epistemicAfter(view, k + 1);
  // "might have to accept", "does not need to wait": a consequence or a permission, not a demand;
  // "played down the need to sanction": after a determiner the word is a noun
  const prev = k > 0 ? tok(view.doc, k - 1).norm : '';
  return CUES.demandSemiModals.has(w) && view.doc.tokens[k + 1]?.norm === 'to' && !CUES.consequenceModals.has(prev) && !CUES.determiners.has(prev);
}

/**
 * Whether the modal at `modal` has a party for its subject: the word before it (past adverbs: "Trump
 * should also", "they must not") is part of an actor's name or a pronoun. A demand is made on someone;
 * "the issue will have to be decided", "these decisions should not be based on politics", "global
 * problems need global answers" are opinions about things, statements PLOVER does not code.
 */
function partySubject(view: DocView, s: Sentence, modal: number): boolean {
  let k = modal - 1;
  // past adverbs, a closing quotation mark ('that "European allies" should take back ...')
  // and auxiliaries before a semi-modal ("the regime will have to pay")
  while (k > s.tokenStart && (['ADV', 'PART', 'AUX'].includes(tok(view.doc, k).pos) || isClose(tok(view.doc, k).text) || isStraight(tok(view.doc, k).text))) k--;
  if (k < s.tokenStart) return false;
  const t = tok(view.doc, k);
  // a name no dictionary knows is still someone ("Uber must cease", "Fumo should pay")
  return int32At(view.actorAt, k) >= 0 || PRONOUNS[t.norm] !== undefined || t.pos === 'PROPN';
}

/** The modal that makes the complement a demand, or -1. */
function demandComplement(view: DocView, s: Sentence, from: number): number {
  for (let k = from; k < s.tokenEnd; k++) {
    const w = tok(view.doc, k).norm;
    if (view.quoted[k]) continue;
    if (w === ';' || CUES.speechVerbs.has(w) && k > from + 1) return -1;
    if (demandModalAt(view, k) && !askedWhether(view, s, k)) return k;
  }
  return -1;
}

/**
 * "said it was up to Conyers to decide if he should resign", "asked whether Russia must pay": a modal
 * whose subject follows "if" or "whether" asks a question; it demands nothing.
 */
function askedWhether(view: DocView, s: Sentence, modal: number): boolean {
  const idx = modal > s.tokenStart ? int32At(view.actorAt, modal - 1) : -1;
  const subject = idx >= 0 ? int32At(view.actorFirstToken, idx) : modal - 1;
  return subject > s.tokenStart && CUES.conditionalOpeners.some((o) => endsAt(view, subject - 1, o));
}

/** '"Russia must withdraw," the NATO chief said': the modal of a quotation before the verb, or -1. */
function demandQuotedBefore(view: DocView, s: Sentence, head: number): number {
  // the sentence opens with the quotation the verb reports
  if (head <= s.tokenStart || !view.quoted[s.tokenStart]) return -1;
  for (let k = head - 1; k >= s.tokenStart; k--) {
    if (!view.quoted[k] || !demandModalAt(view, k)) continue;
    // "we must stay calm": the speaker's own resolve, no demand on anyone
    return (k > s.tokenStart && WORDS.firstPersonSubject.has(tok(view.doc, k - 1).norm)) || !partySubject(view, s, k) ? -1 : k;
  }
  return -1;
}

/** The party named right before the modal at `modal` ("Trump should", "Russia must"), unless it is an actor of the event. */
function partyBeforeModal(view: DocView, s: Sentence, modal: number, actorIds: ReadonlySet<string>): Party | null {
  const idx = modal > s.tokenStart ? int32At(view.actorAt, modal - 1) : -1;
  const m = idx >= 0 ? view.doc.actors[idx] : undefined;
  return m && !actorIds.has(m.actor.id) ? { refs: [actorRef(m)], token: int32At(view.actorFirstToken, idx) } : null;
}

export const speechDemand: Frame = {
  recipient({ view, s, c }, d, actorIds) {
    const modal = demandComplement(view, s, c.end);
    if (modal < 0) {
      const quoted = demandQuotedBefore(view, s, c.head);
      if (quoted < 0) return { drop: { rule: 'statement', reason: 'statement: not coded (PLOVER drops CAMEO 01)' } };
      // the party the quotation says must act, right before its modal
      d.recipient = partyBeforeModal(view, s, quoted, actorIds);
      return 'settled';
    }
    // The addressee right after the verb ("told Putin that ..."), else the one the demand is about.
    d.recipient = findRecipient(view, s, objectStart(c), actorIds, false, true);
    if (d.recipient && d.recipient.token > modal + 6) d.recipient = null;
    // a demand is made on someone: the one told, or the party the modal's clause is about
    const told = d.recipient !== null && d.recipient.token < modal && !onlyNotConsulted(d.recipient.refs);
    if (!told && !partySubject(view, s, modal)) return { drop: { rule: 'statement', reason: 'statement: not coded (PLOVER drops CAMEO 01); what must happen is said of no party' } };
    // "told CNN that Trump should resign": the press told is no one the demand is on; the party
    // right before the modal is
    if (d.recipient && onlyNotConsulted(d.recipient.refs)) {
      d.recipient = partyBeforeModal(view, s, modal, actorIds);
    }
    return 'settled';
  },
};

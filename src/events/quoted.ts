// Statements in quotation marks attributed to a speaker ('"We will not talk to them," the minister
// said'): the quotes stage finds each quote and its speaker; the events stage codes what the quote
// says as the speaker's own statement, the speaker standing for "we" and "I", and for "us" and
// "our" as the one acted on. Quotes with no resolved speaker stay uncoded (nobody to attribute).
import type { Doc, Quote } from '../types.js';
import type { DocView } from './view.js';
import type { Party } from './participants.js';
import { WORDS } from './words.js';
import { tok, tokenAt } from '../doc.js';
import { int32At } from '../at.js';

/** The direct quote with a resolved speaker that holds this offset, or null (reported speech is the reporter's words). */
export function speakerQuote(doc: Doc, offset: number): (Quote & { speaker: NonNullable<Quote['speaker']> }) | null {
  for (const q of doc.quotes ?? []) {
    if (q.kind === 'direct' && q.start <= offset && offset < q.end && q.speaker) return q as Quote & { speaker: NonNullable<Quote['speaker']> };
  }
  return null;
}

/** The speaker as a party of the reading at token `token`. */
function speakerParty(q: { speaker: NonNullable<Quote['speaker']> }, token: number): Party {
  return { refs: [q.speaker], token };
}

/**
 * The parties a quotation lets entente code: the speaker as actor when the quoted clause's subject is
 * "we" or "I" ("We will not talk to them"), else the speaker as recipient when "us" or "our" follows
 * the verb inside the quote ("Israel attacked our positions"). Anything else a speaker says of
 * others is their claim, not an event the text reports: read on 1,451 bench stories, such quoted
 * readings were mostly rhetoric ("folks went back home", "campaigned on a GET TRUMP agenda").
 */
export function quotedParties(view: DocView, head: number, end: number, subject: Party | null): { actor: Party | null; recipient: Party | null } | null {
  const q = speakerQuote(view.doc, tok(view.doc, head).start);
  if (!q) return null;
  const tokens = view.doc.tokens;
  if (subject && WORDS.firstPersonSubject.has(tokenAt(tokens, subject.token).norm)) return { actor: speakerParty(q, subject.token), recipient: null };
  // "we" with no antecedent in the story leaves no subject: the nearest "we"/"I" before the verb
  // in the quote, with no other party between, is it.
  if (!subject) {
    for (let k = head - 1; k >= 0 && tokenAt(tokens, k).start >= q.start && int32At(view.actorAt, k) < 0; k--) {
      if (WORDS.firstPersonSubject.has(tokenAt(tokens, k).norm)) return { actor: speakerParty(q, k), recipient: null };
    }
  }
  for (let k = end; k < tokens.length && view.quoted[k] && tokenAt(tokens, k).start < q.end; k++) {
    if (WORDS.firstPersonObject.has(tokenAt(tokens, k).norm)) return { actor: subject, recipient: speakerParty(q, k) };
  }
  return null;
}

/** The resolved speaker of the reported speech whose reporting verb is token `cue` ("the US claimed that ..."), or null. */
export function reportedSpeaker(doc: Doc, cue: number): NonNullable<Quote['speaker']> | null {
  const t = tok(doc, cue);
  for (const q of doc.quotes ?? []) {
    if (q.cue && q.speaker && q.cue.start <= t.start && t.end <= q.cue.end) return q.speaker;
  }
  return null;
}

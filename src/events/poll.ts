// Opinion polls: "15 percent opposed it", "40% of Chileans reject the new constitution". The verb
// reports what a share of those asked answered; no party acted on another (issue: a poll's result
// was coded as a REJECT). A share is the verb's subject, or opens the actor's phrase ("N percent of").
import type { Sentence } from '../types.js';
import type { DocView } from './view.js';
import { skipLeft } from './skip-left.js';
import { WORDS } from './words.js';
import { CUES, RELATIVES } from './cues.js';
import { tok } from '../doc.js';

/** Words that may stand between a share and its verb: "who said they". */
const POLL_BRIDGE = 4;
const bridge = (view: DocView, k: number): boolean => {
  const t = tok(view.doc, k);
  return t.pos === 'PRON' || RELATIVES.has(t.norm) || CUES.speechVerbs.has(t.norm);
};

/** Whether the verb at h has a poll share for subject, or its actor (first token `actorToken`) is "N percent of ...". */
export function pollAnswer(view: DocView, s: Sentence, h: number, actorToken: number): boolean {
  let k = skipLeft(view, h - 1, s.tokenStart);
  // "49 percent who said they opposed the bill": a relative pronoun, a speech verb and a pronoun
  // between the share and the verb still make the share its subject
  for (let n = 0; n < POLL_BRIDGE && k > s.tokenStart && bridge(view, k); n++) k = skipLeft(view, k - 1, s.tokenStart);
  if (k >= s.tokenStart && WORDS.pollShares.has(tok(view.doc, k).norm)) return true;
  const of = actorToken - 1;
  return of - 1 >= s.tokenStart && tok(view.doc, of).norm === 'of' && WORDS.pollShares.has(tok(view.doc, of - 1).norm);
}

// A speech verb is a REQUEST only when what was said is a demand ("told Putin that he must ...",
// "said the government should resign"); otherwise it is a statement, which PLOVER drops.
import type { Sentence } from '../../types.js';
import { CUES } from '../cues.js';
import { findRecipient } from '../participants.js';
import type { DocView } from '../view.js';
import { objectStart } from '../clause.js';
import type { Frame } from './frame.js';
import { tok } from '../../doc.js';

/** The modal that makes the complement a demand ("must", "should", "needs to"), or -1. */
function demandComplement(view: DocView, s: Sentence, from: number): number {
  for (let k = from; k < s.tokenEnd; k++) {
    const w = tok(view.doc, k).norm;
    if (view.quoted[k]) continue;
    if (w === ';' || CUES.speechVerbs.has(w) && k > from + 1) return -1;
    if (CUES.demandModals.has(w)) return k;
    if (CUES.demandSemiModals.has(w) && view.doc.tokens[k + 1]?.norm === 'to') return k;
  }
  return -1;
}

export const speechDemand: Frame = {
  recipient({ view, s, c }, d, actorIds) {
    const modal = demandComplement(view, s, c.end);
    if (modal < 0) return { drop: { rule: 'statement', reason: 'statement: not coded (PLOVER drops CAMEO 01)' } };
    // The addressee right after the verb ("told Putin that ..."), else the one the demand is about.
    d.recipient = findRecipient(view, s, objectStart(c), actorIds, false, true);
    if (d.recipient && d.recipient.token > modal + 6) d.recipient = null;
    return 'settled';
  },
};

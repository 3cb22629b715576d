// "The US claimed that ISIL had attacked Iraq": a claim about what another party did is an accusation
// against that party, the subject of the claimed clause. Only that party is the recipient: "claimed
// that through a new deal Mexico would pay", "claimed that the disease was spread on the island"
// accuse no one, and "Russia claimed that its forces took the town" is a claim of its own act.
import { isPassive, partyAfter } from '../participants.js';
import { firstTokenAtOrAfter } from '../../doc.js';
import type { Frame } from './frame.js';
import type { DocView } from '../view.js';
import type { Sentence, Span } from '../../types.js';

export const allegation: Frame = {
  recipient({ view, s, c }, d) {
    const party = partyAfter(view, s, c.end - 1);
    d.recipient = party && !sufferedBy(view, s, party.refs) ? party : null;
    return 'settled';
  },
  placeStandsIn: () => false,
};

/**
 * "claimed that twelve people were killed": the clause's subject undergoes what it tells (its first
 * verb is a passive), so it is a victim, not the accused.
 */
function sufferedBy(view: DocView, s: Sentence, refs: readonly Span[]): boolean {
  const doc = view.doc;
  const from = firstTokenAtOrAfter(doc, Math.max(...refs.map((r) => r.end)));
  for (let k = from; k < s.tokenEnd; k++) {
    const pos = doc.tokens[k]!.pos;
    if (pos === 'VERB') return isPassive(view, k, from);
    if (pos === 'PUNCT') return false;
  }
  return false;
}

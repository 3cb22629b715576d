// An event noun whose agent stands right before it, as a compound or a possessor ("police firing",
// "army shelling", "the militia's raid"): "three people died in police firing" is violence by the
// police. Without such an agent the noun is not read (a bare "the shooting" names no one), and
// "the firing of the director" is a dismissal, not gunfire.
import { findPossessor, partyEndingAt } from '../participants.js';
import type { Frame } from './frame.js';
import { tok } from '../../doc.js';

export const agentNoun: Frame = {
  nominal: true,
  firstActor: ({ view, s, c }) => partyEndingAt(view, s, c.head - 1) ?? findPossessor(view, s, c.head),
  parties: ({ view, c }, d) => {
    if (!d.actor) return { drop: { rule: 'no-actor', reason: 'an event noun with no agent before it' } };
    if (tok(view.doc, c.head).norm === 'firing' && view.doc.tokens[c.head + 1]?.norm === 'of') return { drop: { rule: 'not-violence', reason: '"firing of" someone is a dismissal' } };
    return 'settled';
  },
  placeStandsIn: () => true,
};


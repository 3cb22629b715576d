// A meeting noun that names its sides after "between" ("talks between Kyiv and Moscow", "a summit
// between Putin and Erdogan"): the first side meets the others. The clause's subject is no side
// ("the envoy praised the talks between ..."), and without two sides named it is no event.
// A noun that is a verb's object ("proposed a meeting between", "is pushing urgent talks between",
// "arranged emergency talks between") tells what that verb did about a meeting, which it does not
// say took place: no event here, and the sentence stays open to the converted patterns, which read
// the governing verb ("pushing * talks" is a call for talks).
import { betweenSides } from '../participants.js';
import { tok } from '../../doc.js';
import type { Frame } from './frame.js';

/** Tags of the words between a verb and the noun it governs ("a", "urgent", "peace", "two"). */
const NP_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

export const betweenNoun: Frame = {
  nominal: true,
  parties: ({ view, s, c }, d) => {
    let k = c.start - 1;
    while (k >= s.tokenStart && NP_MODIFIERS.has(tok(view.doc, k).pos)) k--;
    if (k >= s.tokenStart && tok(view.doc, k).pos === 'VERB') return { drop: { rule: 'governed-noun', reason: 'a meeting noun that is a verb\'s object: the verb says what was done about it', forOthers: true } };
    const sides = betweenSides(view, s, c.start);
    if (!sides) return { drop: { rule: 'no-actor', reason: 'an event noun whose sides are not named after "between"' } };
    d.actor = sides.actor;
    d.recipient = sides.recipient;
    return 'settled';
  },
};

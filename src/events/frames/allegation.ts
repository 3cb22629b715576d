// "The US claimed that ISIL had attacked Iraq": a claim about what another party did is an accusation
// against that party, the subject of the claimed clause. Only that party is the recipient: "claimed
// that through a new deal Mexico would pay", "claimed that the disease was spread on the island"
// accuse no one, and "Russia claimed that its forces took the town" is a claim of its own act.
import { partyAfter } from '../participants.js';
import type { Frame } from './frame.js';

export const allegation: Frame = {
  recipient({ view, s, c }, d) {
    d.recipient = partyAfter(view, s, c.end - 1);
    return 'settled';
  },
  placeStandsIn: () => false,
};

// An event noun whose possessor acts ("Russia's air strikes", "the army's assault on the town");
// the place it falls on stands in for an unnamed recipient.
import { findPossessor, findSubject } from '../participants.js';
import type { Frame } from './frame.js';

export const nounPossessor: Frame = {
  nominal: true,
  firstActor: ({ view, s, c, floor }) => findPossessor(view, s, c.head) ?? findSubject(view, s, c.head, floor),
  placeStandsIn: () => true,
};

// "Troops have been deployed in the town", "extra police were rushed to the area": what is moved is
// the mover's own force, so in a passive the subject is the actor (PLOVER MOBILIZE is done by the
// force's owner), unless a "by" agent names who moved it.
import { findByAgent, findSubject } from '../participants.js';
import type { Frame } from './frame.js';

export const selfMove: Frame = {
  parties({ view, s, c, floor }, d, passive) {
    if (d.actor || !passive) return;
    d.actor = findByAgent(view, s, c.end) ?? findSubject(view, s, c.head, floor);
    return 'settled';
  },
};

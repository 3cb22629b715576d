// "Georgian demonstrators received weapons from the government": the giver acts, the subject receives.
import { findByAgent, findSubject } from '../participants.js';
import type { Frame } from './frame.js';

export const receiveFrom: Frame = {
  parties({ view, s, c, floor }, d) {
    if (d.actor) return;
    const from = view.doc.tokens.slice(c.start, c.end).findIndex((t) => t.norm === 'from');
    d.actor = findByAgent(view, s, c.start + Math.max(0, from), 'from');
    d.recipient = findSubject(view, s, c.head, floor);
    return 'settled';
  },
};

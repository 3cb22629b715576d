// "Nigerian troops came under fire from Boko Haram fighters": the subject undergoes the event and
// the party after "from" inflicts it (the pattern ends in "from").
import { findByAgent, findSubject } from '../participants.js';
import type { Frame } from './frame.js';

export const undergoFrom: Frame = {
  undergone: true,
  parties({ view, s, c, floor }, d) {
    if (d.actor) return;
    const from = view.doc.tokens.slice(c.start, c.end).findIndex((t) => t.norm === 'from');
    if (from < 0) return;
    d.actor = findByAgent(view, s, c.start + from, 'from');
    if (!d.actor) return; // no named party after "from": read as a plain "came under attack"
    d.recipient = findSubject(view, s, c.head, floor);
    return 'settled';
  },
};

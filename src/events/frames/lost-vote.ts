// "Cameron, who lost a vote on air strikes": the legislature rejected the one who lost.
import type { ActorRef } from '../../types.js';
import { findSubject } from '../participants.js';
import { FRAME_CODES } from './codes.js';
import type { Frame } from './frame.js';
import { tok } from '../../doc.js';

export const lostVote: Frame = {
  parties({ view, s, c, floor }, d) {
    const doc = view.doc;
    const loser = findSubject(view, s, c.head, floor);
    const state = loser?.refs.find((r) => r.code !== null);
    if (!loser || !state) return { drop: { rule: 'no-actor', reason: 'no actor found' } };
    // the actor's text is the vote's noun phrase ("a confidence vote"), never the verb phrase: it
    // is what GDELT exports print as Actor1Name
    const first = tok(doc, Math.min(c.start + 1, c.end - 1));
    const last = tok(doc, c.end - 1);
    const sector = FRAME_CODES.lostVote.sector;
    const legislature: ActorRef = { start: first.start, end: last.end, actorId: `${state.code}-${sector}`, code: state.code, sector, text: doc.text.slice(first.start, last.end) };
    d.actor = { refs: [legislature], token: c.start };
    d.recipient = loser;
    return 'settled';
  },
};

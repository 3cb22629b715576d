// An event noun that names who undergoes it ("the arrest of Giriraj Kishore", "Kishore's detention",
// "the arrests of these absconders", "those arrested", "the arrested persons"). Who acted follows
// "by" ("the arrests made by the Amberpet police") or stands right before the noun ("police
// arrests"); when the text names no one, the actor is left empty, as in a passive arrest. A noun
// that names neither party ("the arrests followed the visit") points back at an act told elsewhere:
// no event of its own.
import { findByAgent, findPossessor, ofParty, toRef, type Party } from '../participants.js';
import { unnamedAfter } from '../unnamed.js';
import type { Frame, FrameInput } from './frame.js';
import type { ActorRef } from '../../types.js';
import { tok } from '../../doc.js';
import { at, int32At } from '../../at.js';

/** "those arrested": the pronoun before a participle is who underwent it. */
function pronounBefore({ view, c }: FrameInput): Party | null {
  const t = tok(view.doc, c.start);
  if (t.pos !== 'PRON' && t.pos !== 'DET') return null;
  if (c.end - c.start < 2 || !/(ed|en)$/.test(tok(view.doc, c.end - 1).norm)) return null;
  const text = view.doc.text.slice(t.start, t.end);
  const ref: ActorRef = { start: t.start, end: t.end, actorId: `unresolved:${text.toLowerCase()}`, code: null, sector: null, text };
  return { refs: [ref], token: c.start };
}

/** Who underwent the act: an "of" phrase, a possessor, or the pronoun or noun a participle goes with. */
function patient(x: FrameInput): Party | null {
  const { view, s, c } = x;
  const after = c.end;
  const of = ofParty(view, s, after) ?? (tok(view.doc, after)?.norm === 'of' ? unnamedAfter(view, s, after + 1) : null);
  if (of) return of;
  const possessor = findPossessor(view, s, c.start);
  if (possessor) return possessor;
  if (!/(ed|en)$/.test(tok(view.doc, c.end - 1).norm)) return null;
  // "the arrested persons": the noun phrase after the participle
  const idx = after < s.tokenEnd ? int32At(view.actorAt, after) : -1;
  if (idx >= 0) return { refs: [toRef(view, idx)], token: int32At(view.actorFirstToken, idx) };
  return pronounBefore(x) ?? unnamedAfter(view, s, after);
}

export const patientNoun: Frame = {
  nominal: true,
  nounOnly: true,
  // "police arrests": an actor right before the noun acted
  firstActor: ({ view, s, c }) => {
    const idx = c.start - 1 >= s.tokenStart ? at(view.actorAt, c.start - 1) : -1;
    return idx >= 0 ? { refs: [toRef(view, idx)], token: at(view.actorFirstToken, idx) } : null;
  },
  parties: (x, d) => {
    const { view, s, c } = x;
    const who = patient(x);
    const agent = d.actor ?? findByAgent(view, s, c.end);
    if (!who && !agent) return { drop: { rule: 'no-party', reason: 'an event noun that names neither who underwent it nor who did it' } };
    d.actor = agent ?? { refs: [], token: c.start };
    d.recipient = who;
    return 'settled';
  },
  recipient: () => 'settled',
};

// An event noun that names who undergoes it ("the arrest of Giriraj Kishore", "Kishore's detention",
// "the arrests of these absconders", "those arrested", "the arrested persons"). Who acted follows
// "by" ("the arrests made by the Amberpet police") or stands right before the noun ("police
// arrests"); when the text names no one, the actor is left empty, as in a passive arrest. A noun
// that names neither party ("the arrests followed the visit") points back at an act told elsewhere:
// no event of its own.
import { findByAgent, findPossessor, ofParty, partyEndingAt, participleForm, type Party } from '../participants.js';
import { uncodedParty, unnamedAfter } from '../unnamed.js';
import type { Frame, FrameInput } from './frame.js';
import { tok } from '../../doc.js';

/** Who underwent the act: an "of" phrase, a possessor, or the pronoun or noun a participle goes with. */
function patient({ view, s, c }: FrameInput): Party | null {
  const after = c.end;
  const of = ofParty(view, s, after) ?? (tok(view.doc, after)?.norm === 'of' ? unnamedAfter(view, s, after + 1) : null);
  if (of) return of;
  const possessor = findPossessor(view, s, c.start);
  if (possessor) return possessor;
  if (!participleForm(tok(view.doc, c.end - 1).norm)) return null;
  // "the arrested persons": the noun phrase after the participle
  if (after < s.tokenEnd) {
    const named = partyEndingAt(view, s, after);
    if (named) return named;
  }
  // "those arrested": the pronoun before the participle
  const first = tok(view.doc, c.start);
  if (c.end - c.start >= 2 && (first.pos === 'PRON' || first.pos === 'DET')) return uncodedParty(view, c.start, c.start);
  return unnamedAfter(view, s, after);
}

export const patientNoun: Frame = {
  nominal: true,
  nounOnly: true,
  // "police arrests": an actor right before the noun acted
  firstActor: ({ view, s, c }) => partyEndingAt(view, s, c.start - 1),
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

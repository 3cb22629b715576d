// "The US claimed that ISIL had attacked Iraq": a party that claims another party did harm accuses
// it. The claim is what the text establishes, an ACCUSE (CAMEO 112) by the speaker against the
// accused; the harm is the speaker's allegation (kept, not counted). A party that claims an act of
// its own ("Hamas claimed it fired the rockets") accuses no one: its act is read as reported.
import { createHash } from 'node:crypto';
import type { Doc, Event, Sentence } from '../types.js';
import { goldstein, ploverInfo, ploverScore, quadOfCameo } from './codes.js';
import { CUES } from './cues.js';
import { findSubject } from './participants.js';
import { speechVerbBefore } from './reporter.js';
import type { DocView } from './view.js';
import { tok } from '../doc.js';

const ACCUSE_CAMEO = '112';

/** The accusation a claim of harm makes, or null; `h` is the harm's trigger head token. */
export function claimAccusation(view: DocView, s: Sentence, h: number, harm: Event, floor: number): Event | null {
  const quad = ploverInfo(harm.type).quad;
  if (quad !== 3 && quad !== 4) return null;
  const accused = harm.actor.filter((a) => a.code !== null);
  if (accused.length === 0) return null;
  const say = speechVerbBefore(view, s, h);
  if (say < 0 || !CUES.claimVerbs.has(tok(view.doc, say).norm)) return null;
  const speaker = findSubject(view, s, say, floor)?.refs.filter((r) => r.code !== null) ?? [];
  if (speaker.length === 0 || speaker.some((r) => accused.some((a) => a.code === r.code))) return null;
  return accusationEvent(view.doc, say, harm, speaker, accused);
}

function accusationEvent(doc: Doc, say: number, harm: Event, speaker: Event['actor'], accused: Event['actor']): Event {
  const t = tok(doc, say);
  return {
    ...harm,
    id: createHash('sha256').update(`${doc.id}:${t.start}:ACCUSE`).digest('hex').slice(0, 16),
    type: 'ACCUSE',
    mode: 'allege',
    context: [],
    actor: speaker,
    recipient: accused,
    size: { dead: null, injured: null, arrested: null },
    modality: { negated: false, hypothetical: false, future: false, claimed: false },
    quad_code: quadOfCameo(ACCUSE_CAMEO, ploverInfo('ACCUSE').quad),
    cameo: ACCUSE_CAMEO,
    goldstein: goldstein(ACCUSE_CAMEO),
    plover_score: ploverScore('ACCUSE', 'allege'),
    trigger: { start: t.start, end: t.end },
    reportedBy: null,
  };
}

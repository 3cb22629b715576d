// Agentless passive mobilisation: "four companies of the force have been deployed", "security was
// tightened in the capital", "a close vigil is being kept on the camps". No one is named as the one
// who mobilised, but PLOVER's MOBILIZE is the forces' own step up in presence or readiness: the
// forces put in place are its actor, and a security posture put in place stands for the forces
// (police) of the place that keep it. Dropping these loses most of what police and troops are
// reported doing on a tense day.
import type { ActorRef, Sentence } from '../types.js';
import type { Party } from './participants.js';
import type { DocView } from './view.js';
import { unnamedSubject } from './unnamed.js';
import { attachPlace } from './attach-place.js';
import { FRAME_CODES } from './frames/codes.js';
import { WORDS } from './words.js';
import { tok } from '../doc.js';
import { at } from '../at.js';

const { sectors: FORCE_SECTORS, postureSector } = FRAME_CODES.mobilisedForces;

/**
 * The actor of an agentless passive MOBILIZE at head `h`, whose passive subject was read as
 * `subject`: the subject itself when it is armed or police forces, else the forces of the place
 * when the subject names a security posture (word class `securityPosture`); null otherwise.
 */
export function mobilisedForces(view: DocView, s: Sentence, h: number, subject: Party | null): Party | null {
  if (subject && subject.refs.length > 0) {
    return subject.refs.every((r) => r.sector !== null && FORCE_SECTORS.includes(r.sector)) ? subject : null;
  }
  const np = unnamedSubject(view, s, h);
  if (!np) return null;
  const ref = at(np.refs, 0);
  if (!ref.text.toLowerCase().split(/\s+/).some((w) => WORDS.securityPosture.has(w))) return null;
  const place = attachPlace(view.doc, s, tok(view.doc, h).start, [], false);
  const code = place?.country ?? null;
  const forces: ActorRef = { ...ref, actorId: code ? `${code}-${postureSector}` : `unresolved-${postureSector}:${ref.text.toLowerCase()}`, code, sector: postureSector };
  return { refs: [forces], token: np.token };
}

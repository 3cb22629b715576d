// "Obama said Russian cooperation would be 'enormously helpful'", "Hollande said it would be a good
// signal if Germany could do more": a speaker calling someone's help desirable is asking for it.
// The speaker of the governing speech verb acts; the party whose help is wanted is the recipient.
import type { Sentence } from '../types.js';
import { CUES } from './cues.js';
import { speechVerbBefore } from './reporter.js';
import { findSubject, toRef, type Party } from './participants.js';
import type { DocView } from './view.js';
import { tok } from '../doc.js';
import { int32At } from '../at.js';

/** "Russian cooperation would be ...": an actor within the noun phrase headed by a help noun. */
function helperBefore(view: DocView, from: number, h: number): Party | null {
  for (let k = h - 1; k > from; k--) {
    if (!CUES.helpNouns.has(tok(view.doc, k).norm)) continue;
    // the actor just before the noun ("Russian cooperation", "Germany's help")
    for (let j = k - 1; j > from && j >= k - 3; j--) {
      const idx = int32At(view.actorAt, j);
      if (idx >= 0) return { refs: [toRef(view, idx)], token: int32At(view.actorFirstToken, idx) };
    }
  }
  return null;
}

/** "... if Germany could do more": the subject of a following if-clause. */
function ifSubject(view: DocView, s: Sentence, h: number): Party | null {
  for (let k = h + 1; k < s.tokenEnd; k++) {
    const w = tok(view.doc, k).norm;
    if (w === ';') return null;
    if (w !== 'if') continue;
    for (let j = k + 1; j < Math.min(s.tokenEnd, k + 5); j++) {
      const idx = int32At(view.actorAt, j);
      if (idx >= 0) return { refs: [toRef(view, idx)], token: int32At(view.actorFirstToken, idx) };
    }
    return null;
  }
  return null;
}

export function readDesirable(view: DocView, s: Sentence, h: number, floor: number): { actor: Party; recipient: Party } | string {
  const say = speechVerbBefore(view, s, h);
  if (say < 0) return 'no speaker: an evaluation, not a request';
  const actor = findSubject(view, s, say, floor);
  if (!actor) return 'no actor found';
  const recipient = helperBefore(view, say, h) ?? ifSubject(view, s, h);
  if (!recipient) return 'no recipient: nobody whose help is wanted';
  return { actor, recipient };
}

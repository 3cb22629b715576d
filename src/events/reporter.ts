// Who reported an event: the speaker of the speech verb whose complement holds it
// ("Syrian state media reported ...", "ISIL said it downed ...", "..., police said").
import type { ActorRef, Sentence } from '../types.js';
import { CUES } from './cues.js';
import { findSubject, toRef } from './participants.js';
import type { DocView } from './view.js';
import { tok, tokenAt } from '../doc.js';
import { int32At } from '../at.js';

/** The nearest unquoted speech verb before token h whose complement may hold it ("said", "told"), or -1. */
export function speechVerbBefore(view: DocView, s: Sentence, h: number): number {
  for (let k = h - 1; k >= s.tokenStart; k--) {
    const w = tok(view.doc, k).norm;
    if (w === ';') return -1;
    if (CUES.speechVerbs.has(w) && !view.quoted[k]) return k;
  }
  return -1;
}

export function findReporter(view: DocView, s: Sentence, h: number, floor: number): ActorRef | null {
  const tokens = view.doc.tokens;
  // "X said (that) ... <event>": the nearest speech verb before the trigger, in the same clause chain.
  const say = speechVerbBefore(view, s, h);
  if (say >= 0) return findSubject(view, s, say, floor)?.refs[0] ?? null;
  // "<event>, X said." or "<event>, said X.": a speech verb after the trigger, right after a comma'd speaker.
  for (let v = h + 1; v < s.tokenEnd; v++) {
    if (!CUES.speechVerbs.has(tokenAt(tokens, v).norm) || view.quoted[v]) continue;
    const before = int32At(view.actorAt, v - 1);
    if (before >= 0) {
      const first = int32At(view.actorFirstToken, before);
      const lead = tokens[first - 1]?.norm ?? '';
      if (lead === ',' || lead === '"' || lead === '”' || tokens[first - 2]?.norm === ',') return toRef(view, before);
    }
    // ", said X": the token after the verb may be past the sentence's (and the document's) end
    const after = view.actorAt[v + 1] ?? -1;
    if (tokens[v - 1]?.norm === ',' && after >= 0) return toRef(view, after);
    // "... , Syrian state media reported": the mention may span several tokens before the verb
    for (let k = v - 1; k > h && v - k <= 5; k--) {
      if (tokenAt(tokens, k).norm === ',') {
        const idx = int32At(view.actorAt, k + 1);
        if (idx >= 0) return toRef(view, idx);
        break;
      }
    }
    return null;
  }
  return null;
}

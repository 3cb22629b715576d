// Clause-level readings the generic coding steps and several frames share: who "both leaders"
// are, whether a recipient is the actor's own organ, counted victims of a passive, relative
// clauses, and where the object search starts.
import type { ActorRef, Event, PloverType, Sentence } from '../types.js';
import { ploverInfo, quadOfCameo } from './codes.js';
import { CUES } from './cues.js';
import { investigates } from './frames/codes.js';
import { findRecipient, type Party } from './participants.js';
import type { Candidate } from './propose.js';
import { sentenceCounts } from './size.js';
import { endsAt, type DocView } from './view.js';
import { tok, tokenAt } from '../doc.js';

/** Recipients that are a place standing in for an unnamed party (per document object, so weak). */
export const PLACE_REFS = new WeakSet<ActorRef>();

const COOPERATIVE = (t: PloverType): boolean => ploverInfo(t).quad <= 2;
// Verbal conflict (demand, accuse, reject, threaten) names its recipient in a that-clause too:
// "demanded that the prime minister resign".
const DIRECTIVE = (t: PloverType): boolean => ploverInfo(t).quad === 3;

/** "both leaders", "the two sides": the participants of the event just before. */
export function groupAnaphor(view: DocView, s: Sentence, h: number, previous: Event | undefined): Party | null {
  if (!previous) return null;
  for (const seq of CUES.groupAnaphors) {
    for (let start = Math.max(s.tokenStart, h - seq.length - 2); start < h; start++) {
      if (endsAt(view, start + seq.length - 1, seq)) {
        // the people of the previous event, not a place that stood in for its recipient
        return { refs: [...previous.actor, ...previous.recipient.filter((r) => !PLACE_REFS.has(r))], token: start };
      }
    }
  }
  return null;
}

/** Whether a sentence holds a group anaphor ("the two sides", "both leaders") that can stand for the parties of the event before. */
export function hasGroupAnaphor(view: DocView, s: Sentence): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    for (const seq of CUES.groupAnaphors) if (k + seq.length <= s.tokenEnd && endsAt(view, k + seq.length - 1, seq)) return true;
  }
  return false;
}

/**
 * A state acting on its own organs is not a recipient: "Obama ... Washington", "Russia will send
 * troops" (RUS -> RUS MIL). Other sectors of the same country stay ("police arrested activists").
 */
export function ownOrgan(actors: ActorRef[], r: ActorRef): boolean {
  return actors.some((a) => a.code !== null && a.code === r.code &&
    (a.sector === r.sector || ((a.sector === null || r.sector === null) && CUES.ownOrgans.has(r.sector ?? a.sector ?? 'GOV'))));
}

/** A passive clause's subject is a count of people ("40 persons have been arrested", "six were killed"). */
export function countedVictims(view: DocView, s: Sentence, h: number): boolean {
  if (sentenceCounts(view.doc, s).length === 0) return false;
  for (let k = h - 1; k >= s.tokenStart && k >= h - 8; k--) {
    const t = tok(view.doc, k);
    if (t.pos === 'NUM') return !relativeClause(view, s, k);
  }
  return false;
}

/** A subject introduced by a relative word ("where", "in which"): a subordinate, backgrounded clause. */
export function relativeClause(view: DocView, s: Sentence, subject: number): boolean {
  const tokens = view.doc.tokens;
  for (let k = subject - 1, n = 0; k >= s.tokenStart && n < 5; k--, n++) {
    const w = tokenAt(tokens, k).norm;
    if (CUES.relativeWords.has(w)) return true;
    if (w === ';') return false;
    if (w !== ',') continue;
    // "where, it said, 100 people ...": step over the parenthetical to the comma before it
    if (!CUES.speechVerbs.has(tokens[k - 1]?.norm ?? '')) return false;
    let j = k - 1;
    while (j > s.tokenStart && k - j < 5 && tokenAt(tokens, j).norm !== ',') j--;
    if (tokenAt(tokens, j).norm !== ',') return false;
    k = j;
  }
  return false;
}

/** Material actions and visits act on a place (even their actor's own); verbal ones are addressed to its people. */
export function placeTakesRecipient(type: PloverType, mode: string | null, cameo?: string): boolean {
  // The act's own code says whether it is material: easing a curfew (CAMEO 081) is a material
  // concession even though PLOVER files CONCEDE with the verbal types.
  const quad = cameo ? quadOfCameo(cameo, ploverInfo(type).quad) : ploverInfo(type).quad;
  return quad === 2 || quad === 4 || (type === 'CONSULT' && mode === 'visit');
}

/** Where the object may start: right after the head verb, so "accept the Peruvian proposal" finds it inside the gap. */
export function objectStart(c: Candidate): number {
  return c.pattern.slots.some((x) => x.kind === 'gap') ? c.head + 1 : c.end;
}

/** The generic object search for a reading of this type: the actor's organs are passed over, and an object pronoun does not stand for a mention `self` names. */
export function findObject(view: DocView, s: Sentence, c: Candidate, type: PloverType, actorIds: ReadonlySet<string>, actors?: ActorRef[], self?: (r: ActorRef) => boolean): Party | null {
  return findRecipient(view, s, objectStart(c), actorIds as Set<string>, COOPERATIVE(type), DIRECTIVE(type), actors ? (r) => ownOrgan(actors, r) : undefined, c.end, c.pattern.entry.recipientPreps, !investigates(c.pattern.entry.cameo), quadOfCameo(c.pattern.entry.cameo, ploverInfo(type).quad) % 2 === 1, self);
}

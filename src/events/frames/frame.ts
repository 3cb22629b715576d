// What a frame is: the part of coding that differs from one kind of trigger to another. The
// generic steps (code-candidate.ts) ask the entry's frame at four points: who acts first, whether
// the subject undergoes the event, who the parties are, and to whom it is done. A frame answers
// only where it differs; everything else is the plain verb reading.
import type { Event, PloverType, Sentence } from '../../types.js';
import type { Party } from '../participants.js';
import type { Candidate } from '../propose.js';
import type { DocView } from '../view.js';

export interface FrameInput {
  view: DocView;
  s: Sentence;
  c: Candidate;
  /** First token the actor search may reach back to (two sentences up). */
  floor: number;
  /** The event coded just before, for "both leaders" and the like. */
  previous: Event | undefined;
}

/** The reading being built; hooks fill in or change its fields. */
export interface Draft {
  type: PloverType;
  mode: string | null;
  cameo: string;
  actor: Party | null;
  recipient: Party | null;
}

/** A hook's answer: nothing (the generic search goes on), settled (skip it), or why to drop the candidate. */
export type Verdict = void | 'settled' | { drop: { rule: string; reason: string; forOthers?: true } };

export interface Frame {
  /** The trigger is an event noun: never read as a passive, and accepted without the verb check. */
  nominal?: boolean;
  /** An event noun spelt like a verb ("arrest", "arrests"): a candidate only where it is not used as a verb, so the verb's own entry reads it there. */
  nounOnly?: boolean;
  /** The subject undergoes the event as in a passive ("came under attack"). */
  undergone?: boolean;
  /** The actor known before any search; the default is a group anaphor ("both leaders"). */
  firstActor?(x: FrameInput): Party | null;
  /** Who acts and who undergoes, before the generic subject/agent search. */
  parties?(x: FrameInput, d: Draft, passive: boolean): Verdict;
  /** To whom, instead of the generic object search (which runs when this returns nothing). */
  recipient?(x: FrameInput, d: Draft, actorIds: ReadonlySet<string>): Verdict;
  /** Whether the place of action stands in for a missing recipient; by default it does, for every type. */
  placeStandsIn?(d: Draft): boolean;
  /** The token where the act itself is named, when it is not the trigger's head ("threatened to bomb targets in Gaza": "bomb"): its clause gives the place that stands in. */
  actAt?(x: FrameInput): number;
}

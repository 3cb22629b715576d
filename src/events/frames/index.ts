// The frame table: each lexicon entry names one of these (data/events/verbs.json "frame").
// Adding a frame is one file in this folder and one line here.
import type { Frame } from './frame.js';
import { verb } from './verb.js';
import { noun } from './noun.js';
import { nounPossessor } from './noun-possessor.js';
import { undergo } from './undergo.js';
import { undergoFrom } from './undergo-from.js';
import { desirable } from './desirable.js';
import { lostVote } from './lost-vote.js';
import { receiveFrom } from './receive-from.js';
import { speechDemand } from './speech-demand.js';
import { intent } from './intent.js';
import { selfMove } from './self-move.js';
import { agentNoun } from './agent-noun.js';
import { patientNoun } from './patient-noun.js';
import { allegation } from './allegation.js';
import { betweenNoun } from './between-noun.js';

export const FRAMES = {
  'verb': verb,
  'noun': noun,
  'noun-possessor': nounPossessor,
  'undergo': undergo,
  'undergo-from': undergoFrom,
  'desirable': desirable,
  'lost-vote': lostVote,
  'receive-from': receiveFrom,
  'speech-demand': speechDemand,
  'intent': intent,
  'self-move': selfMove,
  'agent-noun': agentNoun,
  'patient-noun': patientNoun,
  'allegation': allegation,
  'between-noun': betweenNoun,
} as const satisfies Record<string, Frame>;

export type FrameName = keyof typeof FRAMES;
export const FRAME_NAMES = Object.keys(FRAMES) as [FrameName, ...FrameName[]];
export type { Frame, FrameInput, Draft, Verdict } from './frame.js';

// Codes the frames assign when they change a reading (data/events/frames.json), checked at load.
import { z } from 'zod';
import { loadJson } from '../../data.js';
import { PLOVER_TYPES, SECTORS, type ActorRef } from '../../types.js';
import { PARSE_ONCE } from '../../parse-once.js';

const Reading = z.object({ type: z.enum(PLOVER_TYPES), mode: z.string().nullable(), cameo: z.string().regex(/^\d{2,4}$/) }).strict();

const FrameCodes = z.object({
  _doc: z.string().optional(),
  lostVote: z.object({ sector: z.enum(SECTORS) }).strict(),
  intent: z.object({
    violent: Reading,
    sanction: Reading,
    plainThreat: z.object({ type: z.enum(PLOVER_TYPES), cameo: z.string() }).strict(),
  }).strict(),
  /** A refused intention ("said he would not provide support"). */
  refusedIntent: Reading,
  /** A conditional cooperative intention ("will withdraw unless ...") is a threat. */
  conditionalIntent: Reading,
  /** Sectors of a place standing in for a party: the people of a place that protests, the host of a visit. */
  placeParty: z.object({ protest: z.enum(SECTORS), visitHost: z.enum(SECTORS), arrest: z.enum(SECTORS) }).strict(),
  /** Types coded with an empty actor when the passive subject names who suffered them. */
  actorless: z.array(z.enum(PLOVER_TYPES)),
  /** Type.mode pairs coded so beyond those types: a conviction or an expulsion told in the passive. */
  actorlessModes: z.array(z.string().regex(/^[A-Z]+\.[a-z-]+$/)),
  homeGovernmentRecipient: z.object({ types: z.array(z.enum(PLOVER_TYPES)), sector: z.enum(SECTORS) }).strict(),
  /** What violence by demonstrators becomes: a protest turned riot. */
  riot: Reading,
  /** What coercion by demonstrators becomes: blocking roads, occupying buildings. */
  obstruction: Reading,
  /**
   * An attack said by a political actor on someone who bears no arms is words: "Trump attacked the
   * FBI", "senators clashed with the minister". Entries marked `verbalWhenPolitical` take this reading.
   */
  verbalAttack: z.object({ actorSectors: z.array(z.enum(SECTORS)).min(1), armedSectors: z.array(z.enum(SECTORS)).min(1), reading: Reading }).strict(),
  /** Sectors a meeting or talk with is no consultation: speaking with reporters is not diplomacy. */
  notConsulted: z.array(z.enum(SECTORS)),
  /**
   * The media an act of words goes out through: a party of one of `sectors` after one of `preps`
   * ("denied the charge on state television", "in an interview with CNN", "on Hannity's show") is the
   * medium, not the one addressed; as the verb's object ("accused the BBC of bias") or the author of
   * what is answered ("ignored questions from reporters") it stays the recipient.
   */
  medium: z.object({ sectors: z.array(z.enum(SECTORS)).min(1), preps: z.array(z.string().regex(/^[a-z]+$/)).min(1) }).strict(),
  /**
   * CAMEO codes (or their parents) of investigations: what is investigated names its target ("investigating
   * allegations about X" investigates X), so a topic phrase (word-classes.json topicPreps) stays its recipient.
   */
  investigation: z.object({ cameos: z.array(z.string().regex(/^\d{2,4}$/)).min(1) }).strict(),
  /**
   * An agentless passive MOBILIZE: forces of these `sectors` put in place are the ones that mobilise
   * ("troops were deployed"); a security posture put in place ("security was tightened") stands for
   * the forces of `postureSector` that keep it.
   */
  mobilisedForces: z.object({ sectors: z.array(z.enum(SECTORS)).min(1), postureSector: z.enum(SECTORS) }).strict(),
  privateVisitors: z.object({ mode: z.string(), privateSectors: z.array(z.enum(SECTORS)).min(1) }).strict(),
}).strict();

export const FRAME_CODES = FrameCodes.parse(loadJson('events', 'frames.json'), PARSE_ONCE);
export const ACTORLESS: ReadonlySet<string> = new Set(FRAME_CODES.actorless);
const ACTORLESS_MODES: ReadonlySet<string> = new Set(FRAME_CODES.actorlessModes);

/** Whether a reading may be coded with an empty actor (frames.json actorless, actorlessModes). */
export const actorless = (d: { type: string; mode: string | null }): boolean => ACTORLESS.has(d.type) || (d.mode !== null && ACTORLESS_MODES.has(`${d.type}.${d.mode}`));

/** Whether a CAMEO code is an investigation's (frames.json investigation). */
export const investigates = (cameo: string): boolean => FRAME_CODES.investigation.cameos.some((c) => cameo.startsWith(c));

/** Every party named is of a notConsulted sector (reporters): told to them, a thing is told to no party. */
export const onlyNotConsulted = (refs: readonly Pick<ActorRef, 'sector'>[]): boolean =>
  refs.every((r) => r.sector !== null && FRAME_CODES.notConsulted.includes(r.sector));

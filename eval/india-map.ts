// IndiaPoliceEvents labels read off system events. The labels ask what the police did, so most need
// a police actor (an actor with sector COP); arrests are police acts by definition, so any actor.
//   KILL       ASSAULT by police that kills: size.dead > 0, or a "kill..." trigger (the engine codes
//              "kill" as ASSAULT 180 with no mode, so the trigger is where it says so)
//   FORCE      ASSAULT by police (CAMEO2PLOVER-2021 puts 175 "violent repression" in ASSAULT; COERCE is
//              non-physical: arrest, curfew, ban, seize)
//   ARREST     COERCE with mode arrest, any actor
//   ANY_ACTION any event with a police actor, or an arrest, or a statement by police (a direct or
//              reported quote whose speaker has sector COP: the annotators count "police said ..."
//              as something police did, and PLOVER has no statement type, so the quotes stage says it)
//   FAIL       none: failing to act is a non-event, PLOVER has no type for it (excluded and counted)
import type { Event, Quote } from '../src/types.js';
import type { IndiaLabel } from './gold/india-police.js';

/** Labels scored; FAIL has no PLOVER equivalent. */
export const SCORED_INDIA_LABELS = ['KILL', 'FORCE', 'ARREST', 'ANY_ACTION'] as const satisfies readonly IndiaLabel[];

/** The PLOVER reading of each label, for the notes. */
export const INDIA_TO_PLOVER: Readonly<Record<IndiaLabel, string | null>> = {
  KILL: 'ASSAULT, police actor, dead > 0 or trigger kill*',
  FORCE: 'ASSAULT, police actor',
  ARREST: 'COERCE mode arrest, any actor',
  ANY_ACTION: 'any type with a police actor, or COERCE arrest, or a quote (direct or reported) by police',
  FAIL: null,
};

const police = (e: Pick<Event, 'actor'>) => e.actor.some((a) => a.sector === 'COP');

/**
 * The scored labels a system event gives its sentence; `docText` is the text its spans index.
 * `anyActor` drops the police-actor requirement: a diagnostic of how much actor resolution costs.
 */
export function indiaLabelsOf(e: Pick<Event, 'type' | 'mode' | 'actor' | 'size' | 'trigger'>, docText: string, anyActor = false): IndiaLabel[] {
  const out: IndiaLabel[] = [];
  const arrest = e.type === 'COERCE' && e.mode === 'arrest';
  const byPolice = anyActor || police(e);
  if (e.type === 'ASSAULT' && byPolice) {
    if ((e.size.dead ?? 0) > 0 || /^kill/i.test(docText.slice(e.trigger.start, e.trigger.end))) out.push('KILL');
    out.push('FORCE');
  }
  if (arrest) out.push('ARREST');
  if (byPolice || arrest) out.push('ANY_ACTION');
  return out;
}

/** ANY_ACTION from a quote: police said something (direct or reported speech). */
export function indiaQuoteLabels(q: Pick<Quote, 'speaker'>): IndiaLabel[] {
  return q.speaker?.sector === 'COP' ? ['ANY_ACTION'] : [];
}

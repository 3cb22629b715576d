// Error classes of issue 15, counted on the dev half of a sentence-level event set, so a change can
// be reported as "before/after" per class instead of one score. Each gold event (and each system
// event no gold event asks for) falls in exactly one class:
//   no trigger        the sentence got no event and the events stage dropped nothing: the lexicon
//                     (verbs, nouns, phrases) has no pattern for it
//   no actor          a candidate was dropped for want of an actor (generic agents, unknown groups)
//   non-factual       a candidate was kept as negated, hypothetical, purpose, alleged or background
//   other drop        dropped for another reason (statement, no recipient, quoted claim, idiom ...)
//   wrong type        an event came out, of another type
//   wrong actor       right type, actor codes differ
//   wrong recipient   right type and actor, recipient codes differ (the topic taken for the addressee)
//   right             type, actor and recipient right
//   extra event       a system event whose type no gold event of its sentence has (non-events coded)
import type { GoldSentence } from './gold/types.js';
import { codesOk, matchEvent, type SysEvent } from './score-events.js';

export const ERROR_CLASSES = ['right', 'no trigger', 'no actor', 'non-factual', 'other drop', 'wrong type', 'wrong actor', 'wrong recipient', 'extra event'] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

export interface ClassedSentence {
  gold: GoldSentence;
  system: SysEvent[];
  /** Rule ids of the events stage's messages on this sentence ("events/no-actor", ...). */
  rules: string[];
}

/** Why nothing came out, from the events stage's rule ids on the text. */
export function dropClass(rules: readonly string[]): ErrorClass {
  if (rules.some((r) => r === 'events/no-actor' || r === 'events/actor-kind' || r === 'events/unplaced-protest')) return 'no actor';
  if (rules.some((r) => r.startsWith('events/non-factual') || r === 'events/background')) return 'non-factual';
  if (rules.some((r) => r.startsWith('events/'))) return 'other drop';
  return 'no trigger';
}

/** Counts per class over the sentences given. */
export function errorClasses(items: readonly ClassedSentence[]): Map<ErrorClass, number> {
  const out = new Map<ErrorClass, number>(ERROR_CLASSES.map((c) => [c, 0]));
  const add = (c: ErrorClass) => out.set(c, out.get(c)! + 1);
  for (const { gold, system, rules } of items) {
    const typed = gold.events.filter((g) => g.type !== null);
    for (const g of typed) {
      if (system.length === 0) { add(dropClass(rules)); continue; }
      const m = matchEvent(g, system)!;
      if (m.type !== g.type) add('wrong type');
      else if (!codesOk(g.actors, m.actors)) add('wrong actor');
      else if (!codesOk(g.recipients, m.recipients)) add('wrong recipient');
      else add('right');
    }
    if (typed.length > 0 || gold.noEvents) for (const e of system) if (!typed.some((g) => g.type === e.type)) add('extra event');
  }
  return out;
}

/** Counts of labels missed on a text, by why nothing (or nothing right) came out. */
export function missClasses(misses: readonly { anyEvent: boolean; rules: readonly string[] }[]): string {
  const out = new Map<string, number>();
  for (const m of misses) {
    const c = m.anyEvent ? 'wrong event' : dropClass(m.rules);
    out.set(c, (out.get(c) ?? 0) + 1);
  }
  return [...out].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
}

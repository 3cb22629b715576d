// The stages, in order. Each takes the typed Doc and returns it, enriched.
// Intake turns raw input into a Doc; the rest only add spans to it.
import type { Doc, RawInput, Stage } from './types.js';
import { intake } from './intake/index.js';
import { textStage } from './text/tokenize.js';
import { actorsStage } from './actors/index.js';
import { timeStage } from './time/index.js';
import { placeStage } from './place/index.js';
import { eventsStage } from './events/index.js';
import { quotesStage } from './quotes/index.js';

export const STAGES: readonly Stage[] = [
  { name: 'text', run: textStage },
  { name: 'actors', run: actorsStage },
  { name: 'time', run: timeStage },
  { name: 'place', run: placeStage },
  { name: 'events', run: eventsStage },
  { name: 'quotes', run: quotesStage },
];

export interface AnnotateOptions {
  /** Run only the stages up to and including this one. */
  until?: Stage['name'];
}

/** Raw input to a fully annotated Doc. Non-English or empty articles stop after intake, with the reason on the Doc. */
export function annotate(input: RawInput, options: AnnotateOptions = {}): Doc {
  return runStages(intake(input), options);
}

/** The stages after intake, for callers that look at the intake result first (e.g. to skip duplicates). */
export function runStages(doc: Doc, options: AnnotateOptions = {}): Doc {
  if (!codable(doc)) return doc;
  for (const stage of STAGES) {
    stage.run(doc);
    if (stage.name === options.until) break;
  }
  return doc;
}

/** Coding is skipped for documents intake flagged as not English or with no body; the reason is already a message. */
export function codable(doc: Doc): boolean {
  if (doc.article.body.trim() === '') return false;
  const lang = doc.article.language;
  return lang === null || lang === 'en';
}

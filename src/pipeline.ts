// The stages, in order. Each takes the typed Doc and returns it, enriched.
// Intake turns raw input into a Doc; the rest only add spans to it.
import './v8-tiering.js'; // first: V8's tiering budget, before any stage's code runs
import type { Doc, Layer, RawInput, Stage, StageName } from './types.js';
import { intake } from './intake/index.js';

export { intake };
import { textStage } from './text/tokenize.js';
import { actorsStage } from './actors/index.js';
import { timeStage } from './time/index.js';
import { placeStage } from './place/index.js';
import { eventsStage } from './events/index.js';
import { quotesStage } from './quotes/index.js';
import { codable } from './doc.js';
import { defaultActorKnowledge, knowledgeWithFiles, withActors, type ActorKnowledge, type UserActors } from './actors/index.js';

/** The stages, in order, for a pipeline whose actors stage knows `knowledge`. */
function stagesFor(knowledge?: ActorKnowledge): readonly Stage[] {
  return [
    { name: 'text', reads: ['zones'], writes: ['tokens', 'sentences'], run: textStage },
    { name: 'actors', reads: ['article', 'tokens', 'sentences'], writes: ['mentions', 'namePairs', 'actors'], run: knowledge ? (doc) => actorsStage(doc, knowledge) : (doc) => actorsStage(doc) },
    { name: 'time', reads: ['article', 'sentences'], writes: ['times'], run: timeStage },
    { name: 'place', reads: ['tokens', 'sentences', 'mentions', 'namePairs'], writes: ['places'], run: placeStage },
    { name: 'quotes', reads: ['article', 'tokens', 'sentences', 'actors', 'times'], writes: ['quotes'], run: quotesStage },
    { name: 'events', reads: ['article', 'zones', 'tokens', 'sentences', 'mentions', 'actors', 'times', 'places'], writes: ['events', 'nonFactual'], run: eventsStage },
  ];
}

/** The default pipeline's stages (built-in actors, plus ENTENTE_ACTORS). */
export const STAGES: readonly Stage[] = stagesFor();

/** What intake puts on every Doc before the stages run. */
const FROM_INTAKE: readonly Layer[] = ['article', 'zones'];

/**
 * Each stage may read only what intake or an earlier stage wrote, and no two stages write the same
 * layer. Checked once at start-up: a reordered or mis-declared stage stops the program, naming it.
 */
export function checkStageOrder(stages: readonly Stage[]): void {
  const written = new Map<Layer, string>(FROM_INTAKE.map((l) => [l, 'intake']));
  for (const st of stages) {
    for (const l of st.reads) if (!written.has(l)) throw new Error(`pipeline: stage ${st.name} reads ${l}, which no earlier stage writes`);
    for (const l of st.writes) {
      const by = written.get(l);
      if (by) throw new Error(`pipeline: stage ${st.name} writes ${l}, already written by ${by}`);
      written.set(l, st.name);
    }
  }
}
checkStageOrder(STAGES);

export interface AnnotateOptions {
  /** Run only the stages up to and including this one. */
  until?: StageName;
}

/** A pipeline: the stages with the knowledge they were made with. */
export interface Pipeline {
  /** Raw input to a fully annotated Doc. Non-English or empty articles stop after intake, with the reason on the Doc. */
  annotate(input: RawInput, options?: AnnotateOptions): Doc;
  /** The stages after intake, for callers that look at the intake result first (e.g. to skip duplicates). */
  runStages(doc: Doc, options?: AnnotateOptions): Doc;
  /** Users' actor files this pipeline knows (empty: the built-in dictionary and ENTENTE_ACTORS). */
  readonly actorFiles: readonly string[];
}

export interface PipelineOptions {
  /** Users' actor files (data/actors/README.md, "Your own actors"): a new pipeline knows them; no other does. */
  actorFiles?: readonly string[];
  /**
   * Actors given in memory, in the files' shape, laid over the files' (a caller with its own
   * dictionary, e.g. the PETRARCH unit tests' fictional states; not checked as the files are).
   */
  actors?: UserActors;
}

function pipelineOf(stages: readonly Stage[], actorFiles: readonly string[]): Pipeline {
  const runStages = (doc: Doc, options: AnnotateOptions = {}): Doc => {
    if (!codable(doc)) return doc;
    for (const stage of stages) {
      stage.run(doc);
      if (stage.name === options.until) break;
    }
    return doc;
  };
  return { runStages, annotate: (input, options = {}) => runStages(intake(input), options), actorFiles };
}

const DEFAULT = pipelineOf(STAGES, []);

/**
 * A pipeline of its own: with `actorFiles`, the actors stage knows those actors on top of the
 * built-in dictionary (and ENTENTE_ACTORS). Throws on the first unreadable or invalid file.
 */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const files = options.actorFiles ?? [];
  if (files.length === 0 && !options.actors) return DEFAULT;
  const fromFiles = knowledgeWithFiles(files, defaultActorKnowledge());
  return pipelineOf(stagesFor(options.actors ? withActors(fromFiles, options.actors, []) : fromFiles), files);
}

/** Raw input to a fully annotated Doc, by the default pipeline. */
export function annotate(input: RawInput, options: AnnotateOptions = {}): Doc {
  return DEFAULT.annotate(input, options);
}

/** The default pipeline's stages after intake. */
export function runStages(doc: Doc, options: AnnotateOptions = {}): Doc {
  return DEFAULT.runStages(doc, options);
}

export { codable };

// The sentence-level event sets as scorer entries: load gold, annotate each sentence, score.
import { createPipeline, type Pipeline } from '../src/pipeline.js';
import { isOddCode } from './gold/actor-codes.js';
import { loadCameoTable } from './gold/cameo-to-plover.js';
import { loadPetr2 } from './gold/petr2.js';
import { loadPloverGsr } from './gold/plover-gsr.js';
import { loadPetrarchUnitTest, loadValidationActors } from './gold/petrarch-unittest.js';
import type { GoldSentence } from './gold/types.js';
import { scoreRootDyad } from './root-dyad.js';
import { scoreContexts } from './contexts.js';
import { confusion, scoreEvents, scoreRecord, sysEventOf, type Judged } from './score-events.js';
import type { ScorerEntry } from './scorers.js';
import { confusionLines, confusionOf, macroF1, perType, perTypeLines } from './type-metrics.js';
import { halfOf, inHalf, scoreByHalves } from './split.js';
import { errorClasses } from './error-classes.js';
import { PLOVER_TYPES } from '../src/types.js';

/**
 * Annotate each gold sentence; `messages` (optional) counts the stages' messages by "stage: reason",
 * over the sentences `countIf` accepts (all by default). `pipeline`: the default one unless given.
 */
export function annotateGold(sentences: readonly GoldSentence[], messages?: Map<string, number>, countIf: (g: GoldSentence) => boolean = () => true, pipeline: Pipeline = createPipeline()): (Judged & { rules: string[] })[] {
  return sentences.map((gold) => {
    const doc = pipeline.annotate({ id: gold.id, text: gold.text, ...(gold.published ? { published: gold.published } : {}) }, {});
    if (countIf(gold)) for (const m of doc.messages) {
      const key = `${m.stage}: ${m.reason}`;
      messages?.set(key, (messages.get(key) ?? 0) + 1);
    }
    const rules = doc.messages.filter((m) => m.stage === 'events').map((m) => m.rule);
    return { gold, system: doc.events.map(sysEventOf), rules };
  });
}

/** Cut to `max` characters on one line, with an ellipsis when cut. */
export function clip(s: string, max = 80): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

function confusionNotes(judged: readonly Judged[], notes: string[]): void {
  const top = confusion(scoreEvents(judged).misses);
  if (top.length === 0) return;
  notes.push('top misses (gold type -> system type of the matched event):');
  for (const c of top) {
    notes.push(`  ${c.gold} -> ${c.system}  x${c.count}`);
    for (const ex of c.examples.slice(0, 2)) notes.push(`    ${clip(`${ex.sentenceId}: ${ex.text}`)}`);
  }
}

function oddCodeNotes(sentences: readonly GoldSentence[], notes: string[]): void {
  const odd = new Map<string, number>();
  for (const s of sentences)
    for (const e of s.events) for (const c of [...e.actors, ...e.recipients]) if (isOddCode(c)) odd.set(c, (odd.get(c) ?? 0) + 1);
  if (odd.size === 0) return;
  const list = [...odd].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} x${n}`).join(', ');
  notes.push(`gold codes that are not ISO-3166 alpha-3 or PLOVER non-state, kept as is: ${list}`);
}

/**
 * Per-type P/R/F1 and the confusion matrix over sentence type labels: gold = the PLOVER types of a
 * sentence's gold events, system = the types of its events, aligned one-to-one (eval/type-metrics.ts).
 * Sentences that cannot be judged (only CAMEO 01/02 gold) are left out, as for `precision`.
 */
export function typeLabels(judged: readonly Judged[]): { gold: string[]; system: string[] }[] {
  return judged
    .map(({ gold, system }) => ({ gold: gold.events.flatMap((g) => (g.type ? [g.type] : [])), system: system.map((e) => e.type), noEvents: gold.noEvents }))
    .filter((x) => x.gold.length > 0 || x.noEvents)
    .map(({ gold, system }) => ({ gold, system }));
}

function perTypeScores(judged: readonly Judged[], notes: string[] | null, label: string): Record<string, number> {
  const conf = confusionOf(typeLabels(judged));
  const types = perType(conf, PLOVER_TYPES);
  notes?.push(`per PLOVER type, ${label} (sentence type labels, aligned one-to-one):`, ...perTypeLines(types).map((l) => `  ${l}`));
  return { macro_f1: macroF1(types), n_macro_f1: types.size };
}

/** The scores of one subset of judged sentences (the whole set or one half); no notes. */
function subsetScores(judged: readonly Judged[], rootDyad: boolean, withContexts: boolean): Record<string, number> {
  const out: Record<string, number> = { ...scoreRecord(scoreEvents(judged)), ...perTypeScores(judged, null, '') };
  if (rootDyad) {
    const rd = scoreRootDyad(judged);
    Object.assign(out, {
      root_dyad_precision: rd.precision, n_root_dyad_precision: rd.n_system,
      root_dyad_recall: rd.recall, n_root_dyad_recall: rd.n_gold,
      root_dyad_f1: rd.f1,
    });
  }
  if (withContexts) {
    const c = scoreContexts(judged);
    Object.assign(out, { context_precision: c.precision, context_recall: c.recall, context_f1: c.f1, n_context_events: c.n_events });
  }
  return out;
}

/** Record id the dev/test split is keyed on: the first record of a merged sentence ("A+B" -> "A"). */
export const goldSplitId = (g: GoldSentence): string => g.id.split('+')[0]!;
const splitId = (j: Judged): string => goldSplitId(j.gold);

/**
 * Scores of the whole set and of its dev and test halves (eval/split.ts). Per-type tables are printed
 * for both halves (aggregates only); misses, confusions and pipeline messages only for the dev half.
 */
function scoreSet(sentences: readonly GoldSentence[], notes: string[], rootDyad = false, pipeline?: Pipeline): Record<string, number> {
  const messages = new Map<string, number>();
  const judged = annotateGold(sentences, messages, (g) => halfOf(goldSplitId(g)) === 'dev', pipeline);
  const withContexts = sentences.some((x) => x.events.some((g) => g.contexts?.length));
  const scores = scoreByHalves(judged, splitId, (subset) => subsetScores(subset, rootDyad, withContexts));
  const dev = inHalf(judged, 'dev', splitId);
  const test = inHalf(judged, 'test', splitId);
  perTypeScores(dev, notes, 'dev half');
  perTypeScores(test, notes, 'test half');
  const devConf = confusionOf(typeLabels(dev));
  notes.push('confusion, dev half (rows gold, columns system, first four letters; - = no event):', ...confusionLines(devConf, PLOVER_TYPES).map((l) => `  ${l}`));
  const noPlover = scores['n_no_plover'] ?? 0;
  if (noPlover > 0) notes.push(`${noPlover} gold events have no PLOVER equivalent (CAMEO 01/02): excluded from the scores`);
  oddCodeNotes(sentences, notes);
  const classes = errorClasses(dev);
  notes.push(`error classes, dev half (eval/error-classes.ts; gold events, and system events no gold asks for): ${[...classes].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  notes.push('misses and messages below are from the dev half only (the test half is scored, never read):');
  confusionNotes(dev, notes);
  // Why events were dropped is usually the next thing a developer wants to know.
  const top = [...messages].sort((a, b) => b[1] - a[1]).slice(0, 5);
  if (top.length > 0) notes.push('most frequent pipeline messages (dev half):', ...top.map(([k, n]) => `  ${clip(k, 70)}  x${n}`));
  return scores;
}

/** Records the loader could not read (or read with a change), listed so none is lost silently. */
export function skippedNotes(skipped: readonly string[], notes: string[]): void {
  if (skipped.length) notes.push(`${skipped.length} records skipped or read with a change:`, ...skipped.slice(0, 20).map((l) => `  ${l}`));
}

export const ploverGsrScorer: ScorerEntry = {
  name: 'plover-gsr',
  run: (sharedDir, notes) => {
    const skipped: string[] = [];
    const gold = loadPloverGsr(sharedDir, skipped);
    skippedNotes(skipped, notes);
    return scoreSet(gold, notes);
  },
};

export const petr2Scorer: ScorerEntry = {
  name: 'petr2',
  run: (sharedDir, notes) => {
    const skipped: string[] = [];
    const gold = loadPetr2(sharedDir, loadCameoTable(sharedDir), skipped);
    skippedNotes(skipped, notes);
    return scoreSet(gold, notes, true);
  },
};

/**
 * The PETRARCH unit tests, coded with entente's own lexicons and the suite's actor dictionary (its
 * states are fictional: no other source knows them); agents and verbs are entente's, not the suite's.
 */
export const petrarchUnitTestScorer: ScorerEntry = {
  name: 'petrarch-unittest',
  run: (sharedDir, notes) => {
    const skipped: string[] = [];
    const gold = loadPetrarchUnitTest(sharedDir, loadCameoTable(sharedDir), skipped);
    skippedNotes(skipped, notes);
    const actors = loadValidationActors(sharedDir);
    notes.push(`actors from PETR.Validate.actors.txt: ${actors.organizations.length} organisations, ${actors.people.length} people with dated roles`);
    return scoreSet(gold, notes, true, createPipeline({ actors }));
  },
};

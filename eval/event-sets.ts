// The two sentence-level event sets as scorer entries: load gold, annotate each sentence, score.
import { annotate } from '../src/pipeline.js';
import { isOddCode } from './gold/actor-codes.js';
import { loadCameoTable } from './gold/cameo-to-plover.js';
import { loadPetr2 } from './gold/petr2.js';
import { loadPloverGsr } from './gold/plover-gsr.js';
import type { GoldSentence } from './gold/types.js';
import { scoreRootDyad } from './root-dyad.js';
import { scoreContexts } from './contexts.js';
import { confusion, scoreEvents, scoreRecord, sysEventOf, type Judged } from './score-events.js';
import type { ScorerEntry } from './scorers.js';
import { confusionLines, confusionOf, macroF1, perType, perTypeLines } from './type-metrics.js';
import { PLOVER_TYPES } from '../src/types.js';

/** Annotate each gold sentence; `messages` (optional) counts the stages' messages by "stage: reason". */
export function annotateGold(sentences: readonly GoldSentence[], messages?: Map<string, number>): Judged[] {
  return sentences.map((gold) => {
    const doc = annotate({ id: gold.id, text: gold.text, ...(gold.published ? { published: gold.published } : {}) }, {});
    for (const m of doc.messages) {
      const key = `${m.stage}: ${m.reason}`;
      messages?.set(key, (messages.get(key) ?? 0) + 1);
    }
    return { gold, system: doc.events.map(sysEventOf) };
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

function perTypeScores(judged: readonly Judged[], notes: string[]): Record<string, number> {
  const conf = confusionOf(typeLabels(judged));
  const types = perType(conf, PLOVER_TYPES);
  notes.push('per PLOVER type (sentence type labels, aligned one-to-one):', ...perTypeLines(types).map((l) => `  ${l}`));
  notes.push('confusion (rows gold, columns system, first four letters; - = no event):', ...confusionLines(conf, PLOVER_TYPES).map((l) => `  ${l}`));
  return { macro_f1: macroF1(types), n_macro_f1: types.size };
}

function scoreSet(sentences: readonly GoldSentence[], notes: string[], rootDyad = false): Record<string, number> {
  const messages = new Map<string, number>();
  const judged = annotateGold(sentences, messages);
  const scores = scoreEvents(judged);
  const extra = perTypeScores(judged, notes);
  if (rootDyad) {
    const rd = scoreRootDyad(judged);
    Object.assign(extra, {
      root_dyad_precision: rd.precision, n_root_dyad_precision: rd.n_system,
      root_dyad_recall: rd.recall, n_root_dyad_recall: rd.n_gold,
      root_dyad_f1: rd.f1,
    });
  }
  if (sentences.some((x) => x.events.some((g) => g.contexts?.length))) {
    const c = scoreContexts(judged);
    Object.assign(extra, { context_precision: c.precision, context_recall: c.recall, context_f1: c.f1, n_context_events: c.n_events });
  }
  if (scores.n_no_plover > 0) notes.push(`${scores.n_no_plover} gold events have no PLOVER equivalent (CAMEO 01/02): excluded from the scores`);
  oddCodeNotes(sentences, notes);
  confusionNotes(judged, notes);
  // Why events were dropped is usually the next thing a developer wants to know.
  const top = [...messages].sort((a, b) => b[1] - a[1]).slice(0, 5);
  if (top.length > 0) notes.push('most frequent pipeline messages:', ...top.map(([k, n]) => `  ${clip(k, 70)}  x${n}`));
  return { ...scoreRecord(scores), ...extra };
}

export const ploverGsrScorer: ScorerEntry = {
  name: 'plover-gsr',
  run: (sharedDir, notes) => scoreSet(loadPloverGsr(sharedDir), notes),
};

export const petr2Scorer: ScorerEntry = {
  name: 'petr2',
  run: (sharedDir, notes) => scoreSet(loadPetr2(sharedDir, loadCameoTable(sharedDir)), notes, true),
};

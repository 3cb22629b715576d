// PLOVER context score on gold that gives contexts (plover-gsr): over gold events whose type the system
// found in the same sentence (the event matchEvent picks), micro precision/recall/F1 of the context sets.
// Only gold events with at least one context are scored; old context names are mapped in gold/plover-gsr.ts.
import { matchEvent, type Judged } from './score-events.js';

export interface ContextScores {
  precision: number;
  recall: number;
  f1: number;
  n_events: number;
}

export function scoreContexts(judged: readonly Judged[]): ContextScores {
  let tp = 0, nSys = 0, nGold = 0, events = 0;
  for (const { gold, system } of judged) {
    for (const g of gold.events) {
      if (!g.contexts || g.contexts.length === 0) continue;
      const e = matchEvent(g, system);
      if (!e) continue;
      events++;
      const sys = new Set(e.contexts ?? []);
      nSys += sys.size;
      nGold += g.contexts.length;
      tp += g.contexts.filter((c) => sys.has(c)).length;
    }
  }
  const precision = nSys === 0 ? 0 : tp / nSys;
  const recall = nGold === 0 ? 0 : tp / nGold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), n_events: events };
}

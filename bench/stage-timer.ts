// Per-stage times without touching pipeline.ts: swap each stage's `run` for a timed wrapper,
// in this process's memory only, so the real annotate() is what gets measured.
import { performance } from 'node:perf_hooks';
import type { Stage } from '../src/types.js';

export interface StageTimer {
  /** Milliseconds spent in each stage since wrapping. */
  ms: Map<string, number>;
  restore(): void;
}

export function wrapStages(stages: readonly Stage[]): StageTimer {
  const ms = new Map<string, number>();
  const originals = stages.map((s) => s.run);
  for (const stage of stages) {
    const run = stage.run;
    ms.set(stage.name, 0);
    stage.run = (doc) => {
      const t = performance.now();
      try {
        return run(doc);
      } finally {
        ms.set(stage.name, ms.get(stage.name)! + performance.now() - t);
      }
    };
  }
  return { ms, restore: () => stages.forEach((s, i) => (s.run = originals[i]!)) };
}

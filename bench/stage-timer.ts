// Per-stage times without touching pipeline.ts: swap each stage's `run` for a timed wrapper,
// in this process's memory only, so the real annotate() is what gets measured. Times are CPU
// time (process.cpuUsage), which other load on a shared machine does not inflate. The RSS after
// each stage is sampled too (its peak shows which stage's data lifts the process's memory).
import type { Stage } from '../src/types.js';

export interface StageTimer {
  /** CPU milliseconds spent in each stage since wrapping. */
  ms: Map<string, number>;
  /** Highest RSS (bytes) seen right after each stage ran. */
  rssPeak: Map<string, number>;
  restore(): void;
}

export function wrapStages(stages: readonly Stage[]): StageTimer {
  const ms = new Map<string, number>();
  const rssPeak = new Map<string, number>();
  const originals = stages.map((s) => s.run);
  for (const stage of stages) {
    const run = stage.run;
    ms.set(stage.name, 0);
    rssPeak.set(stage.name, 0);
    stage.run = (doc) => {
      const t = process.cpuUsage();
      try {
        return run(doc);
      } finally {
        const d = process.cpuUsage(t);
        ms.set(stage.name, ms.get(stage.name)! + (d.user + d.system) / 1000);
        rssPeak.set(stage.name, Math.max(rssPeak.get(stage.name)!, process.memoryUsage.rss()));
      }
    };
  }
  return { ms, rssPeak, restore: () => stages.forEach((s, i) => (s.run = originals[i]!)) };
}

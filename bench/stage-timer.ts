// Per-stage times without touching pipeline.ts: swap each stage's `run` for a timed wrapper,
// in this process's memory only, so the real annotate() is what gets measured. Times are CPU
// time (process.cpuUsage), which other load on a shared machine does not inflate. The RSS after
// each stage is sampled too (its peak shows which stage's data lifts the process's memory).
//
// The probes run inside the CPU the bench measures, so they are kept few (issue 16): a stage that
// starts right after the one before it ended (runStages' loop, nothing between) takes that stage's
// closing reading as its own opening one, so a story costs one cpuUsage() per stage plus one,
// not two per stage; and the RSS (a read of /proc, about 20 µs) is sampled after every RSS_EVERY-th
// run of each stage, not every run. Together they were about 0.1 ms of each story's CPU.
import type { Stage } from '../src/types.js';

/** A stage's RSS is read after one run in this many (the first run included). */
export const RSS_EVERY = 8;

export interface StageTimer {
  /** CPU milliseconds spent in each stage since wrapping. */
  ms: Map<string, number>;
  /** Highest RSS (bytes) seen right after each stage ran (sampled: one run in RSS_EVERY). */
  rssPeak: Map<string, number>;
  restore(): void;
}

export function wrapStages(stages: readonly Stage[]): StageTimer {
  const ms = new Map<string, number>();
  const rssPeak = new Map<string, number>();
  const originals = stages.map((s) => s.run);
  // the last closing reading, and the stage it closed: the next stage's opening when it follows at once
  let last: NodeJS.CpuUsage | null = null;
  let lastStage = -1;
  stages.forEach((stage, index) => {
    const run = stage.run;
    let runs = 0;
    ms.set(stage.name, 0);
    rssPeak.set(stage.name, 0);
    stage.run = (doc) => {
      const t = last !== null && lastStage === index - 1 ? last : process.cpuUsage();
      last = null;
      try {
        return run(doc);
      } finally {
        const now = process.cpuUsage();
        ms.set(stage.name, ms.get(stage.name)! + (now.user - t.user + now.system - t.system) / 1000);
        if (runs++ % RSS_EVERY === 0) rssPeak.set(stage.name, Math.max(rssPeak.get(stage.name)!, process.memoryUsage.rss()));
        // the RSS read is not the next stage's: it opens on a fresh reading after one
        last = runs % RSS_EVERY === 1 ? null : now;
        lastStage = index;
      }
    };
  });
  return { ms, rssPeak, restore: () => stages.forEach((s, i) => (s.run = originals[i]!)) };
}

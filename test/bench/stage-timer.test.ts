// The bench's stage timer (bench/stage-timer.ts) probes inside the CPU it measures, so it probes
// little: one CPU reading per stage plus one per story, and the RSS after one run in RSS_EVERY.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Stage } from '../../src/types.js';
import { RSS_EVERY, wrapStages } from '../../bench/stage-timer.js';

test('a story of six stages costs seven CPU readings and a sampled RSS; the time still adds up per stage', () => {
  const names = ['text', 'actors', 'time', 'place', 'quotes', 'events'] as const;
  let clock = 0;
  const stages: Stage[] = names.map((name, i) => ({ name, reads: [], writes: [], run: (d: Doc) => { clock += (i + 1) * 1000; return d; } }));
  const cpuUsage = process.cpuUsage;
  const rss = process.memoryUsage.rss;
  let readings = 0;
  let rssReads = 0;
  process.cpuUsage = (() => { readings++; return { user: clock, system: 0 }; }) as typeof process.cpuUsage;
  process.memoryUsage.rss = () => { rssReads++; return 1; };
  const stories = 4 * RSS_EVERY;
  try {
    const timer = wrapStages(stages);
    for (let n = 0; n < stories; n++) for (const s of stages) s.run({} as Doc);
    timer.restore();
    assert.equal(readings, stories * (names.length + 1) + 4 * (names.length - 1)); // a stage after an RSS read opens on a fresh reading
    assert.equal(rssReads, 4 * names.length);
    names.forEach((name, i) => assert.equal(timer.ms.get(name), stories * (i + 1), name));
  } finally {
    process.cpuUsage = cpuUsage;
    process.memoryUsage.rss = rss;
  }
});

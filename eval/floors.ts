// Score floors for CI: eval/floors.json holds, per set, the lowest acceptable value of each score.
// `--update-floors` raises them to the current scores minus a margin; `--check` fails below them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { isScore } from './scorers.js';

export type Floors = Record<string, Record<string, number>>;
const FloorsSchema = z.record(z.string(), z.record(z.string(), z.number()));

/** A set's outcome: its scores, or the error its scorer threw. */
export type Outcome = { scores: Record<string, number> } | { error: string };


export function readFloors(file: string): Floors {
  return existsSync(file) ? FloorsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : {};
}

export function writeFloors(file: string, floors: Floors): void {
  writeFileSync(file, `${JSON.stringify(floors, null, 2)}\n`);
}

/** Failures: a score below its floor, a floored score that is missing, a floored set whose scorer threw. */
export function checkFloors(outcomes: ReadonlyMap<string, Outcome>, floors: Floors): { failures: string[]; warnings: string[] } {
  const failures: string[] = [];
  const warnings: string[] = [];
  for (const [set, metrics] of Object.entries(floors)) {
    const o = outcomes.get(set);
    if (!o) {
      warnings.push(`${set}: not run, its floors were not checked`);
      continue;
    }
    if ('error' in o) {
      failures.push(`${set}: scorer failed (${o.error})`);
      continue;
    }
    for (const [metric, floor] of Object.entries(metrics)) {
      const v = o.scores[metric];
      if (v === undefined || Number.isNaN(v)) failures.push(`${set}.${metric}: missing (floor ${floor.toFixed(3)})`);
      else if (v < floor - 1e-9) failures.push(`${set}.${metric}: ${v.toFixed(3)} < floor ${floor.toFixed(3)}`);
    }
  }
  return { failures, warnings };
}

/** Current scores minus `margin` (not below 0), rounded to 4 places; sets not run keep their old floors. */
export function updatedFloors(outcomes: ReadonlyMap<string, Outcome>, old: Floors, margin = 0.01): Floors {
  const next: Floors = { ...old };
  for (const [set, o] of outcomes) {
    if ('error' in o) continue;
    const metrics: Record<string, number> = {};
    for (const [k, v] of Object.entries(o.scores))
      if (isScore(k, v)) metrics[k] = Math.round(Math.max(0, v - margin) * 1e4) / 1e4;
    next[set] = metrics;
  }
  return next;
}

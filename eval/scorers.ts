// The runner's plug-in list. A scorer reads gold from the shared folder and returns flat scores:
// keys starting with `n_` are counts (never floored); other keys are scores in [0, 1], higher is better.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ScorerEntry {
  name: string;
  /** `notes` collects lines printed under the table (confusions, skipped records). */
  run(sharedDir: string, notes: string[]): Record<string, number> | Promise<Record<string, number>>;
}

/** `n`, `n_docs`, `tempeval.n_docs`: counts, shown in the table but never floored. */
export function isCount(key: string): boolean {
  const last = key.slice(key.lastIndexOf('.') + 1);
  return last === 'n' || last.startsWith('n_');
}

/**
 * A score that gets a floor: not a count by name, and in [0, 1]. Values outside [0, 1] from other
 * scorers (`system: 92`) are taken as counts too, shown but never floored.
 */
export function isScore(key: string, value: number): boolean {
  return !isCount(key) && !isTiming(key) && !isDistance(key) && value >= 0 && value <= 1;
}

/** `medianKm`: a distance, lower is better; a median under 1 km is no score in [0, 1] to floor. */
export function isDistance(key: string): boolean {
  return /Km$/.test(key.slice(key.lastIndexOf('.') + 1));
}

/** `msPerArticle`, `seconds`, `pages_per_s`: speed depends on the machine; bench watches it, not floors. */
export function isTiming(key: string): boolean {
  const last = key.slice(key.lastIndexOf('.') + 1);
  return /^ms|seconds$|PerSec|_per_s$/i.test(last);
}

/** Scorers other developers write beside this file; picked up when their compiled file exists. */
const OPTIONAL: { name: string; file: string; exportName: string }[] = [
  { name: 'tempeval', file: './time.js', exportName: 'scoreTempeval' },
  { name: 'places', file: './place.js', exportName: 'scorePlaces' },
  { name: 'ner', file: './ner.js', exportName: 'scoreConll' },
  { name: 'extraction', file: './extraction.js', exportName: 'scoreExtraction' },
  { name: 'dedup-events', file: './dedup-events.js', exportName: 'scoreDedupEvents' },
];

/** Keep numbers; flatten one level of nested records ({ tempeval: { f1 } } -> "tempeval.f1"). */
export function flatScores(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'number') out[k] = v;
    else if (typeof v === 'object' && v !== null && !Array.isArray(v))
      for (const [k2, v2] of Object.entries(v)) if (typeof v2 === 'number') out[`${k}.${k2}`] = v2;
  }
  return out;
}

export interface Optional {
  entry?: ScorerEntry;
  /** Why it is not there: the compiled file does not exist yet. */
  absent?: string;
}

export async function optionalScorers(): Promise<Optional[]> {
  const out: Optional[] = [];
  for (const o of OPTIONAL) {
    const url = new URL(o.file, import.meta.url);
    if (!existsSync(fileURLToPath(url))) {
      out.push({ absent: `${o.name}: eval/${o.file.slice(2).replace(/\.js$/, '.ts')} not built yet` });
      continue;
    }
    try {
      const mod = (await import(url.href)) as Record<string, unknown>;
      const fn = mod[o.exportName];
      if (typeof fn !== 'function') throw new Error(`${o.file} has no export ${o.exportName}`);
      out.push({ entry: { name: o.name, run: async (shared) => flatScores(await (fn as (d: string) => unknown)(shared)) } });
    } catch (e) {
      // The file is there but broken: report it as that scorer's error, like any scorer that throws.
      const err = e as Error;
      out.push({ entry: { name: o.name, run: () => { throw err; } } });
    }
  }
  return out;
}

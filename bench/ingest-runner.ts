// Runs bench/ingest-run.js in a fresh process (its peak RSS its own) and reads the JSON line it prints.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import type { RawInput } from '../src/types.js';

/** What bench/ingest-run.ts prints on its last line. */
export interface RunnerReport {
  seconds: number; inputs: number; events: number; cpu_s: number; max_rss_mb: number;
  main_cpu_s: number | null; worker_cpu_s: number[] | null; other_cpu_s: number | null;
  worker_startup_cpu_s: number[] | null; worker_idle_s: number[] | null; pg_server_cpu_s: number | null;
}

/** `entente ingest` of `items` (written to `file` once) with `workers` into `db`, in a fresh process: what the runner reports. */
export function runIngest(runner: string, file: string, items: readonly RawInput[], workers: number, db: string): RunnerReport {
  if (!existsSync(file)) writeFileSync(file, items.map((x) => JSON.stringify(x)).join('\n') + '\n');
  const out = execFileSync(process.execPath, [runner, file, String(workers), db], { encoding: 'utf8', maxBuffer: 16e6 });
  return JSON.parse(out.trim().split('\n').pop()!) as RunnerReport;
}

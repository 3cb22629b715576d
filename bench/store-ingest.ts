// Store write speed: the sample corpus is annotated once, then stored into fresh SQLite and
// PostgreSQL stores several times; prints ms per article for each backend (NLP time excluded).
//   node dist/bench/store-ingest.js [postgres://...]   (default: the local test server's `test` database)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { repoRoot } from '../src/data.js';
import { intake } from '../src/intake/index.js';
import { readInputs } from '../src/intake/sources.js';
import { runStages } from '../src/pipeline.js';
import { openStore } from '../src/store/index.js';
import type { Doc } from '../src/types.js';

const ROUNDS = 5;

async function docs(): Promise<Doc[]> {
  const out: Doc[] = [];
  for await (const item of readInputs([join(repoRoot(), 'samples')])) {
    if ('reason' in item) continue;
    out.push(runStages(intake(item)));
  }
  return out;
}

async function time(target: string, all: Doc[]): Promise<number> {
  const store = await openStore(target);
  try {
    const t0 = performance.now();
    for (const d of all) await store.ingest(d);
    return performance.now() - t0;
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const all = await docs();
  const events = all.reduce((n, d) => n + d.events.length, 0);
  console.log(`${all.length} articles, ${events} events; ${ROUNDS} rounds per backend, fresh store each round`);
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
  const sqlite: number[] = [];
  try {
    for (let i = 0; i < ROUNDS; i++) sqlite.push(await time(join(dir, `r${i}.db`), all));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report('sqlite', sqlite, all.length);
  const url = process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/test';
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (err) {
    console.log(`postgres: skipped, ${url} not reachable (${(err as Error).message})`);
    return;
  }
  const times: number[] = [];
  try {
    for (let i = 0; i < ROUNDS; i++) {
      const schema = `entente_bench_${process.pid}_${i}`;
      await admin.query(`CREATE SCHEMA ${schema}`);
      try {
        times.push(await time(`${url}${url.includes('?') ? '&' : '?'}schema=${schema}`, all));
      } finally {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      }
    }
  } finally {
    await admin.end();
  }
  report('postgres', times, all.length);
}

function report(name: string, ms: number[], n: number): void {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(`${name}: median ${(median / n).toFixed(1)} ms per article (${sorted.map((x) => x.toFixed(0)).join(', ')} ms per round)`);
}

await main();

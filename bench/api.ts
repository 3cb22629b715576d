// npm run bench:api -- --events N [--clients 20] [--rounds 8] [--stories 400] [--keep FILE] [--reuse] [--fill-only] [--no-browser]
// Fills a fresh SQLite store with N events (api-fill.ts) (with --reuse, serves the one --keep
// names as it is, when it holds N events: a 1M fill takes minutes), serves it with `entente serve` on
// 127.0.0.1, measures the timeline's first content in Chromium and the p95 of each API call the
// page makes under concurrent clients (api-load.ts), and writes bench/api-last.json. Figures
// only: nothing here asserts a time.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { repoRoot, sharedDir } from '../eval/paths.js';
import { openStore } from '../src/store/index.js';
import { fullCorpus } from './corpus.js';
import { codeStories, fill } from './api-fill.js';
import { load } from './api-load.js';

const CHROMIUM = process.env['ENTENTE_CHROMIUM'] ?? '/usr/bin/chromium';

/** CPU seconds a process has used so far, all its threads (Linux /proc; null elsewhere). */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in ticks of 1/100 s (USER_HZ)
  } catch {
    return null;
  }
}

async function serve(db: string): Promise<{ base: string; pid: number | undefined; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(repoRoot(), 'dist', 'src', 'cli', 'main.js'), 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/[^\s/]+)\/api/.exec(out);
      if (m) { clearTimeout(timer); resolve(`${m[1]}/`); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited ${code}`)); });
  });
  return { base, pid: child.pid, stop: async () => { if (child.exitCode === null) { const e = new Promise((r) => child.once('exit', r)); child.kill('SIGTERM'); await e; } } };
}

/** Time from navigation to the timeline's curve and first event row, in a fresh browser context each time. */
async function firstContent(base: string, runs: number): Promise<number[] | null> {
  if (!existsSync(CHROMIUM)) return null;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const out: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      // loopback only: anything else fails the page
      await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
      const t0 = Date.now();
      await page.goto(`${base}#/timeline`);
      await page.waitForSelector('#count-chart .bar', { timeout: 60_000 });
      await page.waitForSelector('.event-list li', { timeout: 60_000 });
      if (i > 0) out.push(Date.now() - t0); // the first run warms the server's page cache
      await ctx.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    events: { type: 'string', default: '100000' }, clients: { type: 'string', default: '20' }, rounds: { type: 'string', default: '8' },
    stories: { type: 'string', default: '400' }, keep: { type: 'string' }, reuse: { type: 'boolean', default: false }, 'fill-only': { type: 'boolean', default: false }, 'no-browser': { type: 'boolean', default: false },
  } });
  const n = Number(values.events), clients = Number(values.clients), rounds = Number(values.rounds);
  const root = repoRoot();
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-api-'));
  const db = values.keep ?? join(dir, 'bench.db');
  let filled: { events: number; articles: number; seconds: number };
  let stories: number | null = null;
  if (values.reuse && values.keep && existsSync(db)) {
    const s = await openStore(db);
    const c = await s.counts();
    await s.close();
    if (c.events !== n) throw new Error(`--reuse: ${db} holds ${c.events} factual events, not ${n}`);
    filled = { events: n, articles: c.articles, seconds: 0 };
    console.log(`reusing ${db}: ${c.events} events, ${c.articles} articles`);
  } else {
    const parts = fullCorpus(sharedDir(root), root);
    const inputs = parts.flatMap((p) => p.inputs).slice(0, Number(values.stories));
    const t0 = Date.now();
    const pools = codeStories(inputs);
    stories = pools.docs.length;
    console.log(`coded ${inputs.length} stories in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${pools.docs.length} with events, ${pools.actors.length} actors, ${pools.places.length} places`);
    if (values.keep && existsSync(db)) rmSync(db);
    const store = await openStore(db);
    filled = await fill(store, pools, n);
    await store.close();
  }
  const store = await openStore(db);
  const top = (await store.breakdown({}, 20)).actors.map((a) => a.key);
  const days = await store.dayCounts({}, 'quad');
  await store.close();
  const size = ['', '-wal'].reduce((t, s) => t + (existsSync(db + s) ? statSync(db + s).size : 0), 0);
  console.log(`${stories === null ? 'reused' : 'filled'} ${filled.events} events (${filled.articles} articles) in ${filled.seconds.toFixed(0)} s; store ${(size / 1e6).toFixed(0)} MB`);
  if (values['fill-only']) return;
  const months = [...new Set(days.days.map((d) => d.day.slice(0, 7)).filter((m) => m >= '2019'))];
  const server = await serve(db);
  try {
    // the figures are those of a server past its readers' warm-up (the graph's month prefixes),
    // which answers meanwhile, slower; how long it took is kept with them
    const w0 = Date.now();
    for (let i = 0; i < 600; i++) {
      const h = await (await fetch(`${server.base}api/health`)).json() as { warming?: number };
      if (!h.warming) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const warmup = (Date.now() - w0) / 1000;
    const first = await (await fetch(`${server.base}api/events?order=newest&limit=100&count=false`)).json() as { next: string | null };
    const fc = values['no-browser'] ? null : await firstContent(server.base, 3);
    const s0 = cpuSeconds(server.pid), c0 = process.cpuUsage();
    const loaded = await load(server.base, clients, rounds, top, months, first.next);
    const s1 = cpuSeconds(server.pid), c1 = process.cpuUsage(c0);
    const median = fc ? [...fc].sort((a, b) => a - b)[Math.floor(fc.length / 2)]! : null;
    const result = {
      events: n, articles: filled.articles, stories_coded: stories, fill_seconds: stories === null ? null : Math.round(filled.seconds),
      load_average: loadavg().map((x) => Math.round(x * 100) / 100),
      db_mb: Math.round(size / 1e6), warmup_seconds: warmup, first_content_ms: median, first_content_runs_ms: fc,
      p95_ms_concurrent: Math.max(...Object.values(loaded.p95_ms)), clients, requests: loaded.requests, errors: loaded.errors,
      p95_ms: loaded.p95_ms, max_ms: loaded.max_ms, load_seconds: loaded.seconds,
      // CPU used during the load, by the server (all its threads) and by this process's clients: on a
      // shared 2-core machine these move less with other processes' load than the milliseconds do
      load_cpu_seconds: { server: s0 === null || s1 === null ? null : Math.round((s1 - s0) * 100) / 100, client: Math.round((c1.user + c1.system) / 1e4) / 100 },
      at: new Date().toISOString(),
    };
    writeFileSync(join(root, 'bench', 'api-last.json'), JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await server.stop();
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => { console.error(err); process.exit(1); });

// node dist/bench/api-calls.js --db FILE [--repeat 3] [--only LABEL,...]
// What each of the page's API calls costs when no reply is kept: the route's handler run on one
// connection (as a reader runs it), each distinct call of a bench:api load once per repeat, with its
// wall and CPU milliseconds (process.cpuUsage). Tells which call makes bench:api's p95; nothing here
// asserts a time.
import { parseArgs } from 'node:util';
import { apiRoutes } from '../src/api/server.js';
import { parseQuery } from '../src/api/params.js';
import type { ApiConfig } from '../src/api/route.js';
import { openStore } from '../src/store/index.js';
import { visits } from './api-load.js';
import { rng } from './api-fill.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, repeat: { type: 'string', default: '3' }, only: { type: 'string' } } });
  if (!values.db) throw new Error('--db FILE: the store to read');
  const store = await openStore(values.db, { deferIndexesFrom: 0, repair: false });
  const routes = new Map(apiRoutes().filter((r) => r.method === 'GET').map((r) => [r.path, r]));
  const config: ApiConfig = { store, token: null, maxBody: 0 };
  const top = (await store.breakdown({}, 20)).actors.map((a) => a.key);
  const months = [...new Set((await store.dayCounts({}, 'quad')).days.map((d) => d.day.slice(0, 7)).filter((m) => m >= '2019'))];
  const first = await store.events({ order: 'newest', limit: 100 });
  const last = first[first.length - 1];
  const { encodeCursor } = await import('../src/api/cursor.js');
  const cursor = last ? encodeCursor(last) : null;
  const only = values.only?.split(',');
  const r = rng(7);
  const rows: { label: string; cpu: number[]; wall: number[] }[] = [];
  for (let k = 0; k < Number(values.repeat); k++) {
    for (const call of visits(r, top, months, cursor).flat()) {
      if (only && !only.includes(call.label)) continue;
      const url = new URL(`http://x/api/${call.path}`);
      const route = routes.get(url.pathname);
      if (!route) throw new Error(`no route ${url.pathname}`);
      const query = parseQuery(route.query, url.searchParams);
      const c0 = process.cpuUsage(), t0 = performance.now();
      JSON.stringify(await route.handle({ query, params: {}, req: undefined as never, config }));
      const wall = performance.now() - t0, c = process.cpuUsage(c0);
      let row = rows.find((x) => x.label === call.label);
      if (!row) rows.push((row = { label: call.label, cpu: [], wall: [] }));
      row.cpu.push((c.user + c.system) / 1000); row.wall.push(wall);
    }
  }
  await store.close();
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
  for (const row of rows.sort((a, b) => Math.max(...b.cpu) - Math.max(...a.cpu))) console.log(`${row.label.padEnd(20)} cpu ms ${fmt(row.cpu).padEnd(40)} wall ms ${fmt(row.wall)}`);
}

main().catch((err: unknown) => { console.error(err); process.exit(1); });

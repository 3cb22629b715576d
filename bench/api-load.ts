// The page's API calls under concurrent clients: each client plays page visits (the timeline as
// opened, a brushed month, an actor picked from suggestions, the next page of events) and every
// call's latency is kept per kind, for p95s.
import { Agent, request } from 'node:http';
import { rng } from './api-fill.js';

export interface Visit { label: string; path: string }

/** The calls one visit makes, as the page makes them (web/src/views/timeline.ts). */
export function visits(r: () => number, actors: string[], months: string[], cursor: string | null): Visit[][] {
  const month = months[Math.floor(r() * months.length)]!;
  const actor = actors[Math.floor(r() * actors.length)]!;
  const period = `since=${month}-01&until=${month}-${new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate()}`;
  const list = 'order=newest&limit=100&count=false';
  return [
    [{ label: 'summary', path: 'summary' }, { label: 'counts', path: 'counts?stack=quad' }, { label: 'events', path: `events?${list}` }, { label: 'breakdown', path: 'breakdown' }],
    [{ label: 'counts(period)', path: `counts?stack=quad&${period}` }, { label: 'events(period)', path: `events?${list}&${period}` }, { label: 'breakdown(period)', path: `breakdown?${period}` }],
    [{ label: 'actors(suggest)', path: `actors?q=${encodeURIComponent(actor.slice(0, 2).toLowerCase())}&limit=10` },
      { label: 'counts(actor)', path: `counts?stack=quad&actor=${encodeURIComponent(actor)}` },
      { label: 'events(actor)', path: `events?${list}&actor=${encodeURIComponent(actor)}` },
      { label: 'breakdown(actor)', path: `breakdown?actor=${encodeURIComponent(actor)}` }],
    ...(cursor ? [[{ label: 'events(next page)', path: `events?${list}&cursor=${cursor}` }]] : []),
    // the Alliances view: the store's range, then the graph up to a day (the slider's steps)
    [{ label: 'counts', path: 'counts?stack=quad' }, { label: 'blocs(graph)', path: `blocs?until=${month}-15&half_life=365` }],
    [{ label: 'health', path: 'health' }],
  ];
}

export interface LoadResult {
  clients: number;
  requests: number;
  errors: number;
  seconds: number;
  p95_ms: Record<string, number>;
  max_ms: Record<string, number>;
}

/**
 * One GET, timed until the last byte of its body is in: on node:http with kept-alive sockets, the
 * body read whole as sent (gzip, as the page takes it) and its length checked, not unpacked or
 * parsed: the clients share the server's two cores, and fetch() took 1.4 CPU-s a load to the
 * server's 2.5 (this: 0.37; 1M events, load average 3.8-4.1).
 */
function get(agent: Agent, url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { agent, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      res.on('end', () => resolve(res.statusCode === 200 && bytes === Number(res.headers['content-length'] ?? bytes)));
      res.on('error', () => resolve(false));
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

const p95 = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? 0; };

/** `clients` clients, each playing `rounds` visits of every kind; the calls of one visit go out together, as the page sends them. */
export async function load(base: string, clients: number, rounds: number, actors: string[], months: string[], cursor: string | null): Promise<LoadResult> {
  const times = new Map<string, number[]>();
  let errors = 0, requests = 0;
  const agent = new Agent({ keepAlive: true });
  const t0 = Date.now();
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    const r = rng(1000 + c);
    for (let i = 0; i < rounds; i++) {
      for (const visit of visits(r, actors, months, cursor)) {
        await Promise.all(visit.map(async (call) => {
          const s = performance.now();
          const ok = await get(agent, `${base}api/${call.path}`);
          const ms = performance.now() - s;
          requests++;
          if (!ok) errors++;
          let list = times.get(call.label);
          if (!list) times.set(call.label, (list = []));
          list.push(ms);
        }));
      }
    }
  }));
  agent.destroy();
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    clients, requests, errors, seconds: (Date.now() - t0) / 1000,
    p95_ms: Object.fromEntries([...times].map(([k, v]) => [k, round(p95(v))])),
    max_ms: Object.fromEntries([...times].map(([k, v]) => [k, round(Math.max(...v))])),
  };
}

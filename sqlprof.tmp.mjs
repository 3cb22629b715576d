import Database from 'better-sqlite3';
const orig = Database.prototype.prepare;
const acc = new Map();
Database.prototype.prepare = function (sql) {
  const st = orig.call(this, sql);
  for (const m of ['all', 'get', 'run']) {
    const f = st[m].bind(st);
    st[m] = (...a) => { const t = performance.now(); const r = f(...a); const ms = performance.now() - t; const k = sql.replace(/\s+/g, ' ').slice(0, 110); const e = acc.get(k) ?? [0, 0]; e[0] += ms; e[1]++; acc.set(k, e); return r; };
  }
  return st;
};
const { openStore } = await import('/work/wt/api2/dist/src/store/index.js');
const { apiRoutes } = await import('/work/wt/api2/dist/src/api/server.js');
const { parseQuery } = await import('/work/wt/api2/dist/src/api/params.js');
const { visits } = await import('/work/wt/api2/dist/bench/api-load.js');
const { uniform } = await import('/work/wt/api2/dist/src/prng.js');
const store = await openStore(process.argv[2]);
const routes = new Map(apiRoutes().map((r) => [r.path, r]));
const call = async (path) => { const u = new URL(`http://x/api/${path}`); const r = routes.get(u.pathname); return JSON.stringify(await r.handle({ query: parseQuery(r.query, u.searchParams), params: {}, config: { store, token: null, maxBody: 0 } })); };
const top = JSON.parse(await call('breakdown?top=20')).actors.map((a) => a.key);
const c = JSON.parse(await call('counts?stack=quad'));
const months = [...new Set(c.bars.map((b) => b.start.slice(0, 7)).filter((m) => m >= '2019'))];
acc.clear();
const r = uniform(11); const seen = new Set(); const byLabel = new Map();
for (let i = 0; i < 160; i++) for (const v of visits(r, top, months, null)) for (const x of v) {
  if (seen.has(x.path)) continue; seen.add(x.path);
  const t = performance.now(); await call(x.path); const ms = performance.now() - t;
  const e = byLabel.get(x.label) ?? [0, 0]; e[0] += ms; e[1]++; byLabel.set(x.label, e);
}
for (const [k, [ms, n]] of [...byLabel].sort((a, b) => b[1][0] - a[1][0])) console.log(ms.toFixed(0).padStart(6), String(n).padStart(4), (ms / n).toFixed(1).padStart(6), k);
console.log('--- sql');
for (const [k, [ms, n]] of [...acc].sort((a, b) => b[1][0] - a[1][0]).slice(0, 12)) console.log(ms.toFixed(0).padStart(6), String(n).padStart(5), k);

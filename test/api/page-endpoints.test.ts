// The endpoints the page reads at scale, against the sample store: counts per period, breakdowns,
// exports of the current filter, actor terms by name, keyset pages, errors in words, and the CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { StoredEvent } from '../../src/store/index.js';
import { getJson, servedSample } from './server-fixture.js';

type Page = { total: number | null; items: StoredEvent[]; next: string | null };
type Counts = { bucket: string; keys: string[]; bars: { start: string; end: string; total: number; counts: Record<string, number> }[]; total: number; coarse: number; outside: number; source: string };

const served = servedSample();

test('counts: bars cover the selection and add up to the events dated to the day', async () => {
  const r = await getJson<Counts>(`${served.base}/api/counts?bucket=month`);
  assert.equal(r.status, 200);
  assert.equal(r.body.source, 'sum_day');
  const barSum = r.body.bars.reduce((t, b) => t + b.total, 0);
  assert.equal(barSum + r.body.outside, r.body.total);
  const events = (await served.store.events({})).filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date ?? ''));
  assert.equal(r.body.total, events.length, 'one count per factual event dated to the day');
  assert.equal(r.body.total + r.body.coarse, (await served.store.counts()).events);
  for (const b of r.body.bars) assert.equal(Object.values(b.counts).reduce((t, n) => t + n, 0), b.total);
  // a period: every bar inside it, by day
  const p = await getJson<Counts>(`${served.base}/api/counts?since=2014-03&until=2014-03&bucket=day&stack=type`);
  assert.equal(p.body.bars.length, 31);
  assert.equal(p.body.bars[0]!.start, '2014-03-01');
  const march = events.filter((e) => e.date!.startsWith('2014-03')).length;
  assert.equal(p.body.total, march);
});

test('breakdown: types add up to the events; an actor entry narrows to its events', async () => {
  const b = await getJson<{ events: number; dead: number; types: { type: string; n: number }[]; actors: { key: string; n: number }[] }>(`${served.base}/api/breakdown`);
  assert.equal(b.status, 200);
  assert.equal(b.body.types.reduce((t, x) => t + x.n, 0), b.body.events);
  assert.equal(b.body.events, (await served.store.counts()).events);
  const top = b.body.actors[0]!;
  const narrowed = await getJson<{ events: number }>(`${served.base}/api/breakdown?actor=${encodeURIComponent(top.key)}`);
  assert.equal(narrowed.body.events, await served.store.eventCount({ actor: top.key }));
});

test('actor by name, any case, several at once; unknown names get a hint', async () => {
  const byCode = await getJson<Page>(`${served.base}/api/events?actor=RUS&limit=1000`);
  const byName = await getJson<Page>(`${served.base}/api/events?actor=russia&limit=1000`);
  assert.equal(byName.status, 200);
  assert.ok((byCode.body.total ?? 0) > 0);
  assert.deepEqual(byName.body.items.map((e) => e.id), byCode.body.items.map((e) => e.id));
  const two = await getJson<Page>(`${served.base}/api/events?actor=rus,ukr&limit=1000`);
  const ukr = await getJson<Page>(`${served.base}/api/events?actor=UKR&limit=1000`);
  const union = new Set([...byCode.body.items, ...ukr.body.items].map((e) => e.id));
  assert.equal(two.body.total, union.size);
  const bad = await getJson<{ error: string; parameter: string }>(`${served.base}/api/events?actor=Russ`);
  assert.equal(bad.status, 400);
  assert.equal(bad.body.parameter, 'actor');
  assert.match(bad.body.error, /no actor is named or coded "Russ"; did you mean "Russia"/);
  const sugg = await getJson<{ items: { name: string }[] }>(`${served.base}/api/actors?q=russ&limit=3`);
  assert.ok(sugg.body.items.some((a) => a.name === 'Russia'));
});

test('bad input is refused in words', async () => {
  const d = await getJson<{ error: string }>(`${served.base}/api/counts?since=2017-13-01`);
  assert.equal(d.status, 400);
  assert.equal(d.body.error, 'since: 2017-13-01 is not a real date; use YYYY-MM-DD');
  const t = await getJson<{ error: string }>(`${served.base}/api/breakdown?type=bombing`);
  assert.match(t.body.error, /^type: "BOMBING" is not a PLOVER type; use one of AGREE/);
  const f = await getJson<{ error: string }>(`${served.base}/api/export?format=xlsx`);
  assert.match(f.body.error, /^format: "xlsx" is not an export format; use csv, jsonl, gdelt or graphml/);
  const c = await getJson<{ error: string }>(`${served.base}/api/events?cursor=nonsense`);
  assert.equal(c.status, 400);
});

test('keyset pages list every event once, newest first, like offset pages', async () => {
  const all = await getJson<Page>(`${served.base}/api/events?order=newest&limit=1000`);
  const walked: string[] = [];
  let next: string | null = null;
  do {
    const r: { body: Page } = await getJson<Page>(`${served.base}/api/events?order=newest&limit=7&count=false${next ? `&cursor=${next}` : ''}`);
    assert.equal(r.body.total, null);
    walked.push(...r.body.items.map((e) => e.id));
    next = r.body.next;
  } while (next);
  assert.deepEqual(walked, all.body.items.map((e) => e.id));
});

test('export: the current filter as a CSV download, one row per event', async () => {
  const res = await fetch(`${served.base}/api/export?format=csv&actor=rus`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="entente-events\.csv"/);
  const lines = (await res.text()).trim().split('\n');
  assert.match(lines[0]!, /date/);
  assert.equal(lines.length - 1, await served.store.eventCount({ actor: 'RUS' }));
  const jsonl = await (await fetch(`${served.base}/api/export?format=jsonl&type=consult`)).text();
  const rows = jsonl.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { event: string });
  assert.equal(rows.length, await served.store.eventCount({ type: 'CONSULT' }));
  assert.ok(rows.every((r) => r.event === 'CONSULT'));
  const g = await fetch(`${served.base}/api/export?format=graphml`);
  assert.match(await g.text(), /<graphml/);
});

test('kept replies follow the store: a stored article shows in the next counts', async () => {
  const before = await getJson<Counts>(`${served.base}/api/counts?bucket=month`);
  const again = await getJson<Counts>(`${served.base}/api/counts?bucket=month`);
  assert.deepEqual(again.body, before.body);
  const { makeDoc } = await import('../store/make-doc.js');
  await served.store.ingest(makeDoc('Cache test', [{ type: 'AGREE', sentence: 'Norway agreed with Iceland on quotas.', trigger: 'agreed',
    actor: { id: 'NOR', code: 'NOR', text: 'Norway' }, recipient: { id: 'ISL', code: 'ISL', text: 'Iceland' }, date: '2014-03-05' }]));
  const after = await getJson<Counts>(`${served.base}/api/counts?bucket=month`);
  assert.equal(after.body.total, before.body.total + 1);
});

test('the page and the API carry a Content-Security-Policy', async () => {
  const r = await fetch(`${served.base}/api/health`);
  assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'/);
});

test('kept replies go gzipped to a client that takes gzip, as text to one that does not', async () => {
  const path = '/api/events?limit=200&order=newest';
  const raw = (encoding: string | null) => new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    httpGet(`${served.base}${path}`, { headers: encoding === null ? {} : { 'Accept-Encoding': encoding } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
    }).on('error', reject);
  });
  const plain = await raw(null);
  assert.equal(plain.headers['content-encoding'], undefined);
  const items = (JSON.parse(plain.body.toString('utf8')) as { items: unknown[] }).items;
  assert.ok(plain.body.length > 2048 && items.length > 10, `a reply worth compressing: ${plain.body.length} bytes`);
  for (const enc of ['gzip', 'deflate, gzip;q=0.8', 'br, gzip']) {
    const gz = await raw(enc);
    assert.equal(gz.headers['content-encoding'], 'gzip', enc);
    assert.equal(gz.headers['vary'], 'Accept-Encoding');
    assert.ok(gz.body.length < plain.body.length / 2);
    assert.deepEqual(gunzipSync(gz.body), plain.body, enc);
  }
  assert.equal((await raw('gzip;q=0')).headers['content-encoding'], undefined, 'q=0 refuses gzip');
  assert.equal((await raw('identity')).headers['content-encoding'], undefined);
});

// /api/relations and /api/blocs: the analysis functions over the stored events, paged and validated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocs, type BlocsResult } from '../../src/analysis/blocs.js';
import { periodRelations } from '../../src/analysis/period-relations.js';
import { relations, type Dyad } from '../../src/analysis/relations.js';
import { getJson, servedSample } from './server-fixture.js';

type RelationsPage = { total: number; limit: number; offset: number; items: Dyad[]; window: string; directed: boolean; events: number; withoutDyad: number };

const served = servedSample();

test('relations: the dyads relations() finds over the stored events, paged', async () => {
  const expected = relations(await served.store.events({}), {});
  const all = await getJson<RelationsPage>(`${served.base}/api/relations?limit=1000`);
  assert.equal(all.status, 200);
  assert.ok(all.body.total > 3, `only ${all.body.total} dyads`);
  assert.equal(all.body.total, expected.dyads.length);
  assert.deepEqual(all.body.items, expected.dyads);
  assert.deepEqual([all.body.window, all.body.directed, all.body.events], ['month', true, expected.events]);

  const page = await getJson<RelationsPage>(`${served.base}/api/relations?limit=2&offset=1`);
  assert.deepEqual(page.body.items.map((d) => d.id), expected.dyads.slice(1, 3).map((d) => d.id));

  const rus = await getJson<RelationsPage>(`${served.base}/api/relations?actor=RUS`);
  assert.ok(rus.body.total > 0 && rus.body.items.every((d) => d.source === 'RUS' || d.target === 'RUS'));
  const undirected = await getJson<RelationsPage>(`${served.base}/api/relations?directed=false&window=week`);
  assert.ok(undirected.body.items.every((d) => d.id.includes('~') && !d.directed));
  assert.equal(undirected.body.window, 'week');
  const dated = await getJson<RelationsPage>(`${served.base}/api/relations?since=2022&until=2022`);
  assert.ok(dated.body.total > 0 && dated.body.total < all.body.total);
  assert.ok(dated.body.items.every((d) => d.windows.every((w) => w.window.startsWith('2022'))));
});

test('relations: counted from the summaries, the dyads of the sample are those of its events', async () => {
  const events = await served.store.events({});
  for (const opts of [{}, { window: 'week' as const }, { since: '2022', until: '2023-06-15' }]) {
    const got = await periodRelations(served.store, opts, -1);
    assert.match(got.from, /^summaries/);
    assert.deepEqual(got.dyads, relations(events, opts).dyads, JSON.stringify(opts));
  }
});

test('blocs: the blocs() result over the stored events, with the half-life given', async () => {
  const r = await getJson<BlocsResult>(`${served.base}/api/blocs?half_life=365`);
  assert.equal(r.status, 200);
  assert.equal(r.body.halfLifeDays, 365);
  // a period of few events is graphed from its events; the sample has fewer actors than the default top 30
  assert.deepEqual(r.body, { ...blocs(await served.store.events({}), { halfLifeDays: 365 }), from: 'events' });
  assert.ok(r.body.nodes.length > 2 && r.body.blocs.length > 0);
  assert.equal(r.body.actors, r.body.nodes.length);
  // top keeps the most active actors, and the blocs, ties and lists are those of the ones kept
  const top = await getJson<BlocsResult>(`${served.base}/api/blocs?half_life=365&top=3`);
  const most = [...r.body.nodes].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1)).slice(0, 3).map((n) => n.id).sort();
  assert.deepEqual(top.body.nodes.map((n) => n.id), most);
  assert.equal(top.body.actors, r.body.nodes.length);
  assert.ok(top.body.edges.every((e) => most.includes(e.source) && most.includes(e.target)));
  assert.deepEqual(top.body.blocs.flatMap((b) => b.members).sort(), most);
  const since = await getJson<BlocsResult>(`${served.base}/api/blocs?since=2020-01-01&weight=quad`);
  assert.ok(since.body.events < r.body.events);
});

test('relations and blocs: bad parameters are a 400 naming them', async () => {
  for (const [path, name] of [
    ['/api/relations?window=year', 'window'], ['/api/relations?directed=maybe', 'directed'], ['/api/relations?half_life=3', 'half_life'],
    ['/api/blocs?half_life=-1', 'half_life'], ['/api/blocs?weight=mass', 'weight'], ['/api/blocs?end=2024-02-31', 'end'], ['/api/blocs?limit=5', 'limit'], ['/api/blocs?top=-1', 'top'],
  ] as const) {
    const r = await getJson<{ parameter: string }>(served.base + path);
    assert.equal(r.status, 400, path);
    assert.equal(r.body.parameter, name, path);
  }
});

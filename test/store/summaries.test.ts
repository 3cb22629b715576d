// The summary tables (migration 011) against the events they summarise, on both backends: counts
// per day, breakdowns, actor terms, and keyset pages that match offset pages.
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/index.js';
import type { Doc } from '../../src/types.js';
import { HOLLANDE, ISIL, PUTIN, makeDoc } from './make-doc.js';
import { storeTest } from './backends.js';

const docs = (): Doc[] => [
  makeDoc('Hollande in Moscow', [
    { type: 'CONSULT', sentence: 'Hollande met Putin in the Kremlin.', trigger: 'met', actor: HOLLANDE, recipient: PUTIN, date: '2015-11-26' },
    { type: 'ASSAULT', sentence: 'ISIL attacked Paris, killing 130 people.', trigger: 'attacked', actor: ISIL, date: '2015-11-13', dead: 130 },
  ]),
  makeDoc('Putin praises', [
    { type: 'SUPPORT', sentence: 'Putin praised Hollande.', trigger: 'praised', actor: PUTIN, recipient: HOLLANDE, date: '2015-11' },
    { type: 'REQUEST', sentence: 'Hollande urged Putin to act.', trigger: 'urged', actor: HOLLANDE, recipient: PUTIN, date: null },
    { type: 'CONSULT', sentence: 'Hollande phoned Putin again.', trigger: 'phoned', actor: HOLLANDE, recipient: PUTIN, date: '2015-11-26' },
  ]),
  makeDoc('Week story', [
    { type: 'ACCUSE', sentence: 'Putin accused ISIL of the bombing.', trigger: 'accused', actor: PUTIN, recipient: ISIL, date: '2015-11-13' },
  ]),
];

async function seed(store: Store): Promise<void> {
  for (const d of docs()) await store.ingest(d);
}

const flat = (d: { days: { day: string; key: string; n: number }[] }) => d.days.map((r) => `${r.day} ${r.key} ${r.n}`);

storeTest('counts per day from the summaries, with coarse dates counted apart', async ({ store }) => {
  await seed(store);
  const all = await store.dayCounts({}, 'type');
  assert.equal(all.source, 'sum_day');
  assert.deepEqual(flat(all), ['2015-11-13 ACCUSE 1', '2015-11-13 ASSAULT 1', '2015-11-26 CONSULT 2']);
  assert.equal(all.coarse, 2, 'a month-only and an undated event');
  const fra = await store.dayCounts({ actor: ['FRA'] }, 'quad');
  assert.equal(fra.source, 'sum_party_day');
  assert.deepEqual(flat(fra), ['2015-11-26 1 2']);
  const dyad = await store.dayCounts({ actor: ['RUS'], recipient: ['IMG'] }, 'type');
  assert.equal(dyad.source, 'sum_dyad_day');
  assert.deepEqual(flat(dyad), ['2015-11-13 ACCUSE 1']);
  const two = await store.dayCounts({ actor: ['FRA', 'isil'] }, 'type');
  assert.equal(two.source, 'events', 'several actors: counted from the events, each event once');
  assert.deepEqual(flat(two), ['2015-11-13 ASSAULT 1', '2015-11-26 CONSULT 2']);
  const period = await store.dayCounts({ since: '2015-11-20', country: 'RUS' }, 'type');
  assert.deepEqual(flat(period), ['2015-11-26 CONSULT 2']);
  assert.equal(period.coarse, null, 'with a period, coarse dates are not counted');
});

storeTest('breakdown by type, actor and country with deaths', async ({ store }) => {
  await seed(store);
  const b = await store.breakdown({});
  assert.equal(b.events, 6);
  assert.equal(b.dead, 130);
  assert.deepEqual(b.types[0], { type: 'CONSULT', n: 2, dead: 0 });
  assert.deepEqual(b.countries, [{ country: 'RUS', n: 6, dead: 130 }]);
  assert.deepEqual(b.actors.slice(0, 2), [{ key: 'RUS', n: 5 }, { key: 'putin-vladimir', n: 5 }]);
  const narrowed = await store.breakdown({ actor: ['IMG'] });
  assert.equal(narrowed.events, 1);
  assert.equal(narrowed.dead, 130);
  // one actor id over all dates: the codes on the other side of its events, from sum_party_dyad
  assert.deepEqual((await store.breakdown({ actor: ['putin-vladimir'] })).actors, [{ key: 'FRA', n: 1 }, { key: 'IMG', n: 1 }]);
  assert.deepEqual((await store.breakdown({ actor: ['hollande-francois'] })).actors, [{ key: 'RUS', n: 3 }]);
  assert.deepEqual((await store.breakdown({ recipient: ['RUS'] })).actors, [{ key: 'FRA', n: 3 }]);
  // a period's actors from whole months (sum_party_month) and cut days (sum_party_day) alike; the
  // event known only to its month (SUPPORT, 2015-11) is in neither
  const month = await store.breakdown({ since: '2015-11', until: '2015-11' });
  assert.deepEqual(month.actors.slice(0, 2), [{ key: 'RUS', n: 3 }, { key: 'putin-vladimir', n: 3 }]);
  assert.equal(month.actors.reduce((t, a) => t + a.n, 0), 14, 'RUS 3, Putin 3, FRA 2, Hollande 2, IMG 2, ISIL 2');
  for (const [since, until] of [['2015-11-02', '2015-11-29'], ['2015-10-15', '2015-12-10'], ['2015-11-13', '2015-11-26'], ['2015-10', '2016-01-05']]) {
    assert.deepEqual((await store.breakdown({ since, until })).actors, month.actors, `${since}..${until}`);
  }
  assert.deepEqual((await store.breakdown({ since: '2015-11', until: '2015-11', type: 'CONSULT' })).actors.slice(0, 1), [{ key: 'FRA', n: 2 }]);
  assert.deepEqual((await store.breakdown({ actor: ['putin-vladimir'] })).types.map((t) => [t.type, t.n]), [['ACCUSE', 1], ['SUPPORT', 1]], 'types of one party over all dates');
  const dated = await store.breakdown({ since: '2015-11-20', until: '2015-11-30' });
  assert.equal(dated.events, 2);
  assert.deepEqual(dated.actors[0], { key: 'FRA', n: 2 });
});

storeTest('summaries from ingest equal those of a bulk load', async ({ store, backend }) => {
  await seed(store);
  // a second store of the same backend, loaded in bulk: the same counts
  const { BACKENDS, freshStore } = await import('./backends.js');
  const other = await freshStore(BACKENDS.find((b) => b.name === backend)!);
  try {
    assert.equal(await other.store.ingestBulk(docs()), 3);
    for (const stack of ['quad', 'type'] as const) assert.deepEqual(await other.store.dayCounts({}, stack), await store.dayCounts({}, stack));
    assert.deepEqual(await other.store.breakdown({ since: '2015' }), await store.breakdown({ since: '2015' }));
    assert.deepEqual((await other.store.counts()).events, (await store.counts()).events);
    assert.deepEqual((await other.store.actors({})).items, (await store.actors({})).items);
  } finally {
    await other.store.close();
    await other.cleanup();
  }
});

storeTest('actor terms by code, id or name in any case; unknown ones get suggestions', async ({ store }) => {
  await seed(store);
  assert.deepEqual(await store.resolveParties(['fra', 'PUTIN-VLADIMIR', 'isil']), { keys: ['FRA', 'putin-vladimir', 'isil'], unknown: [] });
  assert.deepEqual((await store.resolveParties(['Putin'])).keys, ['putin-vladimir'], 'by name');
  assert.deepEqual((await store.resolveParties(['hol'])).unknown, [{ term: 'hol', suggestions: ['Hollande'] }]);
  const actors = await store.actors({ q: 'pu' });
  assert.deepEqual(actors.items.map((a) => [a.actor_id, a.events, a.mentions]), [['putin-vladimir', 5, 5]]);
});

storeTest('keyset pages walk the same events as offset pages, newest and oldest first', async ({ store }) => {
  await seed(store);
  for (const order of ['newest', 'oldest'] as const) {
    const all = (await store.events({ order })).map((e) => e.id);
    const walked: string[] = [];
    let after;
    for (;;) {
      const page = await store.events({ order, limit: 2, after });
      if (!page.length) break;
      walked.push(...page.map((e) => e.id));
      const last = page[page.length - 1]!;
      after = { start: last.date ? (await import('../../src/store/dates.js')).periodOf(last.date)?.start ?? null : null, date: last.date, id: last.id };
    }
    assert.deepEqual(walked, all, order);
  }
});

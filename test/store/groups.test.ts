// Cross-article event deduplication: mentions of one real-world event become one group.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/index.js';
import { type GroupKey, sameEvent } from '../../src/store/groups.js';
import { poolConfig } from '../../src/store/pg-sql.js';
import type { Doc } from '../../src/types.js';
import { type EventSpec, makeDoc } from './make-doc.js';
import { type TestStore, storeTest } from './backends.js';

const RUS_MIL = { id: 'RUS-MIL', code: 'RUS', text: 'Russian forces' };
const RUS = { id: 'RUS', code: 'RUS', text: 'Russia' };
const UKR = { id: 'UKR', code: 'UKR', text: 'Ukraine' };
const TUR = { id: 'TUR', code: 'TUR', text: 'Turkey' };

/** One article reporting one event, under its own outlet. */
function report(n: number, spec: Omit<EventSpec, 'sentence' | 'trigger'> & { sentence?: string }, country: string | null = 'UKR'): Doc {
  const sentence = spec.sentence ?? `Russia shelled Ukraine again, report ${n} said.`;
  const doc = makeDoc(`Report number ${n}`, [{ ...spec, sentence, trigger: sentence.split(' ')[1]! }], '2022-03-02',
    `Outlet ${n} filed this piece with its own wording and detail number ${n * 7919}.`);
  doc.article.source = `outlet-${n}`;
  const e = doc.events[0]!;
  e.place = country === null ? null : { ...e.place!, name: 'Somewhere', country };
  return doc;
}

const shelling = (n: number, date: string, country: string | null = 'UKR') =>
  report(n, { type: 'ASSAULT', actor: RUS, recipient: UKR, date }, country);

async function groupsOf(store: Store): Promise<Map<string, string>> {
  return new Map((await store.events()).map((e) => [e.doc_id, e.group_id]));
}

/** A country-level party. */
const P = (code: string) => ({ id: code, code, sector: null });

test('the pairwise rule: type, parties, dates within granularity, compatible places', () => {
  const k = (over: Partial<GroupKey>): GroupKey => ({
    id: 'x', type: 'ASSAULT', factual: true, start: '2022-03-02', end: '2022-03-02', country: 'UKR', actors: [P('RUS')], recipients: [P('UKR')], ...over,
  });
  const a = k({ id: 'a' });
  assert.ok(sameEvent(a, k({ id: 'b' })));
  assert.ok(sameEvent(a, k({ id: 'b', start: '2022-03-03', end: '2022-03-03' })), 'a day apart');
  assert.ok(!sameEvent(a, k({ id: 'b', start: '2022-03-04', end: '2022-03-04' })), 'two days apart');
  assert.ok(sameEvent(a, k({ id: 'b', start: '2022-03-01', end: '2022-03-31' })), 'inside its month');
  assert.ok(!sameEvent(a, k({ id: 'b', start: '2022-04-01', end: '2022-04-30' })), 'another month');
  assert.ok(!sameEvent(a, k({ id: 'b', start: '2022-01-01', end: '2022-12-31' })), 'a year is too coarse');
  // a month against a date that is only the story's publication day: nothing ties the two
  assert.ok(!sameEvent(k({ id: 'm', start: '2022-03-01', end: '2022-03-31' }), k({ id: 'b', dateFrom: 'published' })), 'month vs publication day');
  assert.ok(sameEvent(k({ id: 'm', start: '2022-03-01', end: '2022-03-31' }), k({ id: 'b', dateFrom: 'sentence' })), 'month vs a day the sentence gives');
  assert.ok(sameEvent(a, k({ id: 'b', dateFrom: 'published' })), 'two days: publication dates still join');
  assert.ok(!sameEvent(a, k({ id: 'b', type: 'COERCE' })));
  assert.ok(!sameEvent(a, k({ id: 'b', recipients: [P('TUR')] })));
  assert.ok(!sameEvent(a, k({ id: 'b', recipients: [] })), 'a recipient on one side only');
  assert.ok(!sameEvent(k({ id: 'c', recipients: [] }), k({ id: 'd', recipients: [] })), 'no recipient on either side');
  assert.ok(sameEvent(a, k({ id: 'b', actors: [P('USA'), P('RUS')] })), 'a shared actor');
  assert.ok(sameEvent(a, k({ id: 'b', actors: [{ id: 'RUS-MIL', code: 'RUS', sector: 'MIL' }] })), 'the country covers its military');
  assert.ok(sameEvent(k({ id: 'c', actors: [{ id: 'RUS-MIL', code: 'RUS', sector: 'MIL' }] }), k({ id: 'd', actors: [{ id: 'shoigu-sergei', code: 'RUS', sector: 'MIL' }] })), 'a sector actor covers its members');
  assert.ok(!sameEvent(k({ id: 'c', actors: [{ id: 'putin-vladimir', code: 'RUS', sector: 'GOV' }] }), k({ id: 'd', actors: [{ id: 'lavrov-sergei', code: 'RUS', sector: 'GOV' }] })), 'two named people are two actors');
  assert.ok(sameEvent(k({ id: 'c', actors: [{ id: 'conyers', code: 'USA', sector: 'LEG' }] }), k({ id: 'd', actors: [{ id: 'conyers-john', code: 'USA', sector: 'LEG' }] })), 'a surname and the full name of one person');
  assert.ok(!sameEvent(k({ id: 'c', actors: [{ id: 'conyers', code: 'GBR', sector: 'LEG' }] }), k({ id: 'd', actors: [{ id: 'conyers-john', code: 'USA', sector: 'LEG' }] })), 'namesakes of two states');
  assert.ok(!sameEvent(a, k({ id: 'b', country: 'POL' })));
  assert.ok(sameEvent(a, k({ id: 'b', country: null })), 'an unknown place');
  assert.ok(!sameEvent(a, k({ id: 'b', factual: false })));
  const home = (id: string, actors: GroupKey['actors']) => k({ id, actors, recipients: [{ id: 'usa-congress', code: 'USA', sector: 'LEG' }] });
  assert.ok(!sameEvent(home('c', [P('USA')]), home('d', [P('USA')])), 'inside one country a bare country joins nothing');
  const named = { id: 'tillerson-rex', code: 'USA', sector: 'GOV' };
  assert.ok(sameEvent(home('c', [named]), home('d', [named])), 'inside one country: the same named actor');
  assert.ok(!sameEvent(home('c', [named]), home('d', [P('USA')])), 'inside one country a country does not stand for a person');
  // "Russia has denied meddling" / "the Kremlin denies meddling": a state's refusal with no target, read as to its own government
  const denial = (id: string, actors: GroupKey['actors'], recipients: GroupKey['recipients']) =>
    k({ id, type: 'REJECT', country: 'RUS', actors, recipients, trigger: 'denied' });
  const ownGov = [{ id: 'RUS-GOV', code: 'RUS', sector: 'GOV' }];
  assert.ok(sameEvent(denial('c', [P('RUS')], ownGov), denial('d', ownGov, ownGov)), 'a state and its government refusing with no target, one day, one verb');
  assert.ok(sameEvent(denial('c', [P('RUS')], ownGov), denial('d', [P('RUS')], [P('USA')])), 'the implied recipient fits a named one');
  assert.ok(!sameEvent(denial('c', [P('RUS')], ownGov), { ...denial('d', [P('RUS')], ownGov), trigger: 'rejected' }), 'another verb is another statement');
  // the coder gives a state acting as a whole no implied recipient at all (events/code-candidate.ts)
  assert.ok(sameEvent(denial('c', [P('RUS')], []), denial('d', ownGov, [])), 'a state and its government refusing with no recipient, one day, one verb');
  assert.ok(sameEvent(denial('c', [P('RUS')], []), denial('d', [P('RUS')], [P('USA')])), 'no recipient fits a named one');
  assert.ok(!sameEvent(denial('c', [P('RUS')], []), { ...denial('d', [P('RUS')], []), trigger: 'rejected' }), 'another verb, another statement');
  assert.ok(!sameEvent({ ...denial('c', [P('RUS')], []), type: 'ASSAULT' }, { ...denial('d', [P('RUS')], []), type: 'ASSAULT' }), 'only the types read as addressed to the own government');
  assert.ok(!sameEvent(a, k({ id: 'b', start: null, end: null })), 'undated');
});

test('the same sentence run again joins even without a recipient; a different one does not', () => {
  const k = (id: string, text: string, over: Partial<GroupKey> = {}): GroupKey => ({
    id, type: 'REJECT', factual: true, start: '2017-12-01', end: '2017-12-01', country: null, actors: [P('USA')], recipients: [], text, ...over,
  });
  const denied = 'The senator has acknowledged settling with a former staffer over her claims, but he has denied wrongdoing.';
  const again = 'The senator has acknowledged settling with one former staffer over her claims, but he has denied wrongdoing.';
  assert.ok(sameEvent(k('a', denied), k('b', again)), 'the wire ran the sentence again');
  assert.ok(!sameEvent(k('a', denied), k('b', 'A spokesman for the senator declined to comment on the claims.')), 'another sentence');
  assert.ok(!sameEvent(k('a', denied), k('b', again, { start: '2017-12-05', end: '2017-12-05' })), 'days apart: another act');
  assert.ok(!sameEvent(k('a', denied), k('b', again, { actors: [P('GBR')] })), 'another actor');
  assert.ok(!sameEvent(k('a', denied), k('b', again, { type: 'ACCUSE' })), 'another type');
  // two readings of one party in the same sentence: one sector, no two countries
  const gov = (id: string, code: string | null) => ({ id, code, sector: 'GOV' });
  assert.ok(sameEvent(k('a', denied, { actors: [gov('usa-white-house', 'USA')] }), k('b', again, { actors: [gov('trump-donald', 'USA')] })), 'same country and sector');
  assert.ok(sameEvent(k('a', denied, { actors: [gov('GOV', null)] }), k('b', again, { actors: [gov('UKR-GOV', 'UKR')] })), 'a countryless reading');
  assert.ok(!sameEvent(k('a', denied, { actors: [gov('GBR-GOV', 'GBR')] }), k('b', again, { actors: [gov('UKR-GOV', 'UKR')] })), 'two countries');
  assert.ok(!sameEvent(k('a', denied, { actors: [gov('usa-white-house', 'USA')] }), k('b', 'A spokesman for the senator declined to comment on the claims.', { actors: [gov('trump-donald', 'USA')] })), 'not the same sentence');
});

storeTest('reports of one event from several outlets form one group with counts', async ({ store }) => {
  const docs = [shelling(1, '2022-03-02'), shelling(2, '2022-03-02', null),
    report(3, { type: 'ASSAULT', actor: RUS_MIL, recipient: UKR, date: '2022-03-03', sentence: 'Russian forces shelled Ukraine, report 3 said.' }),
    shelling(4, '2022-03-09'), shelling(5, '2022-03-02', 'POL'),
    report(6, { type: 'ASSAULT', actor: RUS, recipient: TUR, date: '2022-03-02', sentence: 'Russia shelled Turkey, report 6 said.' })];
  for (const d of docs) await store.ingest(d);
  const events = await store.events();
  assert.equal(events.length, 6);
  const g = await groupsOf(store);
  const [d1, d2, d3, d4, d5, d6] = docs.map((d) => d.id) as [string, string, string, string, string, string];
  assert.equal(g.get(d1), g.get(d2));
  assert.equal(g.get(d1), g.get(d3));
  assert.notEqual(g.get(d1), g.get(d4), 'a week later');
  assert.notEqual(g.get(d1), g.get(d5), 'another country');
  assert.notEqual(g.get(d1), g.get(d6), 'another recipient');
  const first = events.find((e) => e.doc_id === d1)!;
  assert.deepEqual([first.num_mentions, first.num_articles, first.num_sources], [3, 3, 3]);
  assert.equal(first.group_id, [...events.filter((e) => e.group_id === first.group_id).map((e) => e.id)].sort()[0], 'named by its smallest member');
  assert.deepEqual(new Set([g.get(d1), g.get(d2), g.get(d3)]).size, 1);
  const distinct = await store.events({ distinct: true });
  assert.equal(distinct.length, 4);
  assert.equal(await store.eventCount({ distinct: true }), 4);
  assert.equal((await store.counts()).distinctEvents, 4);
  assert.equal((await store.events({ distinct: true, actor: 'RUS', recipient: 'UKR' })).length, 3);
});

storeTest('an actor id with a lone surrogate groups by the id the store reads back', async ({ store }) => {
  // the candidates read sends its lists as JSON, which PostgreSQL refuses with a lone surrogate in it:
  // the keys are taken from the store's reading of such an event (U+FFFD), never from the text in hand
  const odd = { id: 'ru\ud800s', code: 'RUS', text: 'Russia' };
  const docs = [report(1, { type: 'ASSAULT', actor: odd, recipient: UKR, date: '2022-03-02' }),
    report(2, { type: 'ASSAULT', actor: odd, recipient: UKR, date: '2022-03-03' }),
    report(3, { type: 'ASSAULT', actor: odd, recipient: UKR, date: '2022-03-09' })];
  for (const d of docs) await store.ingest(d);
  const g = await groupsOf(store);
  const [d1, d2, d3] = docs.map((d) => d.id) as [string, string, string];
  assert.equal(g.get(d1), g.get(d2), 'a day apart');
  assert.notEqual(g.get(d1), g.get(d3), 'a week later');
});

storeTest('grouping does not depend on the order articles arrive in', async ({ target }) => {
  // 1 and 3 are two days apart (no match); 2 sits between and matches both. Whatever the groups
  // come out as, they must be the same for every arrival order.
  const docs = [shelling(1, '2022-03-01', null), shelling(2, '2022-03-02'), shelling(3, '2022-03-03', 'UKR')];
  const orders = [[0, 1, 2], [0, 2, 1], [2, 0, 1], [1, 2, 0]];
  const seen: string[] = [];
  for (const [i, order] of orders.entries()) {
    const store = await openStore(target);
    try {
      for (const n of order) await store.ingest(docs[n]!);
      const g = await groupsOf(store);
      seen.push(JSON.stringify([...g.entries()].sort()));
      // Empty the store for the next order.
      await wipe(target, i);
    } finally {
      await store.close();
    }
  }
  assert.equal(new Set(seen).size, 1);
});

// A batch (ingestMany) keeps its stories' group ids in memory until its end, where later stories
// read them: it must group as one story per transaction does, a smaller anchor moving earlier
// stories' events of the same batch included.
storeTest('a batch groups its stories as one story at a time does, in any order', async ({ target }) => {
  const docs = [shelling(1, '2022-03-01', null), shelling(2, '2022-03-02'), shelling(3, '2022-03-03', 'UKR'), shelling(4, '2022-03-02')];
  for (const [i, order] of [[0, 1, 2, 3], [2, 0, 3, 1], [3, 2, 1, 0]].entries()) {
    const seen: string[] = [];
    for (const batched of [false, true]) {
      const store = await openStore(target);
      try {
        const ordered = order.map((n) => docs[n]!);
        if (batched) await store.ingestMany(ordered.map((doc) => ({ doc })));
        else for (const doc of ordered) await store.ingest(doc);
        const events = await store.events();
        seen.push(JSON.stringify([[...(await groupsOf(store)).entries()].sort(),
          events.map((e) => [e.id, e.num_mentions, e.num_articles, e.num_sources]).sort(), (await store.events({ distinct: true })).length]));
        await wipe(target, i);
      } finally {
        await store.close();
      }
    }
    assert.equal(seen[1], seen[0], `order ${order.join(',')}`);
  }
});

/** Deletes every article (cascading to events) and group, through the backend's own client. */
async function wipe(target: string, _round: number): Promise<void> {
  const text = 'DELETE FROM article_sources; DELETE FROM articles; DELETE FROM event_groups; DELETE FROM intake_log;';
  if (target.startsWith('postgres')) {
    const pool = new pg.Pool(poolConfig(target));
    try { await pool.query(text); } finally { await pool.end(); }
  } else {
    const db = new Database(target);
    db.exec(text);
    db.close();
  }
}

storeTest('re-ingest changes no group; a syndicated copy adds a source, not a mention', async ({ store }) => {
  await store.ingest(shelling(1, '2022-03-02'));
  await store.ingest(shelling(2, '2022-03-02'));
  const before = await store.events();
  await store.ingest(shelling(1, '2022-03-02'));
  await store.ingest(shelling(2, '2022-03-02'));
  assert.deepEqual(await store.events(), before);
  const copy = shelling(1, '2022-03-02');
  copy.id = 'mirror:1';
  copy.article.url = 'https://mirror.example.org/1';
  copy.article.source = 'mirror';
  assert.equal((await store.ingest(copy)).article, 'exists');
  const after = await store.events();
  assert.deepEqual(after.map((e) => [e.num_mentions, e.num_articles, e.num_sources]), [[2, 2, 3], [2, 2, 3]]);
});

storeTest('events stored before groups existed are grouped when the store is opened', async (t: TestStore) => {
  await t.store.ingest(shelling(1, '2022-03-02'));
  await t.store.ingest(shelling(2, '2022-03-02'));
  const text = 'UPDATE events SET group_id = NULL; DELETE FROM event_groups;';
  if (t.backend === 'postgres') {
    const pool = new pg.Pool(poolConfig(t.target));
    try { await pool.query(text); } finally { await pool.end(); }
  } else {
    const db = new Database(t.target);
    db.exec(text);
    db.close();
  }
  const reopened = await openStore(t.target);
  try {
    const events = await reopened.events();
    assert.equal(new Set(events.map((e) => e.group_id)).size, 1);
    assert.equal(events[0]!.num_mentions, 2);
  } finally {
    await reopened.close();
  }
});

test('statements join on their parties only when the verb is the same', () => {
  const k = (id: string, trigger: string, type: GroupKey['type'] = 'REQUEST'): GroupKey => ({
    id, type, factual: true, start: '2017-11-06', end: '2017-11-06', country: null, actors: [P('USA')], recipients: [P('JPN')], trigger,
  });
  assert.ok(sameEvent(k('a', 'pressed'), k('b', 'presses')), 'the same demand reported twice');
  assert.ok(!sameEvent(k('a', 'pressed'), k('b', 'called on')), 'two demands in one day');
  assert.ok(sameEvent(k('a', 'shelled', 'ASSAULT'), k('b', 'attacked', 'ASSAULT')), 'a material act keeps its wider rule');
  assert.ok(!sameEvent(k('a', 'said'), k('b', 'says')), '"said" names no act: two statements');
  assert.ok(sameEvent({ ...k('a', 'said'), text: 'Ryan said Conyers should step aside now.' }, { ...k('b', 'said'), text: 'Ryan said Conyers should step aside now.' }), 'unless the sentence is the same one again');
});

test('statements whose verbs report one act in other words join (data/dedup/word-classes.json sameActVerbs)', () => {
  const k = (id: string, trigger: string, type: GroupKey['type']): GroupKey => ({
    id, type, factual: true, start: '2017-11-06', end: '2017-11-06', country: null, actors: [P('USA')], recipients: [P('JPN')], trigger,
  });
  assert.ok(sameEvent(k('a', 'condemned', 'ACCUSE'), k('b', 'denounces', 'ACCUSE')), 'condemned / denounces');
  assert.ok(sameEvent(k('a', 'met', 'CONSULT'), k('b', 'held talks with', 'CONSULT')), 'met / held talks');
  assert.ok(sameEvent(k('a', 'praised', 'SUPPORT'), k('b', 'hailing', 'SUPPORT')), 'praised / hailing');
  assert.ok(!sameEvent(k('a', 'condemned', 'ACCUSE'), k('b', 'accused', 'ACCUSE')), 'criticising and accusing stay apart');
});

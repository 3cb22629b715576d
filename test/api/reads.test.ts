// The read endpoints against a store built from the samples: shapes, filters, pagination, errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleListItem, StoredArticle, StoredEvent, StoredQuote, ActorSummary, SearchHit, ArticleAnnotations } from '../../src/store/types.js';
import { getJson, servedSample } from './server-fixture.js';

type PageOf<T> = { total: number; limit: number; offset: number; items: T[] };
type ArticleReply = StoredArticle & { annotations: ArticleAnnotations; events: StoredEvent[]; quotes: StoredQuote[]; sources: unknown[] };

const served = servedSample();

test('health and summary', async () => {
  const h = await getJson(`${served.base}/api/health`);
  assert.equal(h.status, 200);
  assert.equal(h.body['status'], 'ok');
  assert.equal(h.body['writable'], false);
  assert.equal(h.headers.get('content-type'), 'application/json; charset=utf-8');
  const s = await getJson<{ counts: { articles: number; events: number }; topTypes: unknown[] }>(`${served.base}/api/summary?top=3`);
  assert.equal(s.status, 200);
  assert.deepEqual(s.body.counts, (await served.store.summary()).counts);
  assert.equal(s.body.topTypes.length, 3);
});

test('articles: every one listed once across pages, filters narrow the list', async () => {
  const all = await getJson<PageOf<ArticleListItem>>(`${served.base}/api/articles`);
  assert.equal(all.body.limit, 50);
  assert.equal(all.body.offset, 0);
  assert.ok(all.body.total >= 7, `only ${all.body.total} articles`);
  const seen: string[] = [];
  for (let offset = 0; offset < all.body.total; offset += 2) {
    const p = await getJson<PageOf<ArticleListItem>>(`${served.base}/api/articles?limit=2&offset=${offset}`);
    assert.equal(p.body.total, all.body.total);
    assert.ok(p.body.items.length <= 2);
    seen.push(...p.body.items.map((a) => a.id));
  }
  assert.deepEqual(seen, all.body.items.map((a) => a.id));
  const beyond = await getJson<PageOf<ArticleListItem>>(`${served.base}/api/articles?offset=${all.body.total}`);
  assert.deepEqual(beyond.body.items, []);

  const since = await getJson<PageOf<ArticleListItem>>(`${served.base}/api/articles?since=2020`);
  assert.ok(since.body.total > 0 && since.body.total < all.body.total);
  assert.ok(since.body.items.every((a) => a.published !== null && a.published >= '2020'));
  const q = await getJson<PageOf<ArticleListItem>>(`${served.base}/api/articles?q=${encodeURIComponent('Gylfadottir')}`);
  assert.equal(q.body.total, 1);
});

test('one article: annotations, events and quotes carry spans into its text', async () => {
  const list = await getJson<PageOf<ArticleListItem>>(`${served.base}/api/articles?q=Gylfadottir`);
  const id = list.body.items[0]!.id;
  const r = await getJson<ArticleReply>(`${served.base}/api/articles/${id}`);
  assert.equal(r.status, 200);
  const a = r.body;
  assert.equal(a.id, id);
  assert.ok(a.annotations.actors.length > 0 && a.annotations.places.length > 0 && a.annotations.times.length > 0);
  for (const m of [...a.annotations.actors, ...a.annotations.times, ...a.annotations.places]) assert.equal(a.text.slice(m.start, m.end), m.text);
  assert.ok(a.events.length > 0);
  for (const e of a.events) assert.ok(a.text.slice(e.span[0], e.span[1]).includes(e.event_text));
  // the direct quote, and the reported speech of "officials said"
  assert.deepEqual(a.quotes.map((q) => q.kind), ['reported', 'direct']);
  for (const q of a.quotes) assert.equal(a.text.slice(q.span[0], q.span[1]), q.text);
  assert.equal(a.sources.length, 1);

  const missing = await getJson(`${served.base}/api/articles/no-such-article`);
  assert.equal(missing.status, 404);
  assert.equal(missing.body['parameter'], 'id');
});

test('events: filters, total, pagination, negated readings only with all=true', async () => {
  const all = await getJson<PageOf<StoredEvent>>(`${served.base}/api/events?limit=1000`);
  assert.equal(all.body.total, await served.store.eventCount({}));
  assert.equal(all.body.items.length, all.body.total);
  const withNon = await getJson<PageOf<StoredEvent>>(`${served.base}/api/events?all=true&limit=1000`);
  assert.ok(withNon.body.total > all.body.total, 'the samples hold negated or hypothetical readings');
  assert.ok(withNon.body.items.some((e) => e.modality.negated || e.modality.hypothetical));
  assert.ok(all.body.items.every((e) => !e.modality.negated && !e.modality.hypothetical));

  const distinct = await getJson<PageOf<StoredEvent>>(`${served.base}/api/events?distinct=true&limit=1000`);
  assert.equal(distinct.body.total, await served.store.eventCount({ distinct: true }));
  assert.ok(distinct.body.total > 0 && distinct.body.total <= all.body.total);
  assert.equal(distinct.body.items.length, distinct.body.total);

  const p2 = await getJson<PageOf<StoredEvent>>(`${served.base}/api/events?limit=5&offset=5`);
  assert.deepEqual(p2.body.items.map((e) => e.id), all.body.items.slice(5, 10).map((e) => e.id));

  const rus = await getJson<PageOf<StoredEvent>>(`${served.base}/api/events?actor=RUS`);
  assert.ok(rus.body.total > 0);
  assert.ok(rus.body.items.every((e) => e.actor.some((p) => p.code === 'RUS' || p.actor_id === 'RUS')));
  const agree = await getJson<PageOf<StoredEvent>>(`${served.base}/api/events?type=agree`);
  assert.ok(agree.body.total > 0 && agree.body.items.every((e) => e.event === 'AGREE'));
  const word = all.body.items[0]!.event_text.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w))!;
  const byWord = await getJson<PageOf<StoredEvent>>(`${served.base}/api/events?q=${encodeURIComponent(word.toUpperCase())}&limit=1000`);
  assert.ok(byWord.body.total > 0 && byWord.body.total <= all.body.total);
  assert.ok(byWord.body.items.every((e) => [e.event_text, ...e.actor.map((p) => p.entity_text), ...e.recipient.map((p) => p.entity_text), e.event_loc?.name ?? '']
    .join(' ').toLowerCase().includes(word.toLowerCase())), `every event holds "${word}"`);
  const dated = await getJson<PageOf<StoredEvent>>(`${served.base}/api/events?since=2020-01&until=2020-12`);
  assert.ok(dated.body.total > 0 && dated.body.items.every((e) => e.date !== null && e.date.startsWith('2020')));
  const doc = all.body.items[0]!.doc_id;
  const byDoc = await getJson<PageOf<StoredEvent>>(`${served.base}/api/events?doc=${doc}`);
  assert.ok(byDoc.body.total > 0 && byDoc.body.items.every((e) => e.doc_id === doc));
});

test('actors, quotes and search', async () => {
  const actors = await getJson<PageOf<ActorSummary>>(`${served.base}/api/actors?limit=3`);
  assert.equal(actors.body.items.length, 3);
  assert.ok(actors.body.total > 3);
  const rus = await getJson<PageOf<ActorSummary>>(`${served.base}/api/actors?code=rus`);
  assert.ok(rus.body.total > 0 && rus.body.items.every((a) => a.code === 'RUS'));

  const quotes = await getJson<PageOf<StoredQuote>>(`${served.base}/api/quotes?speaker=ISL&kind=direct`);
  assert.equal(quotes.body.total, 1);
  const reported = await getJson<PageOf<StoredQuote>>(`${served.base}/api/quotes?kind=reported`);
  assert.ok(reported.body.total >= 1 && reported.body.items.every((q) => q.kind === 'reported'));
  assert.equal(quotes.body.items[0]!.speaker?.code, 'ISL');
  const none = await getJson<PageOf<StoredQuote>>(`${served.base}/api/quotes?search=${encodeURIComponent('no such words here')}`);
  assert.equal(none.body.total, 0);
  const paged = await getJson<PageOf<StoredQuote>>(`${served.base}/api/quotes?kind=direct&offset=1`);
  assert.equal(paged.body.total, 1);
  assert.deepEqual(paged.body.items, []);

  const hits = await getJson<PageOf<SearchHit>>(`${served.base}/api/search?q=quota`);
  assert.ok(hits.body.items.some((h) => h.kind === 'article') && hits.body.items.some((h) => h.kind === 'quote'));
});

test('bad parameters are a 400 naming the parameter', async () => {
  const cases: [string, string][] = [
    ['/api/events?limit=0', 'limit'],
    ['/api/events?limit=1001', 'limit'],
    ['/api/articles?limit=ten', 'limit'],
    ['/api/articles?offset=-1', 'offset'],
    ['/api/events?since=2024-13', 'since'],
    ['/api/events?until=last+week', 'until'],
    ['/api/events?type=PARTY', 'type'],
    ['/api/events?all=maybe', 'all'],
    ['/api/events?colour=red', 'colour'],
    ['/api/events?actor=RUS&actor=UKR', 'actor'],
    ['/api/search', 'q'],
    ['/api/search?q=', 'q'],
    ['/api/summary?top=0', 'top'],
  ];
  for (const [path, name] of cases) {
    const r = await getJson<{ error: string; parameter: string }>(served.base + path);
    assert.equal(r.status, 400, path);
    assert.equal(r.body.parameter, name, path);
    assert.match(r.body.error, new RegExp(`^${name}: `), path);
  }
});

test('unknown endpoints are 404, wrong methods 405 with Allow', async () => {
  assert.equal((await fetch(`${served.base}/api/nothing`)).status, 404);
  const post = await fetch(`${served.base}/api/events`, { method: 'POST', body: '{}' });
  assert.equal(post.status, 405);
  assert.equal(post.headers.get('allow'), 'GET');
  const head = await fetch(`${served.base}/api/health`, { method: 'HEAD' });
  assert.equal(head.status, 200);
});

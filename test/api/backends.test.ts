// The same API over each store backend (SQLite, and PostgreSQL when reachable): write through
// POST /api/ingest, then every read endpoint answers from what was written.
import assert from 'node:assert/strict';
import { storeTest } from '../store/backends.js';
import { getJson, QUOTE_STORY, startApi } from './server-fixture.js';

const TOKEN = 'backend-token-19';
const SECOND = 'Chile and Peru signed a trade agreement in Lima on Friday, the two governments said. Peru later accused Chile of delaying the customs rules.';

type PageOf<T> = { total: number; items: T[] };

storeTest('API round trip: ingest, then every read endpoint', async ({ store }) => {
  const api = await startApi({ store, token: TOKEN });
  try {
    const r = await fetch(`${api.base}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify([{ text: QUOTE_STORY, published: '2024-05-08' }, { text: SECOND, published: '2023-03-03', source: 'Test Wire' }]),
    });
    assert.equal(r.status, 200);
    const { results } = (await r.json()) as { results: { status: string; article_id: string; events: number }[] };
    assert.deepEqual(results.map((x) => x.status), ['added', 'added']);

    const articles = await getJson<PageOf<{ id: string }>>(`${api.base}/api/articles`);
    assert.equal(articles.body.total, 2);
    const bySource = await getJson<PageOf<{ id: string }>>(`${api.base}/api/articles?source=${encodeURIComponent('Test Wire')}`);
    assert.deepEqual(bySource.body.items.map((a) => a.id), [results[1]!.article_id]);

    const one = await getJson<{ text: string; events: { span: [number, number]; event_text: string }[]; quotes: { text: string; span: [number, number] }[] }>(`${api.base}/api/articles/${results[0]!.article_id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.events.length, results[0]!.events);
    assert.equal(one.body.quotes.length, 2); // one in quotation marks, one reported ("officials said")
    for (const q of one.body.quotes) assert.equal(one.body.text.slice(...q.span), q.text);

    const events = await getJson<PageOf<{ event: string }>>(`${api.base}/api/events?limit=1`);
    assert.equal(events.body.total, results[0]!.events + results[1]!.events);
    assert.equal(events.body.items.length, 1);
    assert.equal((await getJson<PageOf<unknown>>(`${api.base}/api/quotes?speaker=ISL&kind=direct`)).body.total, 1);
    assert.ok((await getJson<PageOf<unknown>>(`${api.base}/api/search?q=quota`)).body.total >= 1);
    assert.ok((await getJson<PageOf<unknown>>(`${api.base}/api/actors?code=PER`)).body.total >= 1);
    const summary = await getJson<{ counts: { articles: number } }>(`${api.base}/api/summary`);
    assert.equal(summary.body.counts.articles, 2);
    assert.ok((await getJson<PageOf<unknown>>(`${api.base}/api/relations`)).body.total >= 1);
    assert.equal((await getJson(`${api.base}/api/blocs`)).status, 200);
  } finally {
    await api.close();
  }
});

// entente watch against a loopback news site the test serves: new items between polls, ETag and
// 304, robots.txt, a failing source that backs off. Nothing leaves 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { watch } from './run.js';


/** Stories written for this test. */
const STORIES: Record<string, [string, string]> = {
  a1: ['Harbour ministers meet', 'Norway and Iceland held talks in Oslo on Monday over fishing rights, officials said.'],
  a2: ['Quota row deepens', 'Iceland accused Norway on Tuesday of breaking the 2019 quota deal, its foreign minister said.'],
  a3: ['Police detain dock workers', 'Police arrested 14 protesters outside the parliament in Oslo on Wednesday.'],
  secret: ['Not for robots', 'Denmark and Sweden signed a ferry agreement in Copenhagen on Thursday.'],
};
const page = (k: string): string => {
  const [title, text] = STORIES[k]!;
  return `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2024-05-08"></head><body><article><h1>${title}</h1><p>${text}</p><p>${text.replace(/on \w+day/, 'this week')}</p></article></body></html>`;
};

interface Site { base: string; hits: Map<string, number>; conditional: string[]; items: string[]; close(): Promise<void> }

async function site(): Promise<Site> {
  const hits = new Map<string, number>();
  const conditional: string[] = [];
  const items = ['a1', 'a2', 'private/secret'];
  let flaky = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/robots.txt') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('User-agent: *\nDisallow: /private/\n'); return; }
    if (path === '/feed.xml') {
      const etag = `"v${items.length}"`;
      if (req.headers['if-none-match']) conditional.push(String(req.headers['if-none-match']));
      if (req.headers['if-none-match'] === etag) { res.writeHead(304, { etag }); res.end(); return; }
      const base = `http://${req.headers.host}`;
      const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Dockside Herald</title>${items.map((k) => {
        const key = k.split('/').pop()!;
        return `<item><title>${STORIES[key]![0]}</title><link>${base}/${k}.html</link><description>${STORIES[key]![1]}</description><pubDate>Wed, 08 May 2024 10:00:00 GMT</pubDate></item>`;
      }).join('')}</channel></rss>`;
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }); res.end(xml); return;
    }
    if (path === '/flaky.xml') { flaky++; res.writeHead(503, { 'retry-after': '120' }); res.end('busy'); return; }
    if (path === '/busy.xml') { res.writeHead(429, { 'retry-after': '300' }); res.end('slow down'); return; }
    if (path === '/once-down.xml') {
      if ((hits.get(path) ?? 0) === 1) { res.writeHead(500); res.end('down'); return; }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Back</title><item><title>${STORIES['a3']![0]}</title><link>http://${req.headers.host}/a3.html</link><description>${STORIES['a3']![1]}</description></item></channel></rss>`);
      return;
    }
    if (path === '/sitemap-index.xml') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/news-sitemap.xml</loc></sitemap></sitemapindex>`);
      return;
    }
    if (path === '/news-sitemap.xml') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${['a1', 'a2'].map((k) =>
        `<url><loc>http://${req.headers.host}/${k}.html</loc><news:news><news:publication><news:name>Dockside Herald</news:name><news:language>en</news:language></news:publication><news:publication_date>2024-05-07T08:00:00Z</news:publication_date><news:title>${STORIES[k]![0]}</news:title></news:news></url>`).join('')}</urlset>`);
      return;
    }
    if (path === '/slow.xml') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.write('<?xml version="1.0"?><rss>'); return; } // never ends
    if (path === '/loop') { res.writeHead(302, { location: '/loop' }); res.end(); return; }
    if (path === '/huge.xml') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end('<rss>' + 'x'.repeat(6_000_000) + '</rss>'); return; }
    if (path === '/not-a-feed') { res.writeHead(200, { 'content-type': 'application/octet-stream' }); res.end(Buffer.from([0, 1, 2, 3, 255, 254])); return; }
    const m = /^\/(?:private\/)?(\w+)\.html$/.exec(path);
    if (m && STORIES[m[1]!]) { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page(m[1]!)); return; }
    res.writeHead(404); res.end('no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, hits, conditional, items, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}


test('watch --once stores new feed items, then only what was added, with a conditional feed request', async () => {
  const s = await site();
  const db = join(mkdtempSync(join(tmpdir(), 'entente-watch-')), 'w.db');
  try {
    const first = await watch([`${s.base}/feed.xml`, '--db', db, '--once', '--delay', '0s']);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /items new: 3; stored: 2; queued: 0; skipped: 1/);
    assert.match(first.out, /skipped .*private\/secret\.html: robots\.txt disallows it/);
    assert.equal(s.hits.get('/private/secret.html'), undefined, 'a disallowed page is never fetched');

    s.items.push('a3');
    const second = await watch([`${s.base}/feed.xml`, '--db', db, '--once', '--delay', '0s']);
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /items new: 1; stored: 1; queued: 0; skipped: 0/);
    assert.equal(s.hits.get('/a1.html'), 1, 'an old page is not fetched again');
    assert.equal(s.hits.get('/a2.html'), 1);
    assert.deepEqual(s.conditional, ['"v3"'], 'the second poll sent the ETag of the first');

    const third = await watch([`${s.base}/feed.xml`, '--db', db, '--once', '--delay', '0s']);
    assert.match(third.out, /not modified: 1; failed: 0; items new: 0/);

    const store = await openStore(db);
    try {
      const arts = await store.articles({ limit: 10 });
      assert.equal(arts.total, 3);
      assert.ok((await store.events()).length >= 2, 'the stories were coded');
    } finally {
      await store.close();
    }
  } finally {
    await s.close();
  }
});

test('a failing source is reported and backs off as Retry-After says, across runs', async () => {
  const s = await site();
  const db = join(mkdtempSync(join(tmpdir(), 'entente-watch-')), 'w.db');
  try {
    const first = await watch([`${s.base}/flaky.xml`, '--db', db, '--once', '--delay', '0s']);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /failed: 1/);
    assert.match(first.out, /HTTP 503; next try after/);
    const again = await watch([`${s.base}/flaky.xml`, '--db', db, '--once', '--delay', '0s']);
    assert.match(again.out, /backing off until/);
    assert.equal(s.hits.get('/flaky.xml'), 1, 'not asked again before its Retry-After');
    // 429 Too Many Requests: the same, for the five minutes it asks
    const busy = await watch([`${s.base}/busy.xml`, '--db', db, '--once', '--delay', '0s']);
    assert.match(busy.out, /HTTP 429; next try after/);
    const store = await openStore(db);
    const next = (await store.watch.source(`${s.base}/busy.xml`))?.nextPoll ?? '';
    await store.close();
    const waitS = (Date.parse(next) - Date.now()) / 1000;
    assert.ok(waitS > 250 && waitS <= 300, `next poll in ${waitS} s`);
    await watch([`${s.base}/busy.xml`, '--db', db, '--once', '--delay', '0s']);
    assert.equal(s.hits.get('/busy.xml'), 1);
  } finally {
    await s.close();
  }
});

test('a slow body, a redirect loop, a huge body and bytes that are no feed are each a failure with its reason, and the poll goes on', async () => {
  const s = await site();
  const db = join(mkdtempSync(join(tmpdir(), 'entente-watch-')), 'w.db');
  try {
    const r = await watch([`${s.base}/slow.xml`, `${s.base}/loop`, `${s.base}/huge.xml`, `${s.base}/not-a-feed`, `${s.base}/feed.xml`, '--db', db, '--once', '--delay', '0s', '--timeout', '1500ms']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /failed .*slow\.xml: no complete answer within 1500 ms/);
    assert.match(r.out, /failed .*loop: more than 5 redirects/);
    assert.match(r.out, /failed .*huge\.xml: body larger than 5000000 bytes/);
    assert.match(r.out, /skipped .*not-a-feed: not a page \(application\/octet-stream\)/);
    assert.match(r.out, /sources polled: 5; not modified: 0; failed: 3; items new: 4; stored: 2/, 'the good feed after them is read');
  } finally {
    await s.close();
  }
});

test('a source that failed is read again once its pause is over', async () => {
  const s = await site();
  const db = join(mkdtempSync(join(tmpdir(), 'entente-watch-')), 'w.db');
  try {
    const first = await watch([`${s.base}/once-down.xml`, '--db', db, '--once', '--delay', '0s']);
    assert.match(first.out, /HTTP 500; next try after/);
    // the pause is a minute: let it pass in the store rather than in the test
    const store = await openStore(db);
    const state = await store.watch.source(`${s.base}/once-down.xml`);
    assert.equal(state?.failures, 1);
    await store.watch.saveSource({ ...state!, nextPoll: new Date(Date.now() - 1000).toISOString() });
    await store.close();
    const second = await watch([`${s.base}/once-down.xml`, '--db', db, '--once', '--delay', '0s']);
    assert.match(second.out, /failed: 0; items new: 1; stored: 1/);
  } finally {
    await s.close();
  }
});

test('a sitemap index leads to its news sitemap, whose pages are stored with their publication date', async () => {
  const s = await site();
  const db = join(mkdtempSync(join(tmpdir(), 'entente-watch-')), 'w.db');
  try {
    const r = await watch([`${s.base}/sitemap-index.xml`, '--db', db, '--once', '--delay', '0s']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /items new: 2; stored: 2/);
    const store = await openStore(db);
    try {
      const arts = await store.articles({ limit: 10 });
      assert.deepEqual(arts.items.map((a) => a.published).sort(), ['2024-05-07', '2024-05-07']);
    } finally {
      await store.close();
    }
  } finally {
    await s.close();
  }
});

test('a YAML sources file gives each source its label; a bad entry is refused with its place', async () => {
  const s = await site();
  const dir = mkdtempSync(join(tmpdir(), 'entente-watch-'));
  const db = join(dir, 'w.db');
  try {
    const file = join(dir, 'sources.yaml');
    writeFileSync(file, `sources:\n  - url: ${s.base}/feed.xml\n    label: Harbour Desk\n    every: 30m\n`);
    const r = await watch([file, '--db', db, '--once', '--delay', '0s']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /stored: 2/);
    const store = await openStore(db);
    try {
      const arts = await store.articles({ limit: 10 });
      assert.ok(arts.items.length === 2 && arts.items.every((a) => a.source === 'Harbour Desk'), JSON.stringify(arts.items.map((a) => a.source)));
    } finally {
      await store.close();
    }
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ sources: [{ url: 'ftp://example.org/feed' }] }));
    const refused = await watch([bad, '--db', db, '--once']);
    assert.equal(refused.code, 64);
    assert.match(refused.err, /bad\.json: sources\.0\.url: an http\(s\) URL/);
  } finally {
    await s.close();
  }
});

test('watch --redis queues the new pages for the workers instead of storing them, and remembers them', async (t) => {
  const { redisUnavailable, REDIS_URL } = await import('../cluster/services.js');
  const why = await redisUnavailable();
  if (why) { t.skip(why); return; }
  const { openQueue } = await import('../../src/cluster/queue.js');
  const name = `entente-test-watch-${process.pid}-${Date.now()}`;
  const s = await site();
  const db = join(mkdtempSync(join(tmpdir(), 'entente-watch-')), 'w.db');
  const q = openQueue(REDIS_URL, name);
  try {
    const r = await watch([`${s.base}/feed.xml`, '--db', db, '--once', '--delay', '0s', '--redis', REDIS_URL, '--queue', name]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /items new: 3; stored: 0; queued: 2; skipped: 1/);
    assert.equal((await q.getJobCounts('waiting')).waiting, 2);
    const again = await watch([`${s.base}/feed.xml`, '--db', db, '--once', '--delay', '0s', '--redis', REDIS_URL, '--queue', name]);
    assert.match(again.out, /not modified: 1/);
    assert.equal((await q.getJobCounts('waiting')).waiting, 2, 'nothing queued twice');
  } finally {
    await q.obliterate({ force: true });
    await q.close();
    await s.close();
  }
});

// Alerts: a rise in conflict events between two actors across polls raises one alert, stored once;
// the next poll does not raise it again; a bad rule is refused with its name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { watch } from './run.js';


/** [published day, title, text]: stories written for this test. */
const STORIES: Record<string, [string, string, string]> = {
  s1: ['2024-05-03', 'Border incident', 'Turkey accused Russia of violating its airspace near the Syrian border.'],
  s2: ['2024-05-06', 'Turkish troops shell positions', 'Turkish troops shelled Russian positions near the border town, killing two soldiers.'],
  s3: ['2024-05-06', 'Ankara warns Moscow', 'Turkey threatened Russia with sanctions over the strikes.'],
  s4: ['2024-05-06', 'Turkey expels diplomats', 'Turkey expelled four Russian diplomats from Ankara.'],
};

function serve(items: string[]) {
  const server = createServer((req, res) => {
    const base = `http://${req.headers.host}`;
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Frontier Wire</title>${items.map((k) => {
        const [day, title, text] = STORIES[k]!;
        return `<item><title>${title}</title><link>${base}/${k}.html</link><description>${text}</description><pubDate>${new Date(`${day}T09:00:00Z`).toUTCString()}</pubDate></item>`;
      }).join('')}</channel></rss>`);
      return;
    }
    const k = /^\/(\w+)\.html$/.exec(req.url ?? '')?.[1];
    if (k && STORIES[k]) {
      const [, title, text] = STORIES[k]!;
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`);
      return;
    }
    res.writeHead(404); res.end();
  });
  return new Promise<{ base: string; close: () => Promise<void> }>((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  })));
}


const alertsOf = (out: string) => out.split('\n').filter((l) => l.startsWith('{"alert"')).map((l) => (JSON.parse(l) as { alert: { rule_id: string; count: number; event_ids: string[] } }).alert);

test('a rise in Turkey-Russia conflict events raises one alert, and the next poll does not raise it again', async () => {
  const items = ['s1'];
  const site = await serve(items);
  const dir = mkdtempSync(join(tmpdir(), 'entente-alerts-'));
  const db = join(dir, 'a.db');
  const rules = join(dir, 'rules.yaml');
  writeFileSync(rules, [
    'rules:',
    '  - id: tur-rus-conflict',
    '    dyad: [TUR, RUS]',
    '    quad: conflict',
    '    window: 24h',
    '    rise:',
    '      factor: 3',
    '      baseline: 7',
    '      min: 3',
  ].join('\n'));
  const args = [`${site.base}/feed.xml`, '--db', db, '--once', '--delay', '0s', '--alerts', rules];
  try {
    const first = await watch(args);
    assert.equal(first.code, 0, first.err);
    assert.deepEqual(alertsOf(first.out), [], 'one accusation three days before is no alarm');
    assert.match(first.out, /alerts raised: 0/);

    items.push('s2', 's3', 's4');
    const second = await watch(args);
    assert.equal(second.code, 0, second.err);
    const raised = alertsOf(second.out);
    assert.equal(raised.length, 1, second.out);
    assert.equal(raised[0]!.rule_id, 'tur-rus-conflict');
    assert.ok(raised[0]!.count >= 3, `count ${raised[0]!.count}`);
    assert.equal(raised[0]!.event_ids.length, raised[0]!.count, 'the alert keeps the events behind it, one per real-world event');

    const third = await watch(args);
    assert.deepEqual(alertsOf(third.out), [], 'the same window does not raise the alert twice');
    const store = await openStore(db);
    try {
      assert.equal((await store.alerts.list()).length, 1, 'stored once');
    } finally {
      await store.close();
    }
  } finally {
    await site.close();
  }
});

test('a bad rule is refused with its name, before anything is fetched', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-alerts-'));
  const rules = join(dir, 'rules.json');
  writeFileSync(rules, JSON.stringify({ rules: [{ id: 'too-many', dyad: ['TUR', 'RUS'], count: 3, deaths: 5 }] }));
  const r = await watch(['http://127.0.0.1:9/feed.xml', '--db', join(dir, 'x.db'), '--once', '--alerts', rules]);
  assert.equal(r.code, 64);
  assert.match(r.err, /rule too-many: exactly one trigger: count, rise or deaths/);
});

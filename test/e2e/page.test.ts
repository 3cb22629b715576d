// The web page as a person uses it: served by `entente serve` over the bundled samples, driven in
// headless Chromium. Screenshots go to test-output/e2e/ for a person to look at.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { StoredEvent } from '../../src/store/types.js';
import { launch, openPage, shot, skipReason, startServer, TOKEN, type Server, type Watched, apiJson } from './harness.js';

const skip = skipReason();
if (skip) process.stdout.write(`# SKIP ${skip}\n`);

interface List<T> { total: number; items: T[] }

/** Places the synthetic 10,000 events are spread over. */
const PLACES = [
  { name: 'Lagos', country: 'NGA', lat: 6.45, lon: 3.39 },
  { name: 'Lima', country: 'PER', lat: -12.05, lon: -77.04 },
  { name: 'Hanoi', country: 'VNM', lat: 21.03, lon: 105.85 },
];

describe('web page', { skip: skip ?? false }, () => {
  let server: Server;
  let browser: Browser;
  const api = <T>(path: string): Promise<T> => apiJson<T>(server.base, path);
  /** Every page must run offline and without script errors. */
  const clean = (w: Watched, allow: RegExp[] = []) => {
    assert.deepEqual(w.offsite, [], 'the page asked for something outside its own server');
    assert.deepEqual(w.errors.filter((e) => !allow.some((a) => a.test(e))), []);
  };

  before(async () => {
    server = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the timeline lists events and filters them by an actor', async () => {
    const w = await openPage(browser, server.base);
    const { page } = w;
    await page.goto(server.base);
    await page.waitForSelector('#event-count');
    const all = await api<List<StoredEvent>>('events?limit=1');
    assert.match(await page.textContent('#event-count') ?? '', new RegExp(`^${all.total} events`));
    assert.ok(await page.locator('#count-chart .bar').count() > 0, 'a count curve over the selection');
    await shot(page, 'timeline');

    await page.getByLabel('Actor').fill('RUS');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForFunction(() => /actor RUS/.test(document.querySelector('#event-count')?.textContent ?? ''));
    const rus = await api<List<StoredEvent>>('events?actor=RUS&limit=1000');
    assert.ok(rus.total > 0 && rus.total < all.total, `RUS takes part in ${rus.total} of ${all.total} events`);
    assert.match(await page.textContent('#event-count') ?? '', new RegExp(`^${rus.total} events? with actor RUS`));
    const rows = await page.locator('ol.event-list > li .ev-parties').allTextContents();
    assert.equal(rows.length, rus.total);
    for (const r of rows) assert.match(r, /RUS/);
    assert.match(page.url(), /#\/timeline\?actor=RUS/);
    await shot(page, 'timeline-rus');

    // words: kept when the sentence (or an actor or place name) holds them
    const word = 'sanctions';
    const expected = (await api<List<StoredEvent>>('events?limit=1000')).items.filter((e) =>
      [e.event_text, ...e.actor.map((p) => p.entity_text), ...e.recipient.map((p) => p.entity_text), e.event_loc?.name ?? ''].join(' ').toLowerCase().includes(word)).length;
    assert.ok(expected > 0);
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.waitForFunction(() => !/actor RUS/.test(document.querySelector('#event-count')?.textContent ?? 'actor RUS'));
    await page.getByLabel('Words in the sentence').fill(word);
    await page.keyboard.press('Enter');
    await page.waitForFunction((w) => new RegExp(`words “${w}”`).test(document.querySelector('#event-count')?.textContent ?? ''), word);
    assert.match(await page.textContent('#event-count') ?? '', new RegExp(`^${expected} events? with words`));
    for (const s of await page.locator('ol.event-list > li').allTextContents()) assert.match(s.toLowerCase(), new RegExp(word));

    // one row per real-world event: the API's distinct=true
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.waitForFunction(() => !/words/.test(document.querySelector('#event-count')?.textContent ?? 'words'));
    await page.getByLabel('One row per real-world event').check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForFunction(() => /one per real-world event/.test(document.querySelector('#event-count')?.textContent ?? ''));
    const distinct = await api<List<StoredEvent>>('events?distinct=true&limit=1');
    assert.match(page.url(), /distinct=true/);
    assert.match(await page.textContent('#event-count') ?? '', new RegExp(`^${distinct.total} events?`));
    clean(w);
    await page.context().close();
  });

  test('opening an event lands on its highlighted, focused sentence', async () => {
    const w = await openPage(browser, server.base);
    const { page } = w;
    // the event furthest into its article, so the reader has to scroll to it, found as a person
    // would: filter the timeline by its actor, then open it
    const all = await api<List<StoredEvent>>('events?limit=1000');
    const ev = all.items.filter((e) => e.actor[0]?.code).reduce((a, b) => (b.span[0] > a.span[0] ? b : a));
    const code = ev.actor[0]!.code!;
    await page.goto(`${server.base}#/timeline`);
    await page.getByLabel('Actor').fill(code);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForFunction((c) => new RegExp(`actor ${c}`).test(document.querySelector('#event-count')?.textContent ?? ''), code);
    await page.locator(`a.event-link[data-event-id="${ev.id}"]`).click();
    await page.waitForSelector('mark.sent.current');
    const current = page.locator('mark.sent.current');
    assert.equal(await current.count(), 1);
    const text = (await current.textContent())!.replace(/\s+/g, ' ').trim();
    assert.equal(text, ev.event_text.replace(/\s+/g, ' ').trim(), 'the highlighted sentence is the event\'s');
    assert.ok(await current.evaluate((el) => document.activeElement === el), 'the sentence has focus');
    const box = (await current.boundingBox())!;
    assert.ok(box.y >= 0 && box.y + Math.min(box.height, 100) <= 900, `sentence in view (y=${box.y})`);
    if (ev.span[0] > 1500) assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the reader scrolled down to it');
    // the side panel lists the events of that sentence, the chosen one marked current
    const detail = page.locator('#sentence-panel li.event-detail[aria-current="true"]');
    assert.equal(await detail.count(), 1);
    assert.match(await detail.textContent() ?? '', new RegExp(ev.event));
    // the article's actors, dates and places are highlighted too
    for (const kind of ['actor', 'time', 'place']) assert.ok(await page.locator(`#article-text .ann.${kind}`).count() > 0, `${kind} highlighted`);
    await shot(page, 'reader-event');
    clean(w);
    await page.context().close();
  });

  test('every event sentence leads to the events coded from it', async () => {
    const w = await openPage(browser, server.base);
    const { page } = w;
    const arts = await api<List<{ id: string; events: number }>>('articles?limit=50');
    const art = arts.items.reduce((a, b) => (b.events > a.events ? b : a));
    const detail = await api<{ events: StoredEvent[] }>(`articles/${art.id}`);
    await page.goto(`${server.base}#/article/${art.id}`);
    await page.waitForSelector('#article-text mark.sent');
    const buttons = page.locator('#article-text button.sent-events');
    const spans = new Set(detail.events.map((e) => `${e.span[0]}-${e.span[1]}`));
    assert.equal(await buttons.count(), spans.size, 'one button per event sentence');
    // keyboard: focus the first sentence button and press Enter
    await buttons.first().focus();
    await page.keyboard.press('Enter');
    const listed = await page.locator('#sentence-panel li.event-detail').count();
    assert.equal(String(listed), (await buttons.first().textContent())!.trim());
    const firstSpan = [...spans].map((s) => s.split('-').map(Number) as [number, number]).sort((a, b) => a[0] - b[0])[0]!;
    const expected = detail.events.filter((e) => e.span[0] === firstSpan[0]).length;
    assert.equal(listed, expected);
    // and each listed event links back to the sentence
    const link = page.locator('#sentence-panel a.permalink').first();
    assert.match(await link.getAttribute('href') ?? '', new RegExp(`^#/article/${art.id}\\?event=`));
    await shot(page, 'reader-sentence-panel');
    clean(w);
    await page.context().close();
  });

  test('the map draws offline country shapes and the event places', async () => {
    const w = await openPage(browser, server.base);
    const { page } = w;
    await page.goto(`${server.base}#/map`);
    await page.waitForSelector('svg.map-svg circle.place');
    assert.ok(await page.locator('svg.map-svg path.country').count() > 150, 'country shapes drawn');
    const events = await api<List<StoredEvent>>('events?limit=1000');
    const withCoords = new Set(events.items.filter((e) => e.event_loc?.lat !== null && e.event_loc?.lat !== undefined).map((e) => e.event_loc!.name));
    assert.equal(await page.locator('svg.map-svg circle.place').count(), withCoords.size);
    const shaded = await page.locator('svg.map-svg path.country[data-country="UKR"]').getAttribute('fill');
    assert.notEqual(shaded, '#e4e8ec', 'a country with events is shaded');
    await page.locator('svg.map-svg circle.place').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#place-panel a.event-link');
    assert.ok(await page.locator('#place-panel a.event-link').count() >= 1);
    await shot(page, 'map');
    // a whole country, chosen from the table, lists its events
    await page.locator('.place-table button', { hasText: '(UKR)' }).click();
    await page.waitForFunction(() => /the whole country/.test(document.querySelector('#place-panel h3')?.textContent ?? ''));
    const inUkr = events.items.filter((e) => e.event_loc?.country === 'UKR').length;
    assert.equal(await page.locator('#place-panel a.event-link').count(), inUkr);
    clean(w);
    await page.context().close();
  });

  test('the alliance graph draws blocs and replays them through time', async () => {
    const w = await openPage(browser, server.base);
    const { page } = w;
    await page.goto(`${server.base}#/graph`);
    await page.waitForFunction(() => /actors from/.test(document.querySelector('main .count')?.textContent ?? ''));
    const until = await page.textContent('#until-value');
    const blocs = await api<{ nodes: { id: string }[]; edges: unknown[] }>(`blocs?until=${until}&half_life=365`);
    assert.ok(blocs.nodes.length >= 4, `${blocs.nodes.length} actors in the graph`);
    assert.equal(await page.locator('.bloc-list button[data-actor]').count(), blocs.nodes.length, 'every actor listed under its bloc');
    // the canvas has something drawn on it
    const inked = await page.evaluate(() => {
      let n = 0;
      for (const c of document.querySelectorAll<HTMLCanvasElement>('#graph-canvas canvas')) {
        const ctx = c.getContext('2d');
        if (!ctx || !c.width || !c.height) continue;
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 4 * 7) if (d[i]! > 0) n++;
      }
      return n;
    });
    assert.ok(inked > 500, `graph canvas drawn (${inked} sampled pixels inked)`);
    await shot(page, 'graph');
    // an actor, then one of its ties, then the events behind it, each linked to its sentence
    await page.locator('.bloc-list button[data-actor="USA"]').click();
    await page.locator('#graph-panel ul.ties button').first().click();
    await page.waitForSelector('#graph-panel a.event-link');
    assert.match(await page.locator('#graph-panel a.event-link').first().getAttribute('href') ?? '', /^#\/article\/[^?]+\?event=/);
    // the slider steps back in time: fewer events feed the graph
    await page.locator('#until-slider').focus();
    await page.keyboard.press('Home');
    await page.waitForFunction((u) => document.querySelector('#until-value')?.textContent !== u, until);
    await page.waitForFunction(() => /actors from/.test(document.querySelector('main .count')?.textContent ?? ''));
    const first = await page.textContent('#until-value');
    assert.ok(first! < until!, `slider moved from ${until} to ${first}`);
    assert.match(page.url(), new RegExp(`until=${first}`));
    await shot(page, 'graph-first-month');
    clean(w);
    await page.context().close();
  });

  test('ingest from the page: pasted text with the token, progress, a link to the new article', async () => {
    const w = await openPage(browser, server.base);
    const { page } = w;
    await page.goto(`${server.base}#/ingest`);
    await page.getByLabel('Token', { exact: true }).fill(TOKEN);
    await page.getByLabel('Article text').fill([
      'Harbour Gazette', '',
      'Fishing talks resume after a tense week', '',
      'Norway and Iceland held talks in Reykjavik on Monday over fishing quotas, officials said.', '',
      'Iceland accused Norway of breaking the quota deal signed in 2019.', '',
    ].join('\n'));
    await page.getByLabel('Published (optional)').fill('2024-05-06');
    await page.getByRole('button', { name: 'Ingest' }).click();
    await page.waitForFunction(() => /1 of 1 done/.test(document.querySelector('#ingest-progress-text')?.textContent ?? ''));
    assert.match(await page.locator('.ingest-log').textContent() ?? '', /added, \d+ events?/);
    assert.equal(await page.locator('#ingest-progress').evaluate((p) => (p as HTMLProgressElement).value), 1);
    await shot(page, 'ingest');
    await page.locator('.ingest-log a', { hasText: 'read it' }).click();
    await page.waitForSelector('#article-title');
    assert.match(await page.textContent('#article-title') ?? '', /Fishing talks resume/);

    // files: an HTML page chosen with the file input
    await page.goto(`${server.base}#/ingest`);
    await page.getByLabel('Token', { exact: true }).fill(TOKEN);
    // dropping a file on the drop zone lists it (then it is replaced by the chosen one below)
    await page.locator('#drop-zone').evaluate((zone) => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Peru and Chile held talks in Lima on Monday.'], 'dropped.txt', { type: 'text/plain' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    assert.match(await page.locator('.file-list').textContent() ?? '', /dropped\.txt/);
    await page.reload();
    await page.getByLabel('Token', { exact: true }).fill(TOKEN);
    await page.locator('#ingest-files').setInputFiles({
      name: 'summit.html', mimeType: 'text/html',
      buffer: Buffer.from('<html><head><title>Leaders meet in Santiago</title></head><body><article><h1>Leaders meet in Santiago</h1>' +
        '<p>Chile and Argentina signed a border agreement in Santiago on Thursday, officials said.</p>' +
        '<p>Argentina praised Chile for its help after the floods.</p></article></body></html>'),
    });
    await page.getByRole('button', { name: 'Ingest' }).click();
    await page.waitForFunction(() => /1 of 1 done/.test(document.querySelector('#ingest-progress-text')?.textContent ?? ''));
    assert.match(await page.locator('.ingest-log').textContent() ?? '', /summit\.html: added, \d+ events?/);

    // a wrong token is refused, and the page says so (reloaded: a fresh form, no files chosen)
    await page.reload();
    await page.getByLabel('Token', { exact: true }).fill('wrong');
    await page.getByLabel('Article text').fill('Chile and Peru signed a trade pact in Lima on Friday.');
    await page.getByRole('button', { name: 'Ingest' }).click();
    await page.waitForFunction(() => /1 of 1 done/.test(document.querySelector('#ingest-progress-text')?.textContent ?? ''));
    assert.match(await page.locator('.ingest-log').textContent() ?? '', /401: the token was refused/);
    clean(w, [/status of 401/]);
    await page.context().close();
  });

  test('10,000 events: one page at a time, and the page stays responsive', async () => {
    const w = await openPage(browser, server.base);
    const { page } = w;
    const sample = (await api<List<StoredEvent>>('events?limit=1')).items[0]!;
    // The store answers for 10,000 events, synthesised from one real record per position.
    const served: number[] = [];
    await page.route('**/api/events?*', (route) => {
      const u = new URL(route.request().url());
      const limit = Number(u.searchParams.get('limit') ?? 50);
      // the timeline pages by cursor (here simply the offset as text), the map by offset
      const offset = Number(u.searchParams.get('cursor') ?? u.searchParams.get('offset') ?? 0);
      const n = Math.max(0, Math.min(limit, 10_000 - offset));
      served.push(n);
      const items = Array.from({ length: n }, (_, i) => {
        const k = offset + i;
        const d = new Date(Date.UTC(2015, 0, 1) + k * 86_400_000 / 3).toISOString().slice(0, 10);
        return { ...sample, id: `${sample.id}-${k}`, date: d, quad_code: (k % 4) + 1, event_loc: PLACES[k % PLACES.length]! };
      });
      return route.fulfill({ json: { total: 10_000, limit, offset, items, next: offset + n < 10_000 ? String(offset + n) : null } });
    });
    await page.route('**/api/counts?*', (route) => route.fulfill({ json: { bucket: 'month', stack: 'quad', keys: [], bars: [], total: 10_000, outside: 0, coarse: 0, range: null } }));
    const t0 = Date.now();
    await page.goto(`${server.base}#/timeline`);
    await page.waitForSelector('ol.event-list');
    const ms = Date.now() - t0;
    assert.match(await page.textContent('#event-count') ?? '', /^10,000 events/);
    assert.equal(await page.locator('ol.event-list > li').count(), 100, 'only one page in the DOM');
    const firstIds = await page.locator('ol.event-list a.event-link').evaluateAll((as) => as.map((a) => a.getAttribute('data-event-id')));
    await page.locator('.pager a[rel="next"]').first().click();
    await page.waitForFunction(() => /cursor=100/.test(location.hash) && document.querySelector('.pager a[rel="first"]') !== null);
    await page.waitForSelector('ol.event-list');
    const secondIds = await page.locator('ol.event-list a.event-link').evaluateAll((as) => as.map((a) => a.getAttribute('data-event-id')));
    assert.equal(secondIds.length, 100);
    assert.ok(!secondIds.some((id) => firstIds.includes(id)), 'the next page holds the next events');
    assert.ok(served.every((n) => n <= 1000), 'no request asked for more than 1,000 events');
    assert.ok(ms < 10_000, `first page in ${ms} ms`);
    // the map reads them in chunks and still draws
    await shot(page, 'timeline-10k');
    await page.goto(`${server.base}#/map`);
    await page.waitForFunction(() => /^10,000 events;/.test(document.querySelector('.count')?.textContent ?? ''), undefined, { timeout: 30_000 });
    assert.equal(await page.locator('svg.map-svg circle.place').count(), PLACES.length);
    await shot(page, 'map-10k');
    clean(w);
    await page.context().close();
  });

  test('keyboard and labels: a skip link, labelled controls, the current view marked', async () => {
    const w = await openPage(browser, server.base);
    const { page } = w;
    for (const view of ['timeline', 'map', 'articles', 'ingest']) {
      await page.goto(`${server.base}#/${view}`);
      await page.waitForSelector('main h2');
      const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
        .filter((el) => (el as HTMLInputElement).type !== 'hidden' && !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label'))
        .map((el) => el.outerHTML.slice(0, 80)));
      assert.deepEqual(unlabelled, [], `${view}: every control has a label`);
      assert.equal(await page.locator('nav a[aria-current="page"]').getAttribute('data-view'), view);
    }
    // text contrast (WCAG AA: 4.5:1, 3:1 for large text) on the busiest views
    for (const view of ['timeline', `article/${(await api<List<{ id: string }>>('articles?limit=1')).items[0]!.id}`, 'graph', 'map']) {
      await page.goto(`${server.base}#/${view}`);
      await page.waitForSelector('main h2');
      await page.waitForTimeout(300);
      const low = await page.evaluate(lowContrast);
      assert.deepEqual(low, [], `${view}: text below AA contrast`);
    }
    // a fresh load: the first Tab reaches the skip link, which moves focus to the content
    await page.goto(`${server.base}#/timeline`);
    await page.reload();
    await page.waitForSelector('#event-count');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    clean(w);
    await page.context().close();
  });
});

/** Runs in the page: visible text whose colour against its background is below WCAG AA. */
function lowContrast(): string[] {
  const rgb = (c: string): [number, number, number, number] => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 1];
  };
  const lum = ([r, g, b]: number[]) => {
    const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const background = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c[3] > 0.5) return c;
    }
    return [255, 255, 255, 1];
  };
  const out: string[] = [];
  const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent?.trim() || el.closest('svg, [aria-hidden="true"], .sr-only, option')) continue;
    const st = getComputedStyle(el);
    if (st.visibility === 'hidden' || st.display === 'none' || el.getClientRects().length === 0) continue;
    const fg = rgb(st.color);
    const bg = background(el);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x) as [number, number];
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(st.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(st.fontWeight) >= 700);
    const disabled = el.closest('[aria-disabled="true"], :disabled');
    if (!disabled && ratio < (large ? 3 : 4.5)) out.push(`${ratio.toFixed(2)} ${el.tagName.toLowerCase()}.${el.className}: ${n.textContent.trim().slice(0, 40)}`);
  }
  return [...new Set(out)].slice(0, 20);
}

// The analyst's page (issue 19) in Chromium over the bundled samples: brushing a period on the
// count curve, opening the alliances of that period from its link, exporting the current filter,
// and finding an actor by name. Screenshots go to test-output/e2e/.
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { StoredEvent } from '../../src/store/types.js';
import { launch, openPage, shot, skipReason, startServer, type Server, apiJson } from './harness.js';

const skip = skipReason();
if (skip) process.stdout.write(`# SKIP ${skip}\n`);

interface List<T> { total: number; items: T[] }

/** The days a stored date covers (YYYY, YYYY-MM or YYYY-MM-DD). */
function span(d: string): [string, string] {
  if (d.length === 4) return [`${d}-01-01`, `${d}-12-31`];
  if (d.length === 7) return [`${d}-01`, `${d}-31`];
  return [d.slice(0, 10), d.slice(0, 10)];
}

describe('the analyst\'s page', { skip: skip ?? false }, () => {
  let server: Server;
  let browser: Browser;
  const api = <T>(path: string): Promise<T> => apiJson<T>(server.base, path);
  const listedIds = (page: Page) => page.locator('ol.event-list a.event-link').evaluateAll((as) => as.map((a) => a.getAttribute('data-event-id')));

  before(async () => {
    server = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Drags across the curve from the first bar holding events to the last; returns the period chosen. */
  async function brush(page: Page): Promise<{ since: string; until: string }> {
    await page.waitForSelector('#count-chart .bar');
    const bars = page.locator('#count-chart .bar');
    const labels = await bars.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
    const full = labels.map((l, i) => ({ i, n: Number(/: ([\d,]+) events/.exec(l)?.[1]?.replace(/,/g, '') ?? 0) })).filter((x) => x.n > 0);
    assert.ok(full.length >= 2, `bars with events: ${full.length}`);
    const a = full[0]!.i, b = full[full.length - 1]!.i;
    const boxA = (await bars.nth(a).boundingBox())!, boxB = (await bars.nth(b).boundingBox())!;
    const since = (await bars.nth(a).getAttribute('data-start'))!, until = (await bars.nth(b).getAttribute('data-end'))!;
    await page.mouse.move(boxA.x + boxA.width / 2, boxA.y + boxA.height / 2);
    await page.mouse.down();
    await page.mouse.move((boxA.x + boxB.x) / 2, boxA.y + boxA.height / 2, { steps: 5 });
    await page.mouse.move(boxB.x + boxB.width / 2, boxB.y + boxB.height / 2, { steps: 5 });
    await page.mouse.up();
    return { since, until };
  }

  test('brushing a period zooms the curve and the event list into it', async () => {
    const { page } = await openPage(browser, server.base);
    await page.goto(`${server.base}#/timeline`);
    await page.waitForSelector('ol.event-list');
    await shot(page, 'analyst-timeline', true);
    const { since, until } = await brush(page);
    await page.waitForFunction(([s, u]) => location.hash.includes(`since=${s}`) && location.hash.includes(`until=${u}`), [since, until]);
    await page.waitForSelector('ol.event-list');
    await page.waitForSelector('#count-chart .bar');
    // the list is the API's newest-first page of that period, and every event falls in it
    const expected = await api<List<StoredEvent>>(`events?since=${since}&until=${until}&order=newest&limit=100`);
    assert.deepEqual(await listedIds(page), expected.items.map((e) => e.id));
    const dates = await page.locator('ol.event-list .ev-date').allTextContents();
    for (const d of dates) {
      const [s, e] = span(d);
      assert.ok(s <= until && e >= since, `${d} is outside ${since}..${until}`);
    }
    // the curve now covers only the period
    const starts = await page.locator('#count-chart .bar').evaluateAll((bs) => bs.map((b) => [b.getAttribute('data-start'), b.getAttribute('data-end')]));
    assert.ok(starts.every(([s, e]) => s! <= until && e! >= since), 'every bar inside the brushed period');
    assert.match(await page.textContent('#selection') ?? '', new RegExp(`from ${since}, to ${until}`));
    await shot(page, 'analyst-brushed', true);
    await page.context().close();
  });

  test('the link of a period opens the alliance graph on exactly that period', async () => {
    const { page } = await openPage(browser, server.base);
    await page.goto(`${server.base}#/timeline`);
    await page.waitForSelector('ol.event-list');
    const { since, until } = await brush(page);
    await page.waitForFunction((u) => location.hash.includes(`until=${u}`), until);
    await page.locator('#graph-period').click();
    await page.waitForFunction(() => location.hash.startsWith('#/graph'));
    await page.waitForFunction((s) => new RegExp(`^From ${s} up to`).test(document.querySelector('main .count')?.textContent ?? ''), since, { timeout: 30_000 });
    assert.match(await page.textContent('main .count') ?? '', new RegExp(`^From ${since} up to ${until} `));
    assert.equal(await page.textContent('#until-value'), until, 'the slider stands on the last day of the period');
    assert.equal(await page.inputValue('#graph-from'), since);
    assert.equal(await page.inputValue('#graph-until'), until);
    // the graph counts the events of the period only
    const blocs = await api<{ events: number }>(`blocs?since=${since}&until=${until}`);
    assert.match(await page.textContent('main .count') ?? '', new RegExp(`from ${blocs.events} events`));
    await shot(page, 'analyst-graph-period');
    // the most active actors by default (30: all of the sample's), fewer on request; the drawing and the lists agree
    assert.equal(await page.inputValue('#graph-top'), '30');
    const all = await api<{ nodes: { id: string; events: number }[]; actors: number }>(`blocs?since=${since}&until=${until}&half_life=365&top=0`);
    assert.ok(all.actors > 10, `actors in the period: ${all.actors}`);
    await page.selectOption('#graph-top', '10');
    await page.waitForFunction(() => / the 10 most active of \d+ actors /.test(document.querySelector('main .count')?.textContent ?? ''));
    assert.match(await page.textContent('main .count') ?? '', new RegExp(` the 10 most active of ${all.actors} actors `));
    await page.waitForFunction(() => document.querySelector('#graph-canvas')?.getAttribute('data-actors') === '10');
    const listed = (await page.locator('.bloc-list [data-actor]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-actor')))).sort();
    const most = [...all.nodes].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1)).slice(0, 10).map((n) => n.id).sort();
    assert.deepEqual(listed, most, 'the blocs list names the 10 most active actors, those drawn');
    assert.match(await page.evaluate(() => location.hash), /top=10/);
    await shot(page, 'analyst-graph-top10');
    await page.context().close();
  });

  test('export downloads exactly the current filter', async () => {
    const { page } = await openPage(browser, server.base);
    await page.goto(`${server.base}#/timeline?actor=RUS`);
    await page.waitForSelector('ol.event-list');
    await shot(page, 'analyst-export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#exports a[data-format="csv"]').click()]);
    assert.equal(download.suggestedFilename(), 'entente-events.csv');
    const rows = readFileSync((await download.path())!, 'utf8').trim().split('\n');
    const rus = await api<List<StoredEvent>>('events?actor=RUS&limit=1000');
    assert.equal(rows.length - 1, rus.total, 'a header and one row per event of the filter');
    const all = await api<List<StoredEvent>>('events?limit=1');
    assert.ok(rus.total < all.total, 'the filter narrowed the export');
    const [jsonl] = await Promise.all([page.waitForEvent('download'), page.locator('#exports a[data-format="jsonl"]').click()]);
    const records = readFileSync((await jsonl.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { actor: { code: string | null }[] });
    assert.equal(records.length, rus.total);
    assert.ok(records.every((r) => r.actor.some((a) => a.code === 'RUS')));
    await page.context().close();
  });

  test('an actor found by name, with suggestions, and a hint for a name that matches nothing', async () => {
    const { page } = await openPage(browser, server.base);
    await page.goto(`${server.base}#/timeline`);
    await page.waitForSelector('ol.event-list');
    await page.getByLabel('Actor (who acts)').pressSequentially('russ');
    await page.waitForFunction(() => [...document.querySelectorAll('#actor-list option')].some((o) => (o as HTMLOptionElement).value === 'Russia'));
    await page.getByLabel('Actor (who acts)').fill('Russia');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForFunction(() => /with actor Russia/.test(document.querySelector('#event-count')?.textContent ?? ''));
    const rus = await api<List<StoredEvent>>('events?actor=RUS&limit=1000');
    assert.match(await page.textContent('#event-count') ?? '', new RegExp(`^${rus.total} events? with actor Russia`));
    const newest = await api<List<StoredEvent>>('events?actor=RUS&order=newest&limit=100');
    assert.deepEqual(await listedIds(page), newest.items.map((e) => e.id));
    await shot(page, 'analyst-actor-by-name', true);
    await page.getByLabel('Actor (who acts)').fill('Russ');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForSelector('.error');
    assert.match(await page.textContent('.error') ?? '', /no actor is named or coded "Russ"; did you mean "Russia"/);
    await shot(page, 'analyst-actor-hint');
    await page.context().close();
  });
});

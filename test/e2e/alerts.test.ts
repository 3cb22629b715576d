// The Alerts view in Chromium: an alert the watch raised is listed with links to its events, and a
// link opens the reader on the event's sentence. Skipped (with the reason) without Chromium.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';
import { openStore } from '../../src/store/index.js';
import { launch, openPage, shot, skipReason } from './harness.js';

const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');
const skip = skipReason();
if (skip) process.stdout.write(`# SKIP ${skip}\n`);

describe('alerts on the page', { skip: skip ?? false }, () => {
  test('an alert lists its events, and a link opens the reader on one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-e2e-alerts-'));
    const db = join(dir, 'a.db');
    assert.equal(spawnSync(process.execPath, [BIN, 'demo', '--db', db], { cwd: repoRoot() }).status, 0);
    const store = await openStore(db);
    const events = (await store.events({ limit: 3 }));
    await store.alerts.save({
      id: 'demo-rule:2024-05-06..2024-05-06', rule_id: 'demo-rule', window_start: '2024-05-06', window_end: '2024-05-06', count: events.length,
      baseline: 0.5, message: `Demo: ${events.length} events in 24h`, event_ids: events.map((e) => e.id), raised_at: new Date().toISOString(),
    });
    await store.close();
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { cwd: repoRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
    const base = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 20_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /serving (http:\/\/[^\s/]+)\/api/.exec(out);
        if (m) { clearTimeout(timer); resolve(`${m[1]}/`); }
      });
    });
    const browser = await launch();
    try {
      const { page, offsite, errors } = await openPage(browser, base);
      await page.goto(`${base}#/alerts`);
      await page.waitForSelector('.alert-item');
      assert.match(await page.locator('.alert-message').first().innerText(), /Demo: 3 events in 24h/);
      assert.equal(await page.locator('.alert-event').count(), 3);
      await shot(page, 'alerts');
      await page.locator('.alert-event').first().click();
      await page.waitForSelector('.reader, article, mark', { timeout: 10_000 });
      assert.match(page.url(), new RegExp(`event=${encodeURIComponent(events[0]!.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.deepEqual(offsite, []);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

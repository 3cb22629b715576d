// What the page tests share: a store built from samples/, `entente serve` on a free port, and a
// headless Chromium that may only talk to that server (any other request fails the test).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../../src/data.js';

export const CHROMIUM = process.env['ENTENTE_CHROMIUM'] ?? '/usr/bin/chromium';
const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');
export const TOKEN = 'e2e-test-token';
/** Screenshots land here (git-ignored) for a person to look at. */
export const SHOTS = join(repoRoot(), 'test-output', 'e2e');

/** Why the page tests cannot run here, or null when they can. */
export function skipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install -y chromium): web page tests skipped`;
  if (!existsSync(join(repoRoot(), 'dist', 'web', 'index.html'))) return 'dist/web is not built (npm run build): web page tests skipped';
  return null;
}

export interface Server {
  base: string;
  stop: () => Promise<void>;
}

/** A store holding the bundled samples, served with writes enabled (token TOKEN). */
export async function startServer(): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-e2e-'));
  const db = join(dir, 'e2e.db');
  const demo = spawnSync(process.execPath, [BIN, 'demo', '--db', db], { encoding: 'utf8', cwd: repoRoot() });
  if (demo.status !== 0) throw new Error(`demo failed: ${demo.stderr}`);
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], {
    cwd: repoRoot(), env: { ...process.env, ENTENTE_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out} ${err}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/[^\s/]+)\/api/.exec(out);
      if (m) { clearTimeout(timer); resolve(`${m[1]}/`); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited ${code}: ${err}`)); });
  });
  return {
    base,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Watched {
  page: Page;
  /** Requests that left the server's origin (the page must need none). */
  offsite: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** A fresh page that may only reach `base`; everything else is aborted and recorded. */
export async function openPage(browser: Browser, base: string, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const offsite: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return { page, offsite, errors };
}

export async function shot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** A JSON reply of the served API, which must answer 200. */
export async function apiJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(new URL(`api/${path}`, base));
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  return (await res.json()) as T;
}

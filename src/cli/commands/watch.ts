// entente watch SOURCE... [--db DB] [--once] [--every 15m]: poll RSS/Atom feeds (or pages), store
// what is new through the one ingest path, and remember what was taken (src/watch). A SOURCE is a
// URL or a file listing URLs, one a line (# starts a comment).
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_WATCH, pollOnce, type PollSummary } from '../../watch/poll.js';
import { loadRules, type AlertRule } from '../../watch/rules.js';
import { postAlerts, raiseAlerts } from '../../watch/alerts.js';
import { openCliStore } from '../store.js';
import { parse } from '../args.js';
import { UsageError, noInput } from '../errors.js';

/** "15m", "1h", "90s" -> milliseconds. */
function interval(v: string): number {
  const m = /^(\d+)(s|m|h)$/.exec(v.trim());
  if (!m || Number(m[1]) === 0) throw new UsageError(`--every: expected a duration such as 90s, 15m or 1h (got ${v})`);
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
}

/** "0s", "500ms", "2s": a short duration (--delay, --timeout). */
function delay(v: string): number {
  const m = /^(\d+)(ms|s)$/.exec(v.trim());
  if (!m) throw new UsageError(`expected a duration such as 500ms or 2s (got ${v})`);
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
}

function sourcesOf(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (/^https?:\/\//i.test(a)) { out.push(a); continue; }
    if (!existsSync(a)) throw noInput(`${a}: not a URL and no such file`);
    for (const line of readFileSync(a, 'utf8').split(/\r?\n/)) {
      const url = line.replace(/#.*/, '').trim();
      if (!url) continue;
      if (!/^https?:\/\//i.test(url)) throw new UsageError(`${a}: "${url}" is not an http(s) URL`);
      out.push(url);
    }
  }
  if (out.length === 0) throw new UsageError('watch: give at least one feed URL or a file of URLs');
  return out;
}

function report(s: PollSummary, alerts: number): string {
  const lines = [`sources polled: ${s.sources}; not modified: ${s.notModified}; failed: ${s.failed.length}; items new: ${s.itemsNew}; stored: ${s.stored}; skipped: ${s.skipped.length}; events added: ${s.events}; alerts raised: ${alerts}`];
  for (const f of s.failed) lines.push(`  failed ${f.url}: ${f.reason}`);
  for (const k of s.skipped) lines.push(`  skipped ${k.url}: ${k.reason}`);
  return lines.join('\n') + '\n';
}

export async function watchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { db: { type: 'string' }, once: { type: 'boolean' }, every: { type: 'string' }, delay: { type: 'string' }, timeout: { type: 'string' }, alerts: { type: 'string' }, webhook: { type: 'string' } }, 'watch');
  const sources = sourcesOf(positionals);
  const every = interval((values.every as string | undefined) ?? '15m');
  const contact = process.env['ENTENTE_CONTACT'];
  const options = { ...DEFAULT_WATCH, ...(contact ? { userAgent: `entente-watch/0.1 (${contact})` } : {}) };
  if (values.delay !== undefined) options.hostDelayMs = delay(values.delay as string);
  if (values.timeout !== undefined) options.timeoutMs = Math.max(1, delay(values.timeout as string));
  let rules: AlertRule[] = [];
  if (values.alerts !== undefined) {
    try { rules = loadRules(values.alerts as string); } catch (e) { throw new UsageError((e as Error).message); }
  }
  const webhook = values.webhook as string | undefined;
  if (webhook !== undefined && !/^https?:\/\//i.test(webhook)) throw new UsageError(`--webhook: expected an http(s) URL (got ${webhook})`);
  const { store } = await openCliStore(values.db as string | undefined, false);
  let stop = false;
  const onInt = (): void => { stop = true; process.stderr.write('entente: watch: stopping after this poll\n'); };
  process.once('SIGINT', onInt);
  try {
    for (;;) {
      const log = (l: string): void => { process.stderr.write(`entente: ${l}\n`); };
      const summary = await pollOnce(store, sources, options, log);
      const raised = rules.length ? await raiseAlerts(store, rules) : [];
      for (const a of raised) process.stdout.write(JSON.stringify({ alert: a }) + '\n');
      if (webhook && raised.length) await postAlerts(webhook, raised, log);
      process.stdout.write(report(summary, raised.length));
      if (values.once === true || stop) return 0;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, every);
        process.once('SIGINT', () => { clearTimeout(t); resolve(); });
      });
      if (stop) return 0;
    }
  } finally {
    process.off('SIGINT', onInt);
    await store.close();
  }
}

// entente watch SOURCE... [--db DB] [--once] [--every 15m]: poll RSS/Atom feeds (or pages), store
// what is new through the one ingest path, and remember what was taken (src/watch). A SOURCE is a
// URL or a file listing URLs, one a line (# starts a comment).
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseYaml } from '../../actors/yaml.js';
import { DEFAULT_WATCH, pollOnce, storeHere, type PollSummary, type Take, type WatchedSource } from '../../watch/poll.js';
import { enqueueInput } from '../../cluster/enqueue.js';
import { DEFAULT_QUEUE } from '../../cluster/queue.js';
import { requireRedis, withQueue } from './queue.js';
import { loadRules, type AlertRule } from '../../watch/rules.js';
import { postAlerts, raiseAlerts } from '../../watch/alerts.js';
import { openCliStore } from '../store.js';
import { parse } from '../args.js';
import { UsageError, noInput } from '../errors.js';
import { at } from '../../at.js';

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

/** A source file in JSON or YAML: {sources: [{url, label?, every?}]}; checked, errors name the entry. */
const SourcesFile = z.strictObject({
  sources: z.array(z.strictObject({
    url: z.string().regex(/^https?:\/\//i, 'an http(s) URL'),
    label: z.string().min(1).max(300).optional(),
    every: z.string().optional(),
  })).min(1),
});

type Source = WatchedSource & { everyMs: number | null };

function sourcesOf(args: string[]): Source[] {
  const out: Source[] = [];
  for (const a of args) {
    if (/^https?:\/\//i.test(a)) { out.push({ url: a, everyMs: null }); continue; }
    if (!existsSync(a)) throw noInput(`${a}: not a URL and no such file`);
    const text = readFileSync(a, 'utf8');
    if (/\.(json|ya?ml)$/i.test(a)) {
      let raw: unknown;
      try { raw = /\.json$/i.test(a) ? JSON.parse(text) : parseYaml(text); } catch (e) { throw new UsageError(`${a}: ${(e as Error).message}`); }
      const r = SourcesFile.safeParse(raw);
      if (!r.success) {
        const issue = at(r.error.issues, 0);
        throw new UsageError(`${a}: ${issue.path.join('.') || 'file'}: ${issue.message}`);
      }
      for (const s of r.data.sources) out.push({ url: s.url, ...(s.label ? { label: s.label } : {}), everyMs: s.every ? interval(s.every) : null });
      continue;
    }
    for (const line of text.split(/\r?\n/)) {
      const url = line.replace(/#.*/, '').trim();
      if (!url) continue;
      if (!/^https?:\/\//i.test(url)) throw new UsageError(`${a}: "${url}" is not an http(s) URL`);
      out.push({ url, everyMs: null });
    }
  }
  if (out.length === 0) throw new UsageError('watch: give at least one feed URL or a file of URLs');
  return out;
}

function report(s: PollSummary, alerts: number): string {
  const lines = [`sources polled: ${s.sources}; not modified: ${s.notModified}; failed: ${s.failed.length}; items new: ${s.itemsNew}; stored: ${s.stored}; queued: ${s.queued}; skipped: ${s.skipped.length}; events added: ${s.events}; alerts raised: ${alerts}`];
  for (const f of s.failed) lines.push(`  failed ${f.url}: ${f.reason}`);
  for (const k of s.skipped) lines.push(`  skipped ${k.url}: ${k.reason}`);
  return lines.join('\n') + '\n';
}

export async function watchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { db: { type: 'string' }, once: { type: 'boolean' }, every: { type: 'string' }, delay: { type: 'string' }, timeout: { type: 'string' }, alerts: { type: 'string' }, webhook: { type: 'string' }, redis: { type: 'string' }, queue: { type: 'string' } }, 'watch');
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
  const redis = values.redis === undefined ? null : requireRedis(values.redis, 'watch --redis');
  const { store } = await openCliStore(values.db as string | undefined, false);
  let stop = false;
  let wake: (() => void) | null = null;
  // Ctrl-C finishes the poll in flight (or ends the wait) and exits 0.
  const onInt = (): void => { stop = true; process.stderr.write('entente: watch: stopping after this poll\n'); wake?.(); };
  process.on('SIGINT', onInt);
  const run = async (take: Take): Promise<number> => {
    // Each source is polled on its own interval (the file's "every", else --every); the loop wakes
    // for the next one due.
    const due = new Map<string, number>(sources.map((s) => [s.url, 0]));
    for (;;) {
      const now = Date.now();
      const batch = values.once === true ? sources : sources.filter((s) => due.get(s.url)! <= now);
      for (const s of batch) due.set(s.url, now + (s.everyMs ?? every));
      const log = (l: string): void => { process.stderr.write(`entente: ${l}\n`); };
      const summary = await pollOnce(store, batch, options, log, take);
      const raised = rules.length ? await raiseAlerts(store, rules) : [];
      for (const a of raised) process.stdout.write(JSON.stringify({ alert: a }) + '\n');
      if (webhook && raised.length) await postAlerts(webhook, raised, log);
      process.stdout.write(report(summary, raised.length));
      if (values.once === true || stop) return 0;
      const wait = Math.max(0, Math.min(...due.values()) - Date.now());
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, wait);
        wake = () => { clearTimeout(t); resolve(); };
      });
      wake = null;
      if (stop) return 0;
    }
  };
  try {
    // --redis: pages go to the workers' queue; the watch state stays in this store
    return redis ? await withQueue(redis, (values.queue as string | undefined) ?? DEFAULT_QUEUE, (q) => run(async (input) => {
      const r = await enqueueInput(q, input);
      return r.status === 'skipped' ? r : { status: 'queued', articleId: null, events: 0, note: r.status === 'already' ? 'already queued' : null };
    })) : await run(storeHere(store));
  } finally {
    process.off('SIGINT', onInt);
    await store.close();
  }
}

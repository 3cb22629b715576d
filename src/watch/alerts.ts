// Raising alerts after a poll: each rule counts distinct real-world events in its latest window,
// which ends on the latest day the store has events for (news is dated by day, and a backfill of
// last month should alert like a live watch). An alert is stored once per rule and window.
import type { Store } from '../store/index.js';
import { shiftDay } from '../store/dates.js';
import type { StoredAlert } from '../store/alerts.js';
import type { AlertRule } from './rules.js';


function label(r: AlertRule): string {
  const who = r.dyad ? `${r.dyad[0]}–${r.dyad[1]}` : r.actor ?? 'all actors';
  const what = [r.quad?.replace('-', ' '), r.types.join('/')].filter(Boolean).join(' ') || 'all';
  return `${who}: ${what} events`;
}

export async function raiseAlerts(store: Store, rules: readonly AlertRule[], now = new Date()): Promise<StoredAlert[]> {
  const end = await store.alerts.latestDay();
  if (!end) return [];
  const out: StoredAlert[] = [];
  for (const r of rules) {
    const windowOf = (k: number) => ({ from: shiftDay(end, -(k + 1) * r.days + 1), to: shiftDay(end, -k * r.days) });
    const q = { ...(r.dyad ? { a: r.dyad[0], b: r.dyad[1] } : r.actor ? { a: r.actor } : {}), types: r.types, quads: r.quads };
    const cur = windowOf(0);
    const events = await store.alerts.events({ ...q, ...cur });
    let baseline: number | null = null;
    let message: string | null = null;
    if (r.count !== undefined && events.length >= r.count) {
      message = `${label(r)}: ${events.length} in ${r.window} (threshold ${r.count})`;
    } else if (r.rise) {
      let sum = 0;
      for (let k = 1; k <= r.rise.baseline; k++) sum += (await store.alerts.events({ ...q, ...windowOf(k) })).length;
      baseline = sum / r.rise.baseline;
      if (events.length >= r.rise.min && events.length >= r.rise.factor * baseline && events.length > baseline) {
        message = `${label(r)}: ${events.length} in ${r.window}, ${baseline === 0 ? 'none' : `${(events.length / baseline).toFixed(1)}x the mean of ${baseline.toFixed(1)}`} in the ${r.rise.baseline} windows before`;
      }
    } else if (r.deaths !== undefined) {
      const worst = events.filter((e) => e.dead >= r.deaths!);
      if (worst.length) message = `${label(r)}: ${worst.length} event(s) with at least ${r.deaths} dead in ${r.window}`;
    }
    if (!message) continue;
    const alert: StoredAlert = {
      id: `${r.id}:${cur.from}..${cur.to}`, rule_id: r.id, window_start: cur.from, window_end: cur.to, count: events.length, baseline,
      message, event_ids: events.map((e) => e.id), raised_at: now.toISOString(),
    };
    if (await store.alerts.save(alert)) out.push(alert);
  }
  return out;
}

/** POSTs each alert as JSON, retried 3 times with a growing pause; never throws, says what failed. */
export async function postAlerts(url: string, alerts: readonly StoredAlert[], log: (line: string) => void): Promise<void> {
  for (const a of alerts) {
    let last = '';
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a), signal: AbortSignal.timeout(5000) });
        await res.body?.cancel();
        if (res.ok) { last = ''; break; }
        last = `HTTP ${res.status}`;
      } catch (e) {
        last = (e as Error).message;
      }
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
    if (last) log(`watch: webhook ${url}: alert ${a.id} not delivered (${last})`);
  }
}

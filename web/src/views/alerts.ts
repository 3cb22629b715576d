// Alerts: what `entente watch --alerts` raised, newest first, each with links to the events behind
// it (the reader opens on the sentence). The list refreshes every 30 s while shown, and says how
// many alerts arrived since the page was opened.
import { api, eventHref } from '../api.js';
import type { StoredAlert } from '../types.js';
import { announce, clear, fmt, h } from '../dom.js';
import type { Route } from '../route.js';
import { errorBox } from './common.js';

const REFRESH_MS = 30_000;
/** Alert ids present when the page was first opened: what arrives later is marked new. */
let seenAtOpen: Set<string> | null = null;

function item(a: StoredAlert, isNew: boolean): HTMLElement {
  return h('li', { class: `alert-item${isNew ? ' new' : ''}`, 'data-alert-id': a.id },
    h('p', { class: 'alert-message' }, isNew ? h('strong', { class: 'badge-new' }, 'new ') : null, a.message),
    h('p', { class: 'muted' }, `rule ${a.rule_id} · window ${a.window_start === a.window_end ? a.window_start : `${a.window_start} – ${a.window_end}`} · raised ${a.raised_at.slice(0, 16).replace('T', ' ')} UTC`),
    h('p', {}, 'Events behind it: ', ...a.event_ids.flatMap((id, i) => [i ? ', ' : '', h('a', { href: eventHref({ id }), class: 'alert-event' }, `#${i + 1}`)])));
}

export async function alertsView(root: HTMLElement, _route: Route, signal: AbortSignal): Promise<void> {
  const body = h('div', { 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading…'));
  clear(root);
  root.append(h('h2', {}, 'Alerts'), h('p', { class: 'hint' }, 'Raised by entente watch --alerts RULES when a relationship turns; refreshed every 30 seconds.'), body);
  const load = async (): Promise<void> => {
    try {
      const list = await api.alerts(signal);
      seenAtOpen ??= new Set(list.items.map((a) => a.id));
      const fresh = list.items.filter((a) => !seenAtOpen!.has(a.id)).length;
      clear(body);
      body.removeAttribute('aria-busy');
      body.append(h('p', { class: 'count', id: 'alert-count' }, `${fmt.format(list.total)} alert${list.total === 1 ? '' : 's'}${fresh ? `, ${fresh} new since you opened the page` : ''}.`));
      if (list.total === 0) body.append(h('p', { class: 'hint' }, 'No alert yet. Start a watch with a rules file: entente watch FEED --alerts rules.yaml'));
      else body.append(h('ol', { class: 'alert-list' }, list.items.map((a) => item(a, !seenAtOpen!.has(a.id)))));
      if (fresh) announce(`${fresh} new alerts`);
    } catch (err) {
      if (signal.aborted) return;
      clear(body);
      body.removeAttribute('aria-busy');
      body.append(errorBox(err));
    }
  };
  await load();
  const timer = setInterval(() => { if (!signal.aborted) void load(); }, REFRESH_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}

// The timeline: filtered events, one page at a time (a 10,000-event store never reaches the DOM
// at once), drawn on a time axis in four lanes by quad class and listed below with links to
// their sentences.
import { api, eventHref } from '../api.js';
import { dateStart, ticks } from '../dates.js';
import { announce, clear, fmt, h, s } from '../dom.js';
import { QUADS, quad } from '../quad.js';
import { go, href, type Route } from '../route.js';
import type { StoredEvent } from '../types.js';
import { errorBox, eventItem, filterForm, filtersFrom, pager, partyText, suggestActors, type EventFilters } from './common.js';

const PAGE_SIZES = [50, 100, 200, 500];

export async function timelineView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const f = filtersFrom(route.params);
  const limit = PAGE_SIZES.includes(Number(route.params.get('size'))) ? Number(route.params.get('size')) : 100;
  const offset = Math.max(0, Number(route.params.get('offset')) || 0);
  const to = (next: Partial<EventFilters> & { offset?: number; size?: number }) => {
    const { distinct, ...rest } = { ...f, size: limit === 100 ? undefined : limit, offset: undefined, ...next };
    return href('timeline', { ...rest, distinct: distinct ? 'true' : undefined, offset: rest.offset || undefined });
  };

  const form = filterForm(f, (next) => go(to({ ...next, offset: 0 })));
  void suggestActors(form, async () => (await api.actors({ limit: 100 }, signal)).items);
  const sizeSelect = h('select', { id: 'page-size' }, PAGE_SIZES.map((n) => h('option', { value: n, selected: n === limit }, String(n))));
  sizeSelect.addEventListener('change', () => go(to({ size: Number(sizeSelect.value), offset: 0 })));
  const body = h('div', { class: 'timeline-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading events…'));

  clear(root);
  root.append(
    h('h2', {}, 'Timeline'),
    form,
    h('div', { class: 'row' }, legend(), h('div', { class: 'field inline' }, h('label', { for: 'page-size' }, 'Events per page'), sizeSelect)),
    body,
  );

  try {
    // words are matched by the server (sentence, parties' words, place name), so every page is one request
    // newest first: what changed lately leads, and old background dates do not fill page 1
    const filter = { actor: f.actor, recipient: f.recipient, type: f.type, since: f.since, until: f.until, distinct: f.distinct, q: f.q || undefined, order: 'newest' as const };
    const page: { total: number; items: StoredEvent[] } = await api.events({ ...filter, limit, offset }, signal);
    clear(body);
    body.removeAttribute('aria-busy');
    const filtered = [f.actor && `actor ${f.actor}`, f.recipient && `recipient ${f.recipient}`, f.type && `type ${f.type}`, f.since && `from ${f.since}`, f.until && `to ${f.until}`, f.q && `words “${f.q}”`, f.distinct && 'one per real-world event'].filter(Boolean);
    body.append(h('p', { class: 'count', id: 'event-count' },
      `${fmt.format(page.total)} event${page.total === 1 ? '' : 's'}${filtered.length ? ` with ${filtered.join(', ')}` : ''}.`));
    announce(`${page.total} events`);
    if (page.total === 0) return;
    const pg = () => pager(page.total, limit, offset, (off) => to({ offset: off }), 'Event');
    body.append(chart(page.items), pg(), h('ol', { class: 'event-list', 'aria-label': 'Events on this page', start: offset + 1 }, page.items.map((ev) => eventItem(ev, [sentencePreview(ev)]))), pg());
  } catch (err) {
    if (signal.aborted) return;
    clear(body);
    body.removeAttribute('aria-busy');
    body.append(errorBox(err));
  }
}

function sentencePreview(ev: StoredEvent): HTMLElement {
  return h('p', { class: 'ev-sentence' }, ev.event_text.length > 240 ? `${ev.event_text.slice(0, 240)}…` : ev.event_text);
}

function legend(): HTMLElement {
  return h('ul', { class: 'legend', 'aria-label': 'Quad classes' },
    QUADS.map((q) => h('li', {}, h('span', { class: `badge quad-${q.code}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), q.label))));
}

const W = 1000;
const LANE = 40;
const TOP = 12;
const LEFT = 150;

/** This page's events on a time axis, one lane per quad class. The list below holds the same links for keyboards and screen readers. */
function chart(events: StoredEvent[]): HTMLElement {
  const dated = events.map((ev) => ({ ev, t: dateStart(ev.date) })).filter((d): d is { ev: StoredEvent; t: number } => d.t !== null);
  const height = TOP + LANE * 4 + 28;
  const figure = h('figure', { class: 'chart' });
  if (dated.length === 0) {
    figure.append(h('figcaption', {}, 'None of the events on this page is dated.'));
    return figure;
  }
  let [lo, hi] = bulkRange(dated);
  if (hi - lo < 86_400_000 * 14) { lo -= 86_400_000 * 7; hi += 86_400_000 * 7; }
  const outside = dated.filter((d) => d.t < lo || d.t > hi).length;
  const x = (t: number) => LEFT + ((t - lo) / (hi - lo)) * (W - LEFT - 20);
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'timeline-svg', 'aria-hidden': 'true', focusable: 'false' });
  for (const q of QUADS) {
    const y = TOP + (q.code - 1) * LANE;
    svg.append(
      s('rect', { x: 0, y, width: W, height: LANE, class: q.code % 2 ? 'lane odd' : 'lane' }),
      s('text', { x: 8, y: y + LANE / 2 + 4, class: 'lane-label' }, q.label),
    );
  }
  for (const tk of ticks(lo, hi)) {
    svg.append(
      s('line', { x1: x(tk.t), x2: x(tk.t), y1: TOP, y2: TOP + 4 * LANE, class: 'tick' }),
      s('text', { x: x(tk.t), y: TOP + 4 * LANE + 16, class: 'tick-label', 'text-anchor': 'middle' }, tk.label),
    );
  }
  // Events on the same day in the same lane fan out vertically instead of hiding each other.
  const stack = new Map<string, number>();
  for (const { ev, t } of dated) {
    if (t < lo || t > hi) continue;
    const q = quad(ev.quad_code);
    const px = x(t);
    const key = `${q.code}:${Math.round(px / 6)}`;
    const n = stack.get(key) ?? 0;
    stack.set(key, n + 1);
    const dy = ((n % 5) - 2) * 5;
    const y = TOP + (q.code - 1) * LANE + LANE / 2 + dy;
    const mark = s('circle', { cx: px, cy: y, r: 5, class: `mark quad-${q.code}${q.verbal ? ' verbal' : ''}` });
    const title = s('title', {}, `${ev.date} ${ev.event}: ${partyText(ev.actor)} → ${partyText(ev.recipient)}`);
    svg.append(s('a', { href: eventHref(ev), tabindex: -1 }, mark, title));
  }
  const undated = events.length - dated.length;
  const left = [undated ? `${undated} undated` : '', outside ? `${outside} dated far from the rest` : ''].filter(Boolean).join(', ');
  figure.append(svg, h('figcaption', {}, `Events on this page by date and quad class${left ? ` (not drawn: ${left}; they are in the list)` : ''}. Click a mark to read its sentence; the list below holds the same links.`));
  return figure;
}

/**
 * The axis covers the bulk of the events, not the outliers: from the 2nd to the 98th percentile of
 * the dates given to the day (a date known only to the month or year, "in 2004", does not stretch
 * it). With fewer than 20 such dates every dated event counts.
 */
function bulkRange(dated: { ev: StoredEvent; t: number }[]): [number, number] {
  const days = dated.filter((d) => /^\d{4}-\d{2}-\d{2}/.test(d.ev.date ?? '')).map((d) => d.t);
  const ts = (days.length >= 20 ? days : dated.map((d) => d.t)).sort((a, b) => a - b);
  if (ts.length < 20) return [ts[0]!, ts[ts.length - 1]!];
  const at = (q: number) => ts[Math.min(ts.length - 1, Math.max(0, Math.round(q * (ts.length - 1))))]!;
  return [at(0.02), at(0.98)];
}

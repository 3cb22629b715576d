// The timeline: a count curve over the whole selection (stacked by quad class; drag to zoom into a
// period), breakdown panels that narrow the filter, exports of the filter, and the events of the
// selection newest first, one keyset page at a time (a million-event store never reaches the DOM).
import { EXPORTS, api, exportUrl, type PageFilter } from '../api.js';
import { announce, clear, fmt, h } from '../dom.js';
import { QUADS } from '../quad.js';
import { go, href, type Route } from '../route.js';
import type { StoredEvent } from '../types.js';
import { breakdownPanels } from './breakdown.js';
import { errorBox, eventItem, filterForm, filtersFrom, type EventFilters } from './common.js';
import { curve } from './curve.js';
import { actorSuggestions } from './suggest.js';

const PAGE_SIZES = [50, 100, 200, 500];

export async function timelineView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const f = filtersFrom(route.params);
  const country = (route.params.get('country') ?? '').trim();
  const limit = PAGE_SIZES.includes(Number(route.params.get('size'))) ? Number(route.params.get('size')) : 100;
  const cursor = route.params.get('cursor') ?? undefined;
  const to = (next: Partial<EventFilters> & { size?: number; country?: string; cursor?: string }) => {
    const { distinct, ...rest } = { ...f, country, size: limit === 100 ? undefined : limit, cursor: undefined, ...next };
    return href('timeline', { ...rest, distinct: distinct ? 'true' : undefined });
  };
  const pf: PageFilter = { actor: f.actor || undefined, recipient: f.recipient || undefined, type: f.type || undefined, since: f.since || undefined, until: f.until || undefined, country: country || undefined };

  const form = filterForm(f, (next) => go(to(next)));
  actorSuggestions(form, signal);
  const sizeSelect = h('select', { id: 'page-size' }, PAGE_SIZES.map((n) => h('option', { value: n, selected: n === limit }, String(n))));
  sizeSelect.addEventListener('change', () => go(to({ size: Number(sizeSelect.value) })));
  const chartBox = h('div', { class: 'chart-box', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Counting events…'));
  const panels = h('div', { class: 'panels' });
  const body = h('div', { class: 'timeline-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading events…'));
  const exports = h('p', { class: 'exports', id: 'exports' }, 'Export this selection: ',
    EXPORTS.map((x) => h('a', { href: exportUrl(x.format, pf), download: '', class: 'button', 'data-format': x.format }, x.label)));
  const chips = [f.actor && `actor ${f.actor}`, f.recipient && `recipient ${f.recipient}`, f.type && `type ${f.type}`, country && `country ${country}`,
    f.since && `from ${f.since}`, f.until && `to ${f.until}`].filter(Boolean);

  clear(root);
  root.append(
    h('h2', {}, 'Timeline'),
    form,
    h('p', { class: 'count', id: 'selection' }, chips.length ? `Selection: ${chips.join(', ')}. ` : 'Selection: every event. ',
      country ? h('a', { href: to({ country: '' }) }, 'any country') : null,
      (f.since || f.until) ? h('a', { href: to({ since: '', until: '' }), id: 'zoom-out' }, ' Zoom out to every date') : null,
      (f.since || f.until) ? h('a', { href: href('graph', { since: f.since || undefined, until: f.until || undefined }), id: 'graph-period' }, ' · Alliances in this period') : null),
    h('div', { class: 'row' }, legend(), exports),
    chartBox, panels,
    h('div', { class: 'field inline' }, h('label', { for: 'page-size' }, 'Events per page'), sizeSelect),
    body,
  );

  const done = (el: HTMLElement) => el.removeAttribute('aria-busy');
  // the three requests fail alike on a bad filter: say it once
  const said = new Set<string>();
  const fail = (el: HTMLElement, err: unknown) => {
    if (signal.aborted) return;
    clear(el); done(el);
    const msg = err instanceof Error ? err.message : String(err);
    if (!said.has(msg)) { said.add(msg); el.append(errorBox(err)); }
  };
  // the three answers come in parallel; each part draws as soon as its own arrives
  const counts = api.counts(pf, signal).then((c) => {
    clear(chartBox); done(chartBox);
    chartBox.append(curve(c, (since, until) => go(to({ since, until })), (b) => to({ since: b.start, until: b.end })));
    return c;
  }, (err: unknown) => { fail(chartBox, err); return null; });
  void api.breakdown(pf, signal).then((b) => {
    panels.append(breakdownPanels(b, (k, v) => to({ [k]: v } as Partial<EventFilters>)));
  }, (err: unknown) => fail(panels, err));
  try {
    // words and one-per-event are not in the summaries: then the list counts its own total
    const exact = Boolean(f.q || f.distinct);
    const page = await api.eventPage({ ...pf, distinct: f.distinct, q: f.q || undefined, order: 'newest', limit, cursor, count: exact }, signal);
    clear(body); done(body);
    const c = exact ? null : await counts;
    const dated = Boolean(f.since || f.until);
    const n = exact ? page.total : c ? c.total + (dated ? 0 : c.coarse ?? 0) : null;
    const filtered = [...chips, f.q && `words “${f.q}”`, f.distinct && 'one per real-world event'].filter(Boolean);
    body.append(h('p', { class: 'count', id: 'event-count' }, n === null ? 'Events, newest first.'
      : `${fmt.format(n)} event${n === 1 ? '' : 's'}${dated && !exact ? ' dated to the day' : ''}${filtered.length ? ` with ${filtered.join(', ')}` : ''}. Newest first.`));
    announce(`${n ?? page.items.length} events`);
    if (page.items.length === 0) {
      body.append(h('p', { class: 'hint', id: 'no-match' }, 'No event matches. Try fewer filters, a wider period, or an actor from the suggestions.'));
      return;
    }
    const nav = () => h('nav', { class: 'pager', 'aria-label': 'Event pages' },
      cursor ? h('a', { href: to({}), class: 'button', rel: 'first' }, '⇤ Newest') : null,
      h('span', { class: 'pager-text' }, `${fmt.format(page.items.length)} events on this page`),
      page.next ? h('a', { href: to({ cursor: page.next }), class: 'button', rel: 'next' }, 'Older →') : null);
    body.append(nav(), h('ol', { class: 'event-list', 'aria-label': 'Events, newest first' }, page.items.map((ev) => eventItem(ev, [sentencePreview(ev)]))), nav());
  } catch (err) {
    fail(body, err);
  }
}

function sentencePreview(ev: StoredEvent): HTMLElement {
  return h('p', { class: 'ev-sentence' }, ev.event_text.length > 240 ? `${ev.event_text.slice(0, 240)}…` : ev.event_text);
}

function legend(): HTMLElement {
  return h('ul', { class: 'legend', 'aria-label': 'Quad classes' },
    QUADS.map((q) => h('li', {}, h('span', { class: `badge quad-${q.code}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), q.label))));
}

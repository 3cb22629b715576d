// Pieces the views share: an event's one-line summary, the pager, the event filter form.
import { eventHref } from '../api.js';
import { h, fmt, type Child } from '../dom.js';
import { PLOVER_TYPES, quad } from '../quad.js';
import type { StoredEvent } from '../types.js';

type Participant = StoredEvent['actor'][number];

export function partyText(ps: Participant[]): string {
  if (ps.length === 0) return '—';
  return ps.map((p) => (p.code ? `${p.code}${p.sector ? `-${p.sector}` : ''}` : p.entity_text)).join(', ');
}

export function partyTitle(ps: Participant[]): string {
  return ps.map((p) => `${p.entity_text} (${p.actor_id})`).join(', ');
}

/** The quad badge: colour plus shape plus the type name, so it reads without colour too. */
export function quadBadge(ev: Pick<StoredEvent, 'quad_code' | 'event'>): HTMLElement {
  const q = quad(ev.quad_code);
  return h('span', { class: `badge quad-${q.code}`, title: q.label }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), ev.event);
}

export function modalityNote(ev: StoredEvent): string {
  const m = ev.modality;
  const notes = [m.negated && 'negated', m.hypothetical && 'hypothetical', m.future && 'future', m.claimed && 'claimed'].filter(Boolean);
  return notes.join(', ');
}

export function sizeNote(ev: StoredEvent): string {
  const z = ev.size;
  const parts = [z.dead !== null && `${z.dead} dead`, z.injured !== null && `${z.injured} injured`, z.arrested !== null && `${z.arrested} arrested`].filter(Boolean);
  if (parts.length === 0) return '';
  return (z.approximate ? '≈ ' : '') + parts.join(', ');
}

/** One event as a list item: a link to its sentence in the reader. */
export function eventItem(ev: StoredEvent, extra: Child[] = []): HTMLElement {
  const notes = [modalityNote(ev), sizeNote(ev)].filter(Boolean).join('; ');
  return h('li', { class: 'event-item' },
    h('a', { href: eventHref(ev), class: 'event-link', 'data-event-id': ev.id },
      h('span', { class: 'ev-date' }, ev.date ?? 'undated'), ' ',
      quadBadge(ev), ' ',
      h('span', { class: 'ev-parties', title: `${partyTitle(ev.actor)} → ${partyTitle(ev.recipient)}` }, `${partyText(ev.actor)} → ${partyText(ev.recipient)}`),
      ev.event_loc ? h('span', { class: 'ev-place' }, ` · ${ev.event_loc.name}`) : null,
      notes ? h('span', { class: 'ev-notes' }, ` · ${notes}`) : null,
    ),
    ...extra);
}

/** Prev/next with "page x of y"; pages are fetched from the server, never all at once. */
export function pager(total: number, limit: number, offset: number, toOffset: (offset: number) => string, label: string): HTMLElement {
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(total, offset + limit);
  const link = (text: string, off: number, enabled: boolean, rel: string) =>
    enabled ? h('a', { href: toOffset(off), class: 'button', rel }, text) : h('span', { class: 'button disabled', 'aria-disabled': 'true' }, text);
  return h('nav', { class: 'pager', 'aria-label': `${label} pages` },
    link('← Previous', Math.max(0, offset - limit), offset > 0, 'prev'),
    h('span', { class: 'pager-text' }, `${fmt.format(from)}–${fmt.format(to)} of ${fmt.format(total)} · page ${page} of ${pages}`),
    link('Next →', offset + limit, offset + limit < total, 'next'),
  );
}

export interface EventFilters {
  actor: string;
  recipient: string;
  type: string;
  since: string;
  until: string;
  q: string;
  /** One row per real-world event (the best-scored of its reports). */
  distinct: boolean;
}

export function filtersFrom(params: URLSearchParams): EventFilters {
  const get = (k: string) => (params.get(k) ?? '').trim();
  return { actor: get('actor'), recipient: get('recipient'), type: get('type'), since: get('since'), until: get('until'), q: get('q'), distinct: params.get('distinct') === 'true' };
}

const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** The filter form (actor, type, date range, words); submitting calls `apply` with the values. */
export function filterForm(f: EventFilters, apply: (f: EventFilters) => void, opts: { words?: boolean } = {}): HTMLFormElement {
  const field = (name: keyof EventFilters, label: string, input: HTMLElement) =>
    h('div', { class: 'field' }, h('label', { for: `f-${name}` }, label), input);
  const text = (name: keyof EventFilters, attrs: Record<string, string> = {}) =>
    h('input', { id: `f-${name}`, name, value: f[name], autocomplete: 'off', ...attrs });
  const typeSelect = h('select', { id: 'f-type', name: 'type' },
    h('option', { value: '' }, 'any type'),
    PLOVER_TYPES.map((t) => h('option', { value: t, selected: t === f.type }, t)));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
    field('actor', 'Actor (who acts)', text('actor', { list: 'actor-list', placeholder: 'name or code, e.g. Russia, UKR' })),
    field('recipient', 'Recipient (acted on)', text('recipient', { list: 'actor-list', placeholder: 'name or code, e.g. Ukraine' })),
    h('datalist', { id: 'actor-list' }),
    field('type', 'Event type', typeSelect),
    field('since', 'From', text('since', { placeholder: 'YYYY-MM-DD', pattern: DATE_PATTERN, title: 'YYYY, YYYY-MM or YYYY-MM-DD', inputmode: 'numeric' })),
    field('until', 'To', text('until', { placeholder: 'YYYY-MM-DD', pattern: DATE_PATTERN, title: 'YYYY, YYYY-MM or YYYY-MM-DD', inputmode: 'numeric' })),
    opts.words === false ? null : field('q', 'Words in the sentence', text('q', { type: 'search', placeholder: 'e.g. ceasefire' })),
    h('div', { class: 'field inline' }, h('input', { type: 'checkbox', id: 'f-distinct', name: 'distinct', checked: f.distinct }),
      h('label', { for: 'f-distinct' }, 'One row per real-world event')),
    h('div', { class: 'field actions' },
      h('button', { type: 'submit' }, 'Apply'),
      h('button', { type: 'reset' }, 'Clear')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const data = new FormData(form);
    const get = (k: string) => String(data.get(k) ?? '').trim();
    apply({ actor: get('actor'), recipient: get('recipient'), type: get('type'), since: get('since'), until: get('until'), q: get('q'), distinct: data.get('distinct') !== null });
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    apply({ actor: '', recipient: '', type: '', since: '', until: '', q: '', distinct: false });
  });
  return form;
}

/** Fills the actor suggestions with the most active actors (once per form). */
export async function suggestActors(form: HTMLFormElement, load: () => Promise<{ actor_id: string; name: string; code: string | null; events: number }[]>): Promise<void> {
  const list = form.querySelector('datalist');
  if (!list) return;
  try {
    for (const a of await load()) {
      const value = a.code && a.actor_id === a.code ? a.code : a.actor_id;
      list.appendChild(h('option', { value }, `${a.name} (${a.events} events)`));
    }
  } catch { /* suggestions are a convenience */ }
}

export function errorBox(err: unknown): HTMLElement {
  const msg = err instanceof Error ? err.message : String(err);
  return h('p', { class: 'error', role: 'alert' }, `Could not load: ${msg}`);
}

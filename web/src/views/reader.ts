// The article reader: the text with actors, dates, places and event sentences highlighted.
// Each event sentence carries a button listing the events coded from it; #/article/<id>?event=<id>
// opens the reader scrolled to that event's sentence, highlighted and focused.
import { api, eventHref } from '../api.js';
import { announce, clear, h } from '../dom.js';
import { quad } from '../quad.js';
import { href, type Route } from '../route.js';
import type { ArticleAnnotations, ArticleDetail, ArticleDetailFlat, StoredEvent } from '../types.js';
import { errorBox, modalityNote, partyText, partyTitle, quadBadge, sizeNote } from './common.js';
import { renderSpans, type MarkSpan } from './marks.js';

/** The last article loaded: moving between its sentences does not refetch it. */
let cached: { id: string; detail: ArticleDetail } | null = null;

export async function readerView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const id = route.rest[0] ?? '';
  if (!id) {
    clear(root);
    root.append(h('h2', {}, 'Article'), h('p', {}, 'No article chosen. ', h('a', { href: href('articles') }, 'List the articles.')));
    return;
  }
  let detail = cached?.id === id ? cached.detail : null;
  if (!detail) {
    clear(root);
    root.append(h('p', { class: 'loading', 'aria-busy': 'true' }, 'Loading the article…'));
    try {
      detail = normalise(await api.article(id, signal));
      cached = { id, detail };
    } catch (err) {
      if (signal.aborted) return;
      clear(root);
      root.append(h('h2', {}, 'Article'), errorBox(err));
      return;
    }
  }
  render(root, id, detail, route.params);
}

/** The API answers the article flat, with annotations, events and quotes beside its fields. */
function normalise(r: ArticleDetailFlat): ArticleDetail {
  const { annotations, events, quotes, ...article } = r;
  return { article, annotations: annotations ?? { actors: [], times: [], places: [] }, events: events ?? [], quotes: quotes ?? [] };
}

const KINDS = [
  { kind: 'sentence', label: 'Event sentences' },
  { kind: 'actor', label: 'Actors' },
  { kind: 'time', label: 'Dates' },
  { kind: 'place', label: 'Places' },
] as const;

function render(root: HTMLElement, id: string, d: ArticleDetail, params: URLSearchParams): void {
  const a = d.article;
  const text = a.text ?? '';
  const bySentence = groupBySentence(d.events);
  const target = d.events.find((e) => e.id === params.get('event')) ?? null;
  const hit = parseSpan(params.get('span'));

  const panel = h('aside', { class: 'sentence-panel', id: 'sentence-panel', 'aria-live': 'polite', 'aria-label': 'Events from the selected sentence' },
    h('p', { class: 'hint' }, 'Choose a highlighted sentence (or its event count button) to see the events coded from it.'));
  const textBox = h('div', { class: 'article-text', id: 'article-text' });

  const showSentence = (key: string, focusEventId: string | null) => {
    const events = bySentence.get(key) ?? [];
    for (const el of textBox.querySelectorAll('.sent.selected')) el.classList.remove('selected');
    textBox.querySelector(`#sent-${cssId(key)}`)?.classList.add('selected');
    clear(panel);
    panel.append(h('h3', {}, `${events.length} event${events.length === 1 ? '' : 's'} from this sentence`),
      h('ul', { class: 'event-details' }, events.map((ev) => eventDetail(ev, ev.id === focusEventId))));
  };

  // Spans: paragraphs enclose sentences, sentences enclose actors, dates and places.
  const sentenceSpans: [number, number][] = [...bySentence.keys()].map((k) => k.split('-').map(Number) as [number, number]);
  const spans: MarkSpan[] = [];
  for (const [start, end] of sentenceSpans) {
    const key = `${start}-${end}`;
    const events = bySentence.get(key)!;
    spans.push({
      start, end, level: 1,
      make: (part) => {
        // only negated or hypothetical readings: a dotted underline
        const nonFactual = events.every((e) => e.modality.negated || e.modality.hypothetical);
        const mark = h('mark', { class: `sent quad-${worstQuad(events)}${nonFactual ? ' nonfactual' : ''}`, 'data-sentence': key, 'data-events': events.map((e) => e.id).join(' '), title: events.map((e) => e.event).join(', ') });
        if (part === 0) { mark.id = `sent-${cssId(key)}`; mark.tabIndex = -1; }
        mark.addEventListener('click', () => showSentence(key, null));
        return mark;
      },
    });
  }
  for (const s of inlineSpans(d.annotations, sentenceSpans)) spans.push(s);
  if (hit) {
    spans.push({ start: hit[0], end: hit[1], level: 2, make: (part) => h('mark', { class: 'hit', id: part === 0 ? 'hit' : null, tabindex: part === 0 ? -1 : null }) });
  }

  const paragraphs = a.paragraphs?.length ? a.paragraphs : [{ start: 0, end: text.length }];
  for (const p of paragraphs) {
    const para = h('p');
    renderSpans(text, p.start, p.end, spans, para);
    textBox.append(para);
  }
  // A count button after each event sentence: the keyboard way in.
  for (const [start, end] of sentenceSpans) {
    const key = `${start}-${end}`;
    const events = bySentence.get(key)!;
    const marks = textBox.querySelectorAll(`mark.sent[data-sentence="${key}"]`);
    const last = marks[marks.length - 1];
    if (!last) continue;
    const btn = h('button', {
      type: 'button', class: 'sent-events', 'aria-controls': 'sentence-panel',
      'aria-label': `${events.length} event${events.length === 1 ? '' : 's'} coded from this sentence: ${events.map((e) => e.event).join(', ')}`,
    }, String(events.length));
    btn.addEventListener('click', () => showSentence(key, null));
    last.after(btn);
  }

  const toggles = h('fieldset', { class: 'toggles' }, h('legend', {}, 'Highlight'),
    KINDS.map(({ kind, label }) => {
      const box = h('input', { type: 'checkbox', id: `show-${kind}`, checked: true });
      box.addEventListener('change', () => textBox.classList.toggle(`hide-${kind}`, !box.checked));
      return h('label', { for: `show-${kind}`, class: `toggle toggle-${kind}` }, box, ' ', label);
    }),
    h('span', { class: 'muted' }, 'Underline colour: the sentence\'s most conflictual event; dotted: negated or hypothetical readings only.'));

  clear(root);
  root.append(
    h('article', { class: 'reader', 'aria-labelledby': 'article-title' },
      h('header', {},
        h('h2', { id: 'article-title', tabindex: -1 }, a.title ?? untitled(text, paragraphs)),
        h('p', { class: 'meta' },
          [dateline(a), a.published && `Published ${a.published}`, a.source, a.byline, `${d.events.length} events`].filter(Boolean).join(' · '),
          a.url ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null),
        toggles),
      h('div', { class: 'reader-grid' }, textBox, panel),
      eventsSection(d.events),
      quotesSection(id, d),
      messagesSection(d)),
  );

  if (target) {
    const key = `${target.span[0]}-${target.span[1]}`;
    const mark = textBox.querySelector<HTMLElement>(`#sent-${cssId(key)}`);
    showSentence(key, target.id);
    if (mark) {
      mark.classList.add('current');
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
    }
    announce(`Showing the sentence of ${target.event} event`);
  } else if (hit) {
    const el = textBox.querySelector<HTMLElement>('#hit');
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  } else {
    window.scrollTo(0, 0);
    root.querySelector<HTMLElement>('#article-title')?.focus?.();
  }
}

/** No title: the story's first words stand in, marked as such. */
function untitled(text: string, paragraphs: { start: number; end: number }[]): string {
  const p = paragraphs[0];
  const words = p ? text.slice(p.start, p.end).split(/\s+/).slice(0, 10).join(' ') : '';
  return words ? `Untitled: “${words}…”` : 'Untitled article';
}

/** The dateline (ISTANBUL (Wire) -) sits outside the body paragraphs: shown with the metadata. */
function dateline(a: ArticleDetail['article']): string | null {
  const z = a.zones?.find((x) => x.kind === 'dateline');
  return z ? a.text.slice(z.start, z.end).replace(/[\s\-–—:]+$/, '') : null;
}

function groupBySentence(events: StoredEvent[]): Map<string, StoredEvent[]> {
  const out = new Map<string, StoredEvent[]>();
  for (const ev of [...events].sort((x, y) => x.span[0] - y.span[0])) {
    const key = `${ev.span[0]}-${ev.span[1]}`;
    const list = out.get(key);
    if (list) list.push(ev);
    else out.set(key, [ev]);
  }
  return out;
}

/** The sentence takes the colour of its most conflictual event. */
function worstQuad(events: StoredEvent[]): number {
  return Math.max(...events.map((e) => e.quad_code));
}

function cssId(key: string): string {
  return key.replace(/[^0-9a-z_-]/gi, '_');
}

function parseSpan(v: string | null): [number, number] | null {
  const m = v ? /^(\d+)-(\d+)$/.exec(v) : null;
  if (!m) return null;
  const span: [number, number] = [Number(m[1]), Number(m[2])];
  return span[1] > span[0] ? span : null;
}

/** Actor, date and place marks, cut at sentence edges so a sentence is never split by them. */
function inlineSpans(ann: ArticleAnnotations, sentences: [number, number][]): MarkSpan[] {
  const cut = (start: number, end: number): number => {
    for (const [s, e] of sentences) {
      if (start < s && end > s) return s;
      if (start < e && end > e) return e;
    }
    return end;
  };
  const out: MarkSpan[] = [];
  for (const x of ann.actors) {
    out.push({ start: x.start, end: cut(x.start, x.end), level: 2, make: () => h('span', { class: 'ann actor', title: `Actor: ${x.name}${x.code ? ` (${x.code}${x.sector ? `-${x.sector}` : ''})` : ''}`, 'data-actor': x.actor_id }) });
  }
  for (const x of ann.times) {
    out.push({ start: x.start, end: cut(x.start, x.end), level: 2, make: () => h('span', { class: 'ann time', title: `Date: ${x.value} (${x.granularity})` }) });
  }
  for (const x of ann.places) {
    out.push({ start: x.start, end: cut(x.start, x.end), level: 2, make: () => h('span', { class: 'ann place', title: `Place: ${x.name}${x.country ? `, ${x.country}` : ''} (${x.kind})` }) });
  }
  return out;
}

function eventDetail(ev: StoredEvent, current: boolean): HTMLElement {
  const q = quad(ev.quad_code);
  const notes = [modalityNote(ev), sizeNote(ev)].filter(Boolean).join('; ');
  // each code linked by its side: 'SYR as actor' filters the timeline's actor, 'ISR as recipient' its recipient
  const codes = (['actor', 'recipient'] as const).flatMap((role) => [...new Set(ev[role].map((p) => p.code).filter((c): c is string => !!c))].map((code) => ({ role, code })));
  return h('li', { class: `event-detail${current ? ' current' : ''}`, id: `ev-${cssId(ev.id)}`, 'aria-current': current ? 'true' : null },
    h('p', {}, quadBadge(ev), ' ', h('span', { class: 'quad-label' }, q.label), ev.date ? ` · ${ev.date}` : ' · undated'),
    h('dl', {},
      h('dt', {}, 'Actor'), h('dd', {}, `${partyText(ev.actor)}`, h('span', { class: 'muted' }, ev.actor.length ? ` (${partyTitle(ev.actor)})` : '')),
      h('dt', {}, 'Recipient'), h('dd', {}, `${partyText(ev.recipient)}`, h('span', { class: 'muted' }, ev.recipient.length ? ` (${partyTitle(ev.recipient)})` : '')),
      ev.event_loc ? [h('dt', {}, 'Place'), h('dd', {}, `${ev.event_loc.name}${ev.event_loc.country ? `, ${ev.event_loc.country}` : ''}`)] : null,
      notes ? [h('dt', {}, 'Notes'), h('dd', {}, notes)] : null,
      (ev.num_mentions ?? 1) > 1 ? [h('dt', {}, 'Reported'), h('dd', {}, `${ev.num_mentions} mentions in ${ev.num_articles} article${ev.num_articles === 1 ? '' : 's'} from ${ev.num_sources} source${ev.num_sources === 1 ? '' : 's'}`)] : null,
      h('dt', {}, 'Codes'), h('dd', {}, `CAMEO ${ev.cameo} · Goldstein ${ev.goldstein} · confidence ${ev.confidence}${ev.mode ? ` · mode ${ev.mode}` : ''}`)),
    h('p', { class: 'links' },
      codes.slice(0, 4).map((c) => [h('a', { href: href('timeline', { [c.role]: c.code }) }, `${c.code} as ${c.role} in the timeline`), ' ']),
      h('a', { href: eventHref(ev), class: 'permalink' }, 'Link to this event')));
}

function eventsSection(events: StoredEvent[]): HTMLElement {
  return h('section', { class: 'article-events', 'aria-labelledby': 'events-h' },
    h('h3', { id: 'events-h' }, `Events coded from this article (${events.length})`),
    events.length === 0 ? h('p', {}, 'No events were coded from this article.') :
      h('ol', { class: 'event-list' }, [...events].sort((x, y) => x.span[0] - y.span[0]).map((ev) =>
        h('li', { class: 'event-item' }, h('a', { href: eventHref(ev), class: 'event-link', 'data-event-id': ev.id },
          quadBadge(ev), ' ', h('span', { class: 'ev-parties' }, `${partyText(ev.actor)} → ${partyText(ev.recipient)}`), ev.date ? ` · ${ev.date}` : '')))));
}

function quotesSection(id: string, d: ArticleDetail): HTMLElement | null {
  if (d.quotes.length === 0) return null;
  return h('section', { class: 'article-quotes', 'aria-labelledby': 'quotes-h' },
    h('h3', { id: 'quotes-h' }, `Quotes (${d.quotes.length})`),
    h('ul', {}, d.quotes.map((q) => h('li', {},
      h('a', { href: href('article', { span: `${q.span[0]}-${q.span[1]}` }, id) }, `“${q.text}”`),
      q.speaker ? ` — ${q.speaker.text ?? q.speaker.actor_id ?? ''}${q.speaker.code ? ` (${q.speaker.code})` : ''}` : ''))));
}

function messagesSection(d: ArticleDetail): HTMLElement | null {
  const msgs = d.article.messages ?? [];
  if (msgs.length === 0) return null;
  return h('details', { class: 'messages' }, h('summary', {}, `Notes from the pipeline (${msgs.length})`),
    h('ul', {}, msgs.map((m) => h('li', { class: `msg-${m.level}` }, `${m.stage}: ${m.reason}`,
      m.start !== undefined && m.end !== undefined ? h('q', {}, ` ${d.article.text.slice(m.start, Math.min(m.end, m.start + 120))}`) : null))));
}


// Articles: the stored articles, newest first, a page at a time; with words, a search over
// titles, texts and quotes whose hits open the reader on the matching words.
import { api } from '../api.js';
import { announce, clear, fmt, h } from '../dom.js';
import { go, href, type Route } from '../route.js';
import { errorBox, pager } from './common.js';

const LIMIT = 50;

export async function articlesView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const q = (route.params.get('q') ?? '').trim();
  const offset = Math.max(0, Number(route.params.get('offset')) || 0);
  const input = h('input', { id: 'article-q', type: 'search', name: 'q', value: q, placeholder: 'e.g. grain corridor', autocomplete: 'off' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Search articles' },
    h('div', { class: 'field' }, h('label', { for: 'article-q' }, 'Words in titles, texts and quotes'), input),
    h('div', { class: 'field actions' }, h('button', { type: 'submit' }, 'Search')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(href('articles', { q: input.value.trim() }));
  });
  const body = h('div', { 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading…'));
  clear(root);
  root.append(h('h2', {}, 'Articles'), form, body);
  const toOffset = (off: number) => href('articles', { q, offset: off || undefined });
  try {
    if (q) {
      const hits = await api.search(q, { limit: LIMIT, offset }, signal);
      clear(body);
      body.append(h('p', { class: 'count' }, `${fmt.format(hits.total)} hit${hits.total === 1 ? '' : 's'} for “${q}”.`));
      announce(`${hits.total} hits`);
      if (hits.total > LIMIT) body.append(pager(hits.total, LIMIT, offset, toOffset, 'Search'));
      body.append(h('ol', { class: 'hit-list', start: offset + 1 }, hits.items.map((hit) => h('li', {},
        h('a', { href: href('article', { span: hit.span ? `${hit.span[0]}-${hit.span[1]}` : undefined }, hit.article_id) }, hit.title || untitled(hit.snippet)),
        h('span', { class: 'muted' }, ` · ${hit.kind}${hit.published ? ` · ${hit.published}` : ''}`),
        h('p', { class: 'snippet' }, hit.snippet)))));
    } else {
      const list = await api.articles({ limit: LIMIT, offset }, signal);
      clear(body);
      body.append(h('p', { class: 'count' }, `${fmt.format(list.total)} article${list.total === 1 ? '' : 's'}.`));
      if (list.total > LIMIT) body.append(pager(list.total, LIMIT, offset, toOffset, 'Article'));
      body.append(h('table', { class: 'article-table' },
        h('caption', { class: 'sr-only' }, 'Stored articles'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Published'), h('th', { scope: 'col' }, 'Title'), h('th', { scope: 'col' }, 'Source'), h('th', { scope: 'col' }, 'Events'))),
        h('tbody', {}, list.items.map((a) => h('tr', {},
          h('td', {}, a.published ?? ''), h('th', { scope: 'row' }, h('a', { href: href('article', {}, a.id) }, a.title || untitled(a.lead ?? '', a.source)), a.title ? null : h('span', { class: 'muted' }, ' (no title)')),
          h('td', {}, a.source ?? ''), h('td', { class: 'num' }, String(a.events)))))));
    }
    body.removeAttribute('aria-busy');
  } catch (err) {
    if (signal.aborted) return;
    clear(body);
    body.append(errorBox(err));
  }
}

/** An article without a title is named by its first words (and its source), not "Untitled". */
function untitled(text: string, source?: string | null): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 12).join(' ');
  if (!words) return source ? `A story from ${source}` : 'A story with no title or text';
  return `${source ? `${source}: ` : ''}“${words}…”`;
}

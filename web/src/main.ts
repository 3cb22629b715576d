// The page's entry: a hash router over five views. Each navigation aborts the previous view's
// requests, so a slow answer never paints over the view the reader moved to.
import './style.css';
import { api } from './api.js';
import { fmt, h } from './dom.js';
import { parseRoute, type Route } from './route.js';
import { articlesView } from './views/articles.js';
import { alertsView } from './views/alerts.js';
import { ingestView } from './views/ingest.js';
import { readerView } from './views/reader.js';
import { timelineView } from './views/timeline.js';

type View = (root: HTMLElement, route: Route, signal: AbortSignal) => void | Promise<void>;

// The graph (cytoscape) and the map (country shapes) are the heavy parts: loaded when first shown.
const graphView: View = async (root, route, signal) => (await import('./views/graph.js')).graphView(root, route, signal);
const mapView: View = async (root, route, signal) => (await import('./views/map.js')).mapView(root, route, signal);

const VIEWS: Record<string, { view: View; title: string; nav: string }> = {
  timeline: { view: timelineView, title: 'Timeline', nav: 'timeline' },
  map: { view: mapView, title: 'Map', nav: 'map' },
  graph: { view: graphView, title: 'Alliances', nav: 'graph' },
  articles: { view: articlesView, title: 'Articles', nav: 'articles' },
  article: { view: readerView, title: 'Article', nav: 'articles' },
  ingest: { view: ingestView, title: 'Ingest', nav: 'ingest' },
  alerts: { view: alertsView, title: 'Alerts', nav: 'alerts' },
};

const main = document.getElementById('main')!;
let running: AbortController | null = null;
let lastView = '';

function render(): void {
  const route = parseRoute(location.hash) ?? (location.hash ? null : parseRoute('#/timeline'));
  if (!route) return; // an in-page anchor
  const entry = VIEWS[route.view];
  running?.abort();
  running = new AbortController();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    if (a.dataset['view'] === entry?.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (!entry) {
    main.replaceChildren(h('h2', {}, 'Not found'), h('p', {}, `No view “${route.view}”. `, h('a', { href: '#/timeline' }, 'Go to the timeline.')));
    return;
  }
  document.title = `${entry.title} · entente`;
  // Moving to another view puts focus on the content, as a page load would.
  if (lastView && route.view !== lastView && route.view !== 'article') main.focus({ preventScroll: true });
  lastView = route.view;
  void entry.view(main, route, running.signal);
}

document.getElementById('skip-link')?.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', render);
render();

// The header's counts follow the store (a watch or an ingest may be adding to it) and say what
// arrived since the page was opened.
let atOpen: { articles: number; events: number } | null = null;
function refreshSummary(): void {
  api.summary().then((s) => {
    const el = document.getElementById('store-summary');
    atOpen ??= { articles: s.counts.articles, events: s.counts.events };
    const added = s.counts.articles - atOpen.articles;
    const since = added > 0 ? ` · ${fmt.format(added)} new article${added === 1 ? '' : 's'} (${fmt.format(s.counts.events - atOpen.events)} events) since you opened the page` : '';
    if (el) el.textContent = `${fmt.format(s.counts.articles)} articles · ${fmt.format(s.counts.events)} events${s.dateRange ? ` · ${s.dateRange.first} – ${s.dateRange.last}` : ''}${since}`;
  }, () => { /* the views report their own errors */ });
}
refreshSummary();
setInterval(refreshSummary, 30_000);
// after an ingest from this page, and when the analyst comes back to it (another tab may have ingested)
window.addEventListener('entente:stored', refreshSummary);
document.addEventListener('visibilitychange', () => { if (!document.hidden) refreshSummary(); });

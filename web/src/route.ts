// Hash routes keep every view linkable and the back button working: #/timeline?actor=RUS,
// #/article/<id>?event=<event id>. Hashes not starting with "#/" (in-page anchors) are ignored.
export interface Route {
  view: string;
  /** Path segments after the view name (e.g. the article id). */
  rest: string[];
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route | null {
  if (!hash.startsWith('#/')) return null;
  const [path = '', query = ''] = hash.slice(2).split('?', 2);
  const [view = '', ...rest] = path.split('/').map((p) => decodeURIComponent(p));
  return { view: view || 'timeline', rest, params: new URLSearchParams(query) };
}

export function href(view: string, params: Record<string, string | number | undefined | null> = {}, ...rest: string[]): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const path = [view, ...rest.map(encodeURIComponent)].join('/');
  const qs = q.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

/** Changes the route; with `replace`, without adding a history entry (filters typed in place). */
export function go(to: string, replace = false): void {
  if (replace) {
    history.replaceState(null, '', to);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = to;
  }
}

// Ingest from the page: pasted text or dropped files, sent one at a time to POST /api/ingest
// with the bearer token; a progress bar and a line per input say how each went.
import { apiUrl } from '../api.js';
import { announce, clear, h } from '../dom.js';
import { href, type Route } from '../route.js';
import type { IngestAnswer } from '../../../src/api/shapes.js';

const TOKEN_KEY = 'entente-token';

interface Item {
  name: string;
  body: IngestBody;
  status: HTMLElement;
}

/** What the page sends per input (one JSON item of POST /api/ingest). */
interface IngestBody {
  text?: string;
  html?: string;
  title?: string;
  published?: string;
  source?: string;
}

export function ingestView(root: HTMLElement, _route: Route): void {
  const token = h('input', { id: 'ingest-token', type: 'password', autocomplete: 'off', value: sessionStorage.getItem(TOKEN_KEY) ?? '', 'aria-describedby': 'token-help' });
  const remember = h('input', { id: 'ingest-remember', type: 'checkbox', checked: sessionStorage.getItem(TOKEN_KEY) !== null });
  const text = h('textarea', { id: 'ingest-text', rows: 10, placeholder: 'Paste an article: headline, blank line, paragraphs…' });
  const title = h('input', { id: 'ingest-title', autocomplete: 'off' });
  const published = h('input', { id: 'ingest-published', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', title: 'YYYY-MM-DD', inputmode: 'numeric', autocomplete: 'off' });
  const source = h('input', { id: 'ingest-source', autocomplete: 'off' });
  const files = h('input', { id: 'ingest-files', type: 'file', multiple: true, accept: '.txt,.text,.md,.html,.htm,text/plain,text/html' });
  const fileList = h('ul', { class: 'file-list', 'aria-label': 'Files chosen' });
  const drop = h('div', { class: 'drop-zone', id: 'drop-zone' },
    h('label', { for: 'ingest-files' }, 'Drop .txt or .html files here, or choose them: '), files, fileList);
  const progress = h('progress', { id: 'ingest-progress', max: 1, value: 0, 'aria-label': 'Ingest progress' });
  const progressText = h('span', { id: 'ingest-progress-text', role: 'status' }, '');
  const log = h('ol', { class: 'ingest-log', 'aria-label': 'Ingest results' });
  const submit = h('button', { type: 'submit' }, 'Ingest');

  let chosen: File[] = [];
  const showFiles = () => {
    clear(fileList);
    for (const f of chosen) fileList.append(h('li', {}, `${f.name} (${Math.ceil(f.size / 1024)} KB)`));
  };
  files.addEventListener('change', () => { chosen = [...(files.files ?? [])]; showFiles(); });
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    chosen = [...chosen, ...(e.dataTransfer?.files ?? [])];
    showFiles();
  });

  const form = h('form', { class: 'ingest-form', 'aria-labelledby': 'ingest-h' },
    h('div', { class: 'field' }, h('label', { for: 'ingest-token' }, 'Token'), token,
      h('small', { id: 'token-help' }, 'The bearer token `entente serve` was started with.')),
    h('div', { class: 'field inline' }, remember, h('label', { for: 'ingest-remember' }, 'Remember the token in this tab')),
    h('div', { class: 'field wide' }, h('label', { for: 'ingest-text' }, 'Article text'), text),
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: 'ingest-title' }, 'Title (optional)'), title),
      h('div', { class: 'field' }, h('label', { for: 'ingest-published' }, 'Published (optional)'), published),
      h('div', { class: 'field' }, h('label', { for: 'ingest-source' }, 'Source (optional)'), source)),
    drop,
    h('div', { class: 'row' }, submit, progress, progressText),
    log);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    if (remember.checked) sessionStorage.setItem(TOKEN_KEY, token.value);
    else sessionStorage.removeItem(TOKEN_KEY);
    const meta = { published: published.value.trim() || undefined, source: source.value.trim() || undefined };
    const items: Item[] = [];
    if (text.value.trim()) items.push({ name: title.value.trim() || 'pasted text', body: { text: text.value, title: title.value.trim() || undefined, ...meta }, status: h('span') });
    for (const f of chosen) {
      const content = await f.text();
      const isHtml = /\.html?$/i.test(f.name) || f.type === 'text/html';
      items.push({ name: f.name, body: { ...(isHtml ? { html: content } : { text: content }), ...meta }, status: h('span') });
    }
    if (items.length === 0) {
      progressText.textContent = 'Nothing to ingest: paste a text or choose files.';
      return;
    }
    submit.disabled = true;
    clear(log);
    progress.max = items.length;
    progress.value = 0;
    let added = 0;
    let events = 0;
    for (const [i, item] of items.entries()) {
      log.append(h('li', {}, `${item.name}: `, item.status));
      item.status.textContent = 'sending…';
      progressText.textContent = `${i} of ${items.length} done; sending ${item.name}…`;
      try {
        const answer = await send(item.body, token.value, (fraction) => { progress.value = i + fraction * 0.9; });
        clear(item.status);
        for (const r of answer.results ?? []) {
          if (r.status === 'added') added++;
          events += r.events;
          item.status.append(describe(r), ' ');
          const id = r.status === 'duplicate' ? r.duplicate_of ?? r.article_id : r.article_id;
          if (id) item.status.append(h('a', { href: href('article', {}, id) }, 'read it'), ' ');
        }
      } catch (err) {
        item.status.textContent = `failed: ${err instanceof Error ? err.message : String(err)}`;
        item.status.className = 'error';
      }
      progress.value = i + 1;
    }
    progressText.textContent = `${items.length} of ${items.length} done: ${added} article${added === 1 ? '' : 's'} added, ${events} event${events === 1 ? '' : 's'}.`;
    announce(progressText.textContent);
    // the header's counts follow at once, not at their next poll (main.ts)
    if (added > 0) window.dispatchEvent(new CustomEvent('entente:stored'));
    submit.disabled = false;
  });

  clear(root);
  root.append(h('h2', { id: 'ingest-h' }, 'Ingest'), form);
}

function describe(r: IngestAnswer['results'][number]): string {
  const why = r.reason ? ` (${r.reason})` : '';
  if (r.status === 'added') return `added, ${r.events} event${r.events === 1 ? '' : 's'}${why}.`;
  if (r.status === 'exists') return 'already stored.';
  if (r.status === 'duplicate') return 'a near copy of a stored article, recorded as another source of it.';
  return `skipped${why}.`;
}

/** POSTs one input with XMLHttpRequest, which (unlike fetch) reports upload progress. */
function send(body: IngestBody, token: string, onProgress: (fraction: number) => void): Promise<IngestAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl('ingest'));
    xhr.setRequestHeader('content-type', 'application/json');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); });
    xhr.addEventListener('load', () => {
      let json: unknown = null;
      try { json = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status >= 200 && xhr.status < 300) return resolve((json ?? { results: [] }) as IngestAnswer);
      const err = json && typeof json === 'object' && 'error' in json ? (json as { error: unknown }).error : xhr.statusText;
      const msg = typeof err === 'string' ? err : err && typeof err === 'object' && 'message' in err ? String((err as { message: unknown }).message) : xhr.statusText;
      reject(new Error(xhr.status === 401 || xhr.status === 403 ? `${xhr.status}: the token was refused (${msg})` : `${xhr.status}: ${msg}`));
    });
    xhr.addEventListener('error', () => reject(new Error('network error')));
    xhr.send(JSON.stringify(body));
  });
}

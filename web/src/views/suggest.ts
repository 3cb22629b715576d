// Actor suggestions while typing: the last comma-separated term is looked up by name or code
// (/api/actors?q=), and each suggestion completes that term, so several actors can be chosen.
import { api } from '../api.js';
import { h } from '../dom.js';

export function actorSuggestions(form: HTMLFormElement, signal: AbortSignal): void {
  const list = form.querySelector('datalist');
  if (!list) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ctl: AbortController | null = null;
  const fill = async (input: HTMLInputElement) => {
    const parts = input.value.split(',');
    const term = parts.pop()!.trim();
    const head = parts.map((p) => p.trim()).filter(Boolean);
    if (term.length < 2) return;
    ctl?.abort();
    ctl = new AbortController();
    signal.addEventListener('abort', () => ctl?.abort());
    try {
      const r = await api.actors({ q: term, limit: 10 }, ctl.signal);
      list.replaceChildren(...r.items.map((a) => {
        const key = a.code && a.actor_id === a.code ? a.code : a.actor_id;
        return h('option', { value: [...head, a.name].join(', ') }, `${key} · ${a.events} events`);
      }));
    } catch { /* suggestions are a convenience */ }
  };
  for (const input of form.querySelectorAll<HTMLInputElement>('input[list="actor-list"]')) {
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => void fill(input), 150); });
  }
}

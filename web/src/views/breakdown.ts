// Breakdown panels: counts by type, actor and country and the deaths, for the current filter;
// each entry is a link to the same view narrowed by it.
import type { Breakdown } from '../api.js';
import { fmt, h } from '../dom.js';

export function breakdownPanels(b: Breakdown, narrow: (k: 'type' | 'actor' | 'country', v: string) => string): HTMLElement {
  const list = (title: string, id: string, items: { label: string; n: number; href: string }[]) =>
    h('section', { class: 'panel', id }, h('h3', {}, title),
      items.length ? h('ol', {}, items.map((i) => h('li', {}, h('a', { href: i.href }, i.label), h('span', { class: 'n' }, ` ${fmt.format(i.n)}`))))
        : h('p', { class: 'hint' }, 'none'));
  return h('div', { class: 'breakdown', id: 'breakdown' },
    h('section', { class: 'panel' }, h('h3', {}, 'Totals'),
      h('p', {}, h('strong', {}, fmt.format(b.events)), ' events'),
      h('p', { id: 'deaths' }, h('strong', {}, fmt.format(b.dead)), ' deaths reported')),
    list('By type', 'by-type', b.types.map((t) => ({ label: t.type, n: t.n, href: narrow('type', t.type) }))),
    list('By actor', 'by-actor', b.actors.map((a) => ({ label: a.key, n: a.n, href: narrow('actor', a.key) }))),
    list('By country', 'by-country', b.countries.map((c) => ({ label: c.country, n: c.n, href: narrow('country', c.country) }))));
}

// The alliance graph: actors as nodes grouped into their blocs, ties signed (green cooperation,
// red conflict, dashed) and weighted (width). A time slider asks /api/blocs for the ties up to
// each month and replays how blocs shift. The canvas has a text twin below it (blocs, members,
// tensions) that works with a keyboard and a screen reader.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { api } from '../api.js';
import { monthEnds } from '../dates.js';
import { announce, clear, fmt, h } from '../dom.js';
import { href, type Route } from '../route.js';
import type { Blocs } from '../types.js';
import { readBlocs } from './blocs-shape.js';
import { errorBox, eventItem } from './common.js';

/** Distinct bloc colours (dark enough for white labels). */
const BLOC_COLOURS = ['#1f5f9e', '#8a3b9e', '#17703f', '#9a4d00', '#4b5563', '#a8201a', '#0f766e', '#6d5a00'];

export async function graphView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  clear(root);
  const heading = h('h2', {}, 'Alliances');
  const status = h('p', { class: 'count', role: 'status' }, 'Loading…');
  root.append(heading, status);

  let steps: string[] = [];
  try {
    const summary = await api.summary(signal);
    if (summary.dateRange) steps = thin(monthEnds(summary.dateRange.first, summary.dateRange.last));
  } catch (err) {
    if (signal.aborted) return;
    root.append(errorBox(err));
    return;
  }
  const wanted = route.params.get('until');
  let index = steps.length - 1;
  if (wanted) {
    const i = steps.findIndex((d) => d >= wanted);
    index = i < 0 ? steps.length - 1 : i;
  }

  const slider = h('input', { type: 'range', id: 'until-slider', min: 0, max: Math.max(0, steps.length - 1), step: 1, value: Math.max(0, index), disabled: steps.length < 2 });
  const sliderLabel = h('output', { for: 'until-slider', id: 'until-value' }, steps[index] ?? 'all');
  const play = h('button', { type: 'button', 'aria-pressed': 'false' }, '▶ Play');
  const back = h('button', { type: 'button', 'aria-label': 'One step earlier' }, '◀');
  const fwd = h('button', { type: 'button', 'aria-label': 'One step later' }, '▶');
  const canvas = h('div', { class: 'graph-canvas', id: 'graph-canvas', role: 'img', 'aria-label': 'Alliance graph; the lists below describe it' });
  const panel = h('aside', { class: 'graph-panel', id: 'graph-panel', 'aria-live': 'polite' },
    h('p', { class: 'hint' }, 'Choose an actor or a tie (in the graph or the lists) to see its events.'));
  const twin = h('div', { class: 'graph-twin' });
  root.append(
    h('div', { class: 'slider-row' },
      h('label', { for: 'until-slider' }, 'Ties up to'), back, slider, fwd, sliderLabel, play),
    h('ul', { class: 'legend' },
      h('li', {}, h('span', { class: 'tie pos', 'aria-hidden': 'true' }), ' cooperation (solid green)'),
      h('li', {}, h('span', { class: 'tie neg', 'aria-hidden': 'true' }), ' conflict (dashed red)'),
      h('li', {}, 'width: weight of the tie; boxes: blocs')),
    h('div', { class: 'graph-grid' }, canvas, panel),
    twin);

  const cy = cytoscape({
    container: canvas,
    style: STYLE,
    minZoom: 0.2,
    maxZoom: 4,
    wheelSensitivity: 0.3,
  });
  signal.addEventListener('abort', () => cy.destroy());

  let current: Blocs | null = null;
  let request: AbortController | null = null;
  const load = async (i: number) => {
    const until = steps[i];
    sliderLabel.textContent = until ?? 'all';
    slider.setAttribute('aria-valuetext', until ? `up to ${until}` : 'all time');
    request?.abort();
    const ctl = new AbortController();
    request = ctl;
    signal.addEventListener('abort', () => ctl.abort());
    try {
      const blocs = readBlocs(await api.blocs(until, ctl.signal));
      if (ctl.signal.aborted) return;
      current = blocs;
      draw(cy, blocs);
      describe(status, blocs, until);
      renderTwin(twin, blocs, (id) => selectActor(id), (a, b) => showTie(a, b));
    } catch (err) {
      if (ctl.signal.aborted) return;
      clear(status);
      status.append(errorBox(err));
    }
  };

  const selectActor = (id: string) => {
    if (!current) return;
    cy.$(':selected').unselect();
    cy.getElementById(id).select();
    const ties = current.edges.filter((e) => e.source === id || e.target === id).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    const node = current.nodes.find((n) => n.id === id);
    clear(panel);
    panel.append(h('h3', {}, node?.label ?? id),
      h('p', {}, `Bloc ${node?.bloc ?? '?'} · `, h('a', { href: href('timeline', { actor: id, until: steps[Number(slider.value)] }) }, 'events in the timeline')),
      h('ul', { class: 'ties' }, ties.map((t) => {
        const other = t.source === id ? t.target : t.source;
        const b = h('button', { type: 'button', class: 'link-button' }, `${other}: ${t.weight > 0 ? '+' : ''}${round(t.weight)}${t.events ? ` (${t.events} events)` : ''}`);
        b.addEventListener('click', () => showTie(id, other));
        return h('li', { class: t.weight >= 0 ? 'pos' : 'neg' }, b);
      })));
  };

  const showTie = async (a: string, b: string) => {
    cy.$(':selected').unselect();
    cy.edges().filter((e) => (e.data('source') === a && e.data('target') === b) || (e.data('source') === b && e.data('target') === a)).select();
    clear(panel);
    const list = h('ol', { class: 'event-list compact' });
    panel.append(h('h3', {}, `${a} ↔ ${b}`), h('p', { class: 'loading' }, 'Loading events…'), list);
    const until = steps[Number(slider.value)];
    try {
      const [ab, ba] = await Promise.all([
        api.events({ actor: a, recipient: b, until, limit: 100 }, signal),
        api.events({ actor: b, recipient: a, until, limit: 100 }, signal),
      ]);
      const events = [...ab.items, ...ba.items].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
      panel.querySelector('.loading')?.replaceWith(h('p', {}, `${ab.total + ba.total} events between them${until ? ` up to ${until}` : ''}${events.length < ab.total + ba.total ? ` (first ${events.length} shown)` : ''}.`));
      for (const ev of events) list.append(eventItem(ev));
    } catch (err) {
      if (!signal.aborted) panel.append(errorBox(err));
    }
  };

  cy.on('tap', 'node[kind = "actor"]', (e) => selectActor(e.target.id()));
  cy.on('tap', 'edge', (e) => void showTie(e.target.data('source'), e.target.data('target')));

  const goTo = (i: number) => {
    const n = Math.min(Math.max(0, i), steps.length - 1);
    slider.value = String(n);
    history.replaceState(null, '', href('graph', { until: steps[n] }));
    void load(n);
  };
  slider.addEventListener('input', () => goTo(Number(slider.value)));
  back.addEventListener('click', () => goTo(Number(slider.value) - 1));
  fwd.addEventListener('click', () => goTo(Number(slider.value) + 1));
  let timer: number | null = null;
  const stop = () => {
    if (timer !== null) window.clearInterval(timer);
    timer = null;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  };
  play.addEventListener('click', () => {
    if (timer !== null) return stop();
    if (Number(slider.value) >= steps.length - 1) goTo(0);
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = window.setInterval(() => {
      const next = Number(slider.value) + 1;
      if (next >= steps.length) return stop();
      goTo(next);
    }, 1200);
  });
  signal.addEventListener('abort', stop);
  await load(Math.max(0, index));
}

/** At most ~120 slider steps: months, or every n-th month over long spans. */
function thin(months: string[]): string[] {
  if (months.length <= 120) return months;
  const step = Math.ceil(months.length / 120);
  const out = months.filter((_, i) => i % step === 0);
  if (out[out.length - 1] !== months[months.length - 1]) out.push(months[months.length - 1]!);
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;

function blocColour(blocs: string[], bloc: string): string {
  return BLOC_COLOURS[Math.max(0, blocs.indexOf(bloc)) % BLOC_COLOURS.length]!;
}

function draw(cy: Core, blocs: Blocs): void {
  const before = new Map(cy.nodes('[kind = "actor"]').map((n) => [n.id(), { ...n.position() }] as const));
  const blocIds = [...new Set(blocs.nodes.map((n) => n.bloc))].sort();
  const maxW = Math.max(1, ...blocs.edges.map((e) => Math.abs(e.weight)));
  const maxEvents = Math.max(1, ...blocs.nodes.map((n) => n.events));
  const elements: ElementDefinition[] = [];
  for (const b of blocIds) {
    const members = blocs.nodes.filter((n) => n.bloc === b).length;
    elements.push({ group: 'nodes', data: { id: `bloc:${b}`, kind: 'bloc', label: `Bloc ${b} (${members})`, colour: blocColour(blocIds, b) } });
  }
  for (const n of blocs.nodes) {
    elements.push({
      group: 'nodes',
      data: { id: n.id, kind: 'actor', label: n.label, parent: `bloc:${n.bloc}`, colour: blocColour(blocIds, n.bloc), size: 18 + 30 * Math.sqrt(n.events / maxEvents) },
      position: before.get(n.id),
    });
  }
  blocs.edges.forEach((e, i) => {
    elements.push({ group: 'edges', data: { id: `e${i}:${e.source}:${e.target}`, source: e.source, target: e.target, sign: e.weight >= 0 ? 'pos' : 'neg', width: 1 + 7 * (Math.abs(e.weight) / maxW) } });
  });
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  const known = blocs.nodes.filter((n) => before.has(n.id)).length;
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: known < blocs.nodes.length / 2,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 80,
    nestingFactor: 0.8,
    gravity: 0.6,
    numIter: 1500,
    fit: true,
    padding: 24,
  } as cytoscape.LayoutOptions).run();
}

function describe(status: HTMLElement, b: Blocs, until: string | undefined): void {
  const blocCount = new Set(b.nodes.map((n) => n.bloc)).size;
  const neg = b.edges.filter((e) => e.weight < 0).length;
  status.textContent = `${until ? `Up to ${until}: ` : ''}${fmt.format(b.nodes.length)} actors in ${blocCount} bloc${blocCount === 1 ? '' : 's'}, ${fmt.format(b.edges.length)} ties (${neg} hostile)` +
    (b.balance !== null ? `; balance ${Math.round(b.balance * 100)}%` : '') + '.';
  announce(status.textContent);
}

function renderTwin(box: HTMLElement, b: Blocs, onActor: (id: string) => void, onTie: (a: string, b: string) => void): void {
  clear(box);
  const blocIds = [...new Set(b.nodes.map((n) => n.bloc))].sort();
  box.append(h('section', { 'aria-labelledby': 'blocs-h' }, h('h3', { id: 'blocs-h' }, 'Blocs'),
    b.nodes.length === 0 ? h('p', {}, 'No ties yet at this date.') :
      h('ul', { class: 'bloc-list' }, blocIds.map((id) => h('li', {},
        h('span', { class: 'bloc-swatch', style: `background:${blocColour(blocIds, id)}`, 'aria-hidden': 'true' }), h('strong', {}, `Bloc ${id}: `),
        b.nodes.filter((n) => n.bloc === id).sort((x, y) => y.events - x.events).map((n) => {
          const btn = h('button', { type: 'button', class: 'link-button', 'data-actor': n.id }, n.label);
          btn.addEventListener('click', () => onActor(n.id));
          return [btn, ' '];
        }))))));
  if (b.tensions.length > 0) {
    box.append(h('section', { 'aria-labelledby': 'tensions-h' }, h('h3', { id: 'tensions-h' }, 'Tensions'),
      h('ul', {}, b.tensions.slice(0, 20).map((t) => {
        const btn = h('button', { type: 'button', class: 'link-button' }, `${t.source} ↔ ${t.target}`);
        btn.addEventListener('click', () => onTie(t.source, t.target));
        return h('li', {}, btn, ` ${t.weight > 0 ? '+' : ''}${round(t.weight)}${t.note ? ` — ${t.note}` : ''}`);
      }))));
  }
}

const STYLE = [
  { selector: 'node[kind = "actor"]', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', color: '#111827', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '1px' } },
  { selector: 'node[kind = "bloc"]', style: { 'background-color': 'data(colour)', 'background-opacity': 0.07, 'border-color': 'data(colour)', 'border-width': 2, label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center', color: '#111827', 'font-size': 12, 'font-weight': 'bold', shape: 'round-rectangle', padding: '14px' } },
  { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', opacity: 0.8 } },
  { selector: 'edge[sign = "pos"]', style: { 'line-color': '#17703f' } },
  { selector: 'edge[sign = "neg"]', style: { 'line-color': '#a8201a', 'line-style': 'dashed' } },
  { selector: ':selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
] as unknown as cytoscape.StylesheetJson;

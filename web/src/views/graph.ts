// The alliance graph: actors as nodes grouped into their blocs, ties signed (green cooperation,
// red conflict, dashed) and weighted (width). A time slider asks /api/blocs for the ties up to
// each month and replays how blocs shift. The canvas has a text twin below it (blocs, members,
// tensions) that works with a keyboard and a screen reader.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { api } from '../api.js';
import { announce, clear, fmt, h } from '../dom.js';
import { href, type Route } from '../route.js';
import type { BlocsResult } from '../types.js';
import { errorBox, eventItem } from './common.js';

/** Distinct bloc colours (dark enough for white labels). */
const BLOC_COLOURS = ['#1f5f9e', '#8a3b9e', '#17703f', '#9a4d00', '#4b5563', '#a8201a', '#0f766e', '#6d5a00'];

export async function graphView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  clear(root);
  const heading = h('h2', {}, 'Alliances');
  const status = h('p', { class: 'count', role: 'status' }, 'Loading…');
  root.append(heading, status);

  // the slider runs over every day of the bulk of the dates (a few background dates decades away
  // do not stretch it); a linked period opens exactly on its days, even outside that range
  const since = dayParam(route.params.get('since'));
  const wanted = dayParam(route.params.get('until'));
  let steps: string[] = [];
  try {
    const c = await api.counts({}, signal);
    if (c.range) steps = days(c.range.first, c.range.last);
  } catch (err) {
    if (signal.aborted) return;
    root.append(errorBox(err));
    return;
  }
  if (wanted && !steps.includes(wanted)) steps = [...steps, wanted].sort();
  let index = wanted ? steps.indexOf(wanted) : steps.length - 1;
  if (index < 0) index = steps.length - 1;
  const fromInput = h('input', { type: 'date', id: 'graph-from', value: since ?? '' });
  const untilInput = h('input', { type: 'date', id: 'graph-until', value: wanted ?? steps[index] ?? '' });
  const periodForm = h('form', { class: 'slider-row', 'aria-label': 'Period of the graph' },
    h('label', { for: 'graph-from' }, 'From'), fromInput, h('label', { for: 'graph-until' }, 'Until'), untilInput,
    h('button', { type: 'submit' }, 'Show'));
  periodForm.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = href('graph', { since: fromInput.value || undefined, until: untilInput.value || undefined, memory: route.params.get('memory') ?? undefined, top: route.params.get('top') ?? undefined });
  });
  root.append(periodForm);

  // the most active actors only, by default: a hundred labelled nodes are a tangle; "all" is a choice
  const topParam = route.params.get('top');
  const topValue = TOPS.find((t) => topParam !== null && String(t.n) === topParam)?.n ?? DEFAULT_TOP;
  const topSelect = h('select', { id: 'graph-top' }, TOPS.map((t) => h('option', { value: t.n, selected: t.n === topValue }, t.label)));
  const memoryDays = MEMORY.some((m) => String(m.days) === route.params.get('memory')) ? Number(route.params.get('memory')) : DEFAULT_MEMORY;
  const memory = h('select', { id: 'memory' }, MEMORY.map((m) => h('option', { value: m.days, selected: m.days === memoryDays }, m.label)));
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
      h('label', { for: 'until-slider' }, 'Ties up to'), back, slider, fwd, sliderLabel, play,
      h('label', { for: 'memory' }, 'Memory'), memory,
      h('label', { for: 'graph-top' }, 'Actors'), topSelect),
    h('ul', { class: 'legend' },
      h('li', {}, h('span', { class: 'tie pos', 'aria-hidden': 'true' }), ' cooperation (solid green)'),
      h('li', {}, h('span', { class: 'tie neg', 'aria-hidden': 'true' }), ' conflict (dashed red)'),
      h('li', {}, h('span', { class: 'tie faded', 'aria-hidden': 'true' }), ' faded to nothing (dotted grey)'),
      h('li', {}, 'width: weight of the tie; boxes: blocs of two or more')),
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

  let current: BlocsResult | null = null;
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
      const blocs = await api.blocs({ since, until, half_life: Number(memory.value), top: Number(topSelect.value) }, ctl.signal);
      if (ctl.signal.aborted) return;
      current = blocs;
      draw(cy, blocs);
      // what is drawn, for the text twin's readers and for tests: the same actors as the lists below
      canvas.dataset['actors'] = String(cy.nodes('[kind = "actor"]').length);
      clear(panel);
      panel.append(h('p', { class: 'hint' }, `Choose an actor or a tie (in the graph or the lists) to see its events up to ${until ?? 'today'}.`));
      describe(status, blocs, until, memory.selectedOptions[0]?.textContent ?? '', since);
      untilInput.value = until ?? '';
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
      h('p', {}, `Bloc ${node?.bloc ?? '?'} · ${node?.events ?? 0} events · `, h('a', { href: href('timeline', { actor: filterKey(id), until: steps[Number(slider.value)] }) }, 'events in the timeline')),
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
        api.events({ actor: filterKey(a), recipient: filterKey(b), until, limit: 100 }, signal),
        api.events({ actor: filterKey(b), recipient: filterKey(a), until, limit: 100 }, signal),
      ]);
      const events = [...ab.items, ...ba.items].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
      panel.querySelector('.loading')?.replaceWith(h('p', {}, `${ab.total + ba.total} event${ab.total + ba.total === 1 ? '' : 's'} between them${until ? ` up to ${until}` : ''}${events.length < ab.total + ba.total ? ` (first ${events.length} shown)` : ''}.`));
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
    history.replaceState(null, '', href('graph', {
      since, until: steps[n], memory: memory.value === String(DEFAULT_MEMORY) ? undefined : memory.value,
      top: topSelect.value === String(DEFAULT_TOP) ? undefined : topSelect.value,
    }));
    void load(n);
  };
  slider.addEventListener('input', () => goTo(Number(slider.value)));
  memory.addEventListener('change', () => goTo(Number(slider.value)));
  topSelect.addEventListener('change', () => goTo(Number(slider.value)));
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

/**
 * The events filter for a graph node: a named organisation's node is "IMG:isil" (code:actor id),
 * filtered by its actor id; others (RUS, RUS-REB) are a code or a generic actor id already.
 */
function filterKey(node: string): string {
  const i = node.indexOf(':');
  return i >= 0 ? node.slice(i + 1) : node;
}

/** How long a tie is remembered: an event's weight halves every so many days (0: never fades). */
const MEMORY = [
  { days: 30, label: '1 month' },
  { days: 90, label: '3 months' },
  { days: 365, label: '1 year' },
  { days: 1825, label: '5 years' },
  { days: 0, label: 'no fading' },
];
const DEFAULT_MEMORY = 365;

/** How many of the period's actors are drawn and listed, the most active first (0: all). */
const TOPS = [
  { n: 10, label: 'top 10' },
  { n: 30, label: 'top 30' },
  { n: 60, label: 'top 60' },
  { n: 120, label: 'top 120' },
  { n: 0, label: 'all' },
];
const DEFAULT_TOP = 30;

/** A YYYY-MM-DD parameter, or undefined when absent or not a day. */
function dayParam(v: string | null): string | undefined {
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : undefined;
}

/** Every day from first to last, inclusive (the slider's steps). */
function days(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`), end = Date.parse(`${last}T00:00:00Z`); t <= end && out.length < 40_000; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Blocs with two or more members get a colour and a box; lone actors stay grey. */
function blocColours(b: BlocsResult): Map<number, string> {
  const out = new Map<number, string>();
  const groups = b.blocs.filter((x) => x.members.length > 1).sort((x, y) => y.members.length - x.members.length || x.id - y.id);
  groups.forEach((g, i) => out.set(g.id, BLOC_COLOURS[i % BLOC_COLOURS.length]!));
  return out;
}
const LONE = '#6b7280';

function draw(cy: Core, b: BlocsResult): void {
  const before = new Map(cy.nodes('[kind = "actor"]').map((n) => [n.id(), { ...n.position() }] as const));
  const colours = blocColours(b);
  const maxW = Math.max(1e-9, ...b.edges.map((e) => Math.abs(e.weight)));
  const maxEvents = Math.max(1, ...b.nodes.map((n) => n.events));
  const elements: ElementDefinition[] = [];
  for (const bloc of b.blocs) {
    if (!colours.has(bloc.id)) continue;
    elements.push({ group: 'nodes', data: { id: `bloc:${bloc.id}`, kind: 'bloc', label: `Bloc ${bloc.id} (${bloc.members.length})`, colour: colours.get(bloc.id) } });
  }
  for (const n of b.nodes) {
    const boxed = colours.has(n.bloc);
    elements.push({
      group: 'nodes',
      data: { id: n.id, kind: 'actor', label: n.label, parent: boxed ? `bloc:${n.bloc}` : undefined, colour: colours.get(n.bloc) ?? LONE, size: 18 + 26 * Math.sqrt(n.events / maxEvents) },
      position: before.get(n.id),
    });
  }
  b.edges.forEach((e, i) => {
    // a tie under 2% of the strongest has faded: drawn, but dotted and grey
    const rel = Math.abs(e.weight) / maxW;
    const sign = rel < 0.02 ? 'faded' : e.weight > 0 ? 'pos' : 'neg';
    elements.push({ group: 'edges', data: { id: `e${i}`, source: e.source, target: e.target, sign, width: sign === 'faded' ? 1 : 1.5 + 7 * rel } });
  });
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  const known = b.nodes.filter((n) => before.has(n.id)).length;
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: known < b.nodes.length / 2,
    nodeRepulsion: () => 12000,
    idealEdgeLength: () => 90,
    nestingFactor: 0.8,
    // blocs are boxes: keep boxes (and the nodes in them) from overlapping each other
    nodeOverlap: 40,
    componentSpacing: 80,
    gravity: 0.5,
    numIter: 1500,
    fit: true,
    padding: 24,
    // a graph of three actors is not blown up to fill the box
    stop: () => {
      if (cy.zoom() > 1.3) {
        cy.zoom(1.3);
        cy.center();
      }
    },
  } as cytoscape.LayoutOptions).run();
}

function describe(status: HTMLElement, b: BlocsResult, until: string | undefined, memory: string, since?: string): void {
  const groups = b.blocs.filter((x) => x.members.length > 1).length;
  const lone = b.blocs.length - groups;
  const maxW = Math.max(1e-9, ...b.edges.map((e) => Math.abs(e.weight)));
  const faded = b.edges.filter((e) => Math.abs(e.weight) / maxW < 0.02).length;
  const neg = b.edges.filter((e) => e.weight < 0 && Math.abs(e.weight) / maxW >= 0.02).length;
  const bal = b.balance.share;
  const shown = b.actors > b.nodes.length ? `the ${fmt.format(b.nodes.length)} most active of ${fmt.format(b.actors)} actors` : `${fmt.format(b.nodes.length)} actors`;
  status.textContent = `${since ? `From ${since} up to ${until ?? 'today'}` : until ? `Up to ${until}` : 'All time'} (memory ${memory}): ${shown} from ${fmt.format(b.events)} events; ` +
    `${groups} bloc${groups === 1 ? '' : 's'} of two or more, ${lone} alone; ${fmt.format(b.edges.length)} ties (${neg} hostile${faded ? `, ${faded} faded` : ''})` +
    (bal !== null ? `; ${Math.round(bal * 100)}% of ${b.balance.triads} closed triad${b.balance.triads === 1 ? '' : 's'} balanced` : '') + '.';
  announce(status.textContent);
}

function renderTwin(box: HTMLElement, b: BlocsResult, onActor: (id: string) => void, onTie: (a: string, b: string) => void): void {
  clear(box);
  const colours = blocColours(b);
  const label = new Map(b.nodes.map((n) => [n.id, n.label]));
  const actorButton = (id: string) => {
    const btn = h('button', { type: 'button', class: 'link-button', 'data-actor': id }, label.get(id) ?? id);
    btn.addEventListener('click', () => onActor(id));
    return btn;
  };
  const tieButton = (a: string, c: string) => {
    const btn = h('button', { type: 'button', class: 'link-button' }, `${label.get(a) ?? a} ↔ ${label.get(c) ?? c}`);
    btn.addEventListener('click', () => onTie(a, c));
    return btn;
  };
  const groups = b.blocs.filter((x) => x.members.length > 1).sort((x, y) => y.members.length - x.members.length);
  const lone = b.blocs.filter((x) => x.members.length === 1).flatMap((x) => x.members);
  box.append(h('section', { 'aria-labelledby': 'blocs-h' }, h('h3', { id: 'blocs-h' }, 'Blocs'),
    b.nodes.length === 0 ? h('p', {}, 'No ties yet at this date.') :
      h('ul', { class: 'bloc-list' },
        groups.map((g) => h('li', {},
          h('span', { class: 'bloc-swatch', style: `background:${colours.get(g.id)}`, 'aria-hidden': 'true' }), h('strong', {}, `Bloc ${g.id}: `),
          g.members.map((m) => [actorButton(m), ' ']),
          h('span', { class: 'muted' }, ` inner ties +${round(g.positive)} / −${round(g.negative)}`))),
        lone.length ? h('li', {}, h('span', { class: 'bloc-swatch', style: `background:${LONE}`, 'aria-hidden': 'true' }), h('strong', {}, 'Alone: '), lone.map((m) => [actorButton(m), ' '])) : null)));
  const hostile = b.between.filter((r) => r.weight < 0);
  if (hostile.length) {
    box.append(h('section', { 'aria-labelledby': 'between-h' }, h('h3', { id: 'between-h' }, 'Hostile blocs'),
      h('ul', {}, hostile.slice(0, 20).map((r) => h('li', {}, `Bloc ${r.a} ↔ bloc ${r.b}: net ${round(r.weight)} (cooperation +${round(r.positive)}, conflict −${round(r.negative)})`)))));
  }
  if (b.tensions.length) {
    box.append(h('section', { 'aria-labelledby': 'tensions-h' }, h('h3', { id: 'tensions-h' }, 'Tensions inside blocs'),
      h('ul', {}, b.tensions.slice(0, 20).map((t) => h('li', {}, tieButton(t.source, t.target), ` (bloc ${t.bloc}, ${t.kind}): net ${round(t.weight)}, ${t.events} events`)))));
  }
  if (b.courted.length) {
    box.append(h('section', { 'aria-labelledby': 'courted-h' }, h('h3', { id: 'courted-h' }, 'Courted by hostile blocs'),
      h('ul', {}, b.courted.slice(0, 20).map((c) => h('li', {}, actorButton(c.actor), `: ties to ${c.sides.map((s) => `bloc ${s.bloc} (+${round(s.weight)})`).join(' and ')}, which are at ${round(c.hostility)} with each other`)))));
  }
}

const STYLE = [
  { selector: 'node[kind = "actor"]', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', color: '#111827', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '1px' } },
  { selector: 'node[kind = "bloc"]', style: { 'background-color': 'data(colour)', 'background-opacity': 0.07, 'border-color': 'data(colour)', 'border-width': 2, label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center', color: '#111827', 'font-size': 12, 'font-weight': 'bold', shape: 'round-rectangle', padding: '14px' } },
  { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', opacity: 0.8 } },
  { selector: 'edge[sign = "pos"]', style: { 'line-color': '#17703f' } },
  { selector: 'edge[sign = "neg"]', style: { 'line-color': '#a8201a', 'line-style': 'dashed' } },
  { selector: 'edge[sign = "faded"]', style: { 'line-color': '#9ca3af', 'line-style': 'dotted', opacity: 0.6 } },
  { selector: ':selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
] as unknown as cytoscape.StylesheetJson;

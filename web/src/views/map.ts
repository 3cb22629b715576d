// The map: where the filtered events happened, on offline Natural Earth shapes (world-atlas,
// projected with d3-geo). Countries are shaded by how many events they hold; places with
// coordinates are circles sized by count and coloured by their most frequent quad class.
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import iso from 'virtual:country-codes';
import { api } from '../api.js';
import { announce, append, clear, fmt, h, s } from '../dom.js';
import { QUADS, quad } from '../quad.js';
import { go, href, type Route } from '../route.js';
import type { StoredEvent } from '../types.js';
import { errorBox, eventItem, filterForm, filtersFrom, suggestActors } from './common.js';

/** Events are fetched in pages of this size, up to MAX_EVENTS, so a big store streams in. */
const CHUNK = 1000;
const MAX_EVENTS = 20_000;
const W = 960;
const H = 500;

interface CountryAgg {
  code: string;
  name: string;
  events: StoredEvent[];
}

interface PlaceAgg {
  key: string;
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  events: StoredEvent[];
  quads: number[];
}

const countries = feature(world, world.objects['countries']!) as unknown as FeatureCollection<Geometry, { name: string }>;
// Fitted to the inhabited world: Antarctica (ISO 010) holds no events and would take a fifth of the height.
const inhabited: FeatureCollection<Geometry, { name: string }> = { type: 'FeatureCollection', features: countries.features.filter((c) => String(c.id) !== '010') };
const projection = geoEqualEarth().fitExtent([[8, 8], [W - 8, H - 8]], inhabited);
const path = geoPath(projection);
/** ISO alpha-3 -> the shape's name, and back from the shape's numeric id. */
const a3Of = new Map(Object.entries(iso).map(([a3, n]) => [n, a3]));
const nameOf = new Map(countries.features.map((c) => [a3Of.get(String(c.id ?? '')) ?? '', c.properties.name]));

export async function mapView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const f = filtersFrom(route.params);
  const form = filterForm(f, (next) => go(href('map', { ...next, distinct: next.distinct ? 'true' : undefined })));
  void suggestActors(form, async () => (await api.actors({ limit: 100 }, signal)).items);
  const progress = h('p', { class: 'count', role: 'status' }, 'Loading events…');
  const panel = h('aside', { class: 'place-panel', id: 'place-panel', 'aria-live': 'polite' },
    h('p', { class: 'hint' }, 'Choose a place on the map or in the table to list its events.'));
  const mapBox = h('div', { class: 'map-box' });
  const tableBox = h('div', { class: 'place-table' });
  clear(root);
  root.append(h('h2', {}, 'Map'), form, progress, h('div', { class: 'map-grid' }, mapBox, panel), tableBox);

  mapBox.append(drawMap([], new Map(), () => undefined));
  const events: StoredEvent[] = [];
  let total = 0;
  let scanned = 0;
  try {
    for (let offset = 0; offset < MAX_EVENTS; offset += CHUNK) {
      const page = await api.events({ actor: f.actor, recipient: f.recipient, type: f.type, since: f.since, until: f.until, distinct: f.distinct, q: f.q || undefined, limit: CHUNK, offset }, signal);
      total = page.total;
      scanned += page.items.length;
      events.push(...page.items);
      progress.textContent = `Loaded ${fmt.format(scanned)} of ${fmt.format(total)} events…`;
      if (page.items.length < CHUNK || scanned >= total) break;
    }
  } catch (err) {
    if (signal.aborted) return;
    progress.replaceWith(errorBox(err));
    return;
  }
  if (signal.aborted) return;

  const places = aggregate(events);
  const byCountry = new Map<string, CountryAgg>();
  let placed = 0;
  for (const ev of events) {
    if (!ev.event_loc) continue;
    placed++;
    const c = ev.event_loc.country;
    if (!c) continue;
    const agg = byCountry.get(c) ?? { code: c, name: nameOf.get(c) ?? c, events: [] };
    agg.events.push(ev);
    byCountry.set(c, agg);
  }
  progress.textContent = `${fmt.format(total)} events${f.q ? ` with “${f.q}”` : ''}; ${fmt.format(placed)} have a place, ${fmt.format(places.length)} distinct places with coordinates${scanned < total ? ` (first ${fmt.format(scanned)} of ${fmt.format(total)} events read)` : ''}.`;
  announce(progress.textContent);

  const select = (p: PlaceAgg | CountryAgg) => {
    for (const el of mapBox.querySelectorAll('.selected')) el.classList.remove('selected');
    mapBox.querySelector('lat' in p ? `[data-place="${CSS.escape(p.key)}"]` : `[data-country="${CSS.escape(p.code)}"]`)?.classList.add('selected');
    clear(panel);
    append(panel, [h('h3', {}, 'lat' in p ? `${p.name}${p.country ? `, ${p.country}` : ''}` : `${p.name} (${p.code}), the whole country`),
      h('p', {}, `${p.events.length} event${p.events.length === 1 ? '' : 's'}`),
      h('ol', { class: 'event-list compact' }, p.events.slice(0, 200).map((ev) => eventItem(ev))),
      p.events.length > 200 ? h('p', {}, `First 200 shown; narrow the filters to see the rest.`) : null]);
  };
  mapBox.replaceChildren(drawMap(places, byCountry, select, scanned - placed));
  tableBox.append(placeTable(places, select), countryTable([...byCountry.values()].sort((a, b) => b.events.length - a.events.length), select));
}

function aggregate(events: StoredEvent[]): PlaceAgg[] {
  const map = new Map<string, PlaceAgg>();
  for (const ev of events) {
    const loc = ev.event_loc;
    if (!loc || loc.lat === null || loc.lon === null) continue;
    const key = `${loc.name}|${loc.lat.toFixed(2)}|${loc.lon.toFixed(2)}`;
    let p = map.get(key);
    if (!p) map.set(key, (p = { key, name: loc.name, country: loc.country, lat: loc.lat, lon: loc.lon, events: [], quads: [0, 0, 0, 0, 0] }));
    p.events.push(ev);
    p.quads[ev.quad_code] = (p.quads[ev.quad_code] ?? 0) + 1;
  }
  return [...map.values()].sort((a, b) => b.events.length - a.events.length);
}

function topQuad(p: PlaceAgg): number {
  let best = 1;
  for (let q = 2; q <= 4; q++) if ((p.quads[q] ?? 0) > (p.quads[best] ?? 0)) best = q;
  return best;
}

const SHADES = ['#e4e8ec', '#c7d4e2', '#9fb6cf', '#7193b8', '#4f76a0'];

function shade(n: number, max: number): string {
  if (n <= 0 || max <= 0) return SHADES[0]!;
  const i = 1 + Math.min(3, Math.floor((Math.log(n) / Math.log(max + 1)) * 4));
  return SHADES[i]!;
}

/** `unplaced`: events read that have no place at all; the legend says how many the map cannot show. */
function drawMap(places: PlaceAgg[], byCountry: Map<string, CountryAgg>, select: (p: PlaceAgg | CountryAgg) => void, unplaced = 0): HTMLElement {
  const max = Math.max(0, ...[...byCountry.values()].map((c) => c.events.length));
  const zoomLayer = s('g', { class: 'zoom-layer' });
  zoomLayer.append(
    s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }),
    s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }),
  );
  const landLayer = s('g', { class: 'countries' });
  for (const c of countries.features) {
    const a3 = a3Of.get(String(c.id ?? '')) ?? '';
    const agg = byCountry.get(a3);
    const n = agg?.events.length ?? 0;
    const shape = s('path', { d: path(c) ?? '', fill: shade(n, max), class: `country${n ? ' has-events' : ''}`, 'data-country': a3 },
      s('title', {}, `${c.properties.name}${n ? `: ${n} event${n === 1 ? '' : 's'}` : ''}`));
    // countries are chosen with the mouse here; the Countries table below does it by keyboard
    if (agg) shape.addEventListener('click', () => select(agg));
    landLayer.append(shape);
  }
  zoomLayer.append(landLayer);
  const maxCount = Math.max(1, ...places.map((p) => p.events.length));
  const dots = s('g', { class: 'places' });
  // Largest first so small circles stay on top and clickable.
  for (const p of [...places].sort((a, b) => b.events.length - a.events.length)) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const q = quad(topQuad(p));
    const r = 4 + 14 * Math.sqrt(p.events.length / maxCount);
    const dot = s('circle', {
      cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1),
      class: `place quad-${q.code}`, tabindex: 0, role: 'button', 'data-place': p.key,
      'aria-label': `${p.name}${p.country ? `, ${p.country}` : ''}: ${p.events.length} event${p.events.length === 1 ? '' : 's'}, mostly ${q.label.toLowerCase()}`,
    }, s('title', {}, `${p.name}: ${p.events.length} events (mostly ${q.label.toLowerCase()})`));
    dot.addEventListener('click', () => select(p));
    dot.addEventListener('keydown', (e) => {
      const k = (e as KeyboardEvent).key;
      if (k === 'Enter' || k === ' ') { e.preventDefault(); select(p); }
    });
    dots.append(dot);
  }
  zoomLayer.append(dots);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map-svg', role: 'group', 'aria-label': `World map with ${places.length} event places` }, zoomLayer) as SVGSVGElement;

  // Zoom and pan: buttons, the mouse wheel, dragging; circles keep their screen size.
  let k = 1;
  let tx = 0;
  let ty = 0;
  const apply = () => {
    zoomLayer.setAttribute('transform', `translate(${tx.toFixed(1)},${ty.toFixed(1)}) scale(${k})`);
    svg.style.setProperty('--k', String(k));
  };
  const zoomAt = (factor: number, cx = W / 2, cy = H / 2) => {
    const nk = Math.min(16, Math.max(1, k * factor));
    tx = cx - ((cx - tx) * nk) / k;
    ty = cy - ((cy - ty) * nk) / k;
    k = nk;
    if (k === 1) { tx = 0; ty = 0; }
    apply();
  };
  const toSvg = (e: MouseEvent) => {
    const r = svg.getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * W, ((e.clientY - r.top) / r.height) * H] as const;
  };
  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    const [cx, cy] = toSvg(e);
    zoomAt(e.deltaY < 0 ? 1.25 : 0.8, cx, cy);
  }, { passive: false });
  let drag: { x: number; y: number; tx: number; ty: number } | null = null;
  svg.addEventListener('pointerdown', (e) => {
    if ((e.target as Element).classList.contains('place')) return;
    const [x, y] = toSvg(e);
    drag = { x, y, tx, ty };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const [x, y] = toSvg(e);
    tx = drag.tx + x - drag.x;
    ty = drag.ty + y - drag.y;
    apply();
  });
  svg.addEventListener('pointerup', () => { drag = null; });
  const button = (label: string, text: string, act: () => void) => {
    const b = h('button', { type: 'button', 'aria-label': label, title: label }, text);
    b.addEventListener('click', act);
    return b;
  };
  const legend = h('ul', { class: 'legend' },
    QUADS.map((q) => h('li', {}, h('span', { class: `badge quad-${q.code}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), q.label))),
    h('li', {}, h('span', { class: 'shade-scale', 'aria-hidden': 'true' }, SHADES.slice(1).map((c) => h('span', { style: `background:${c}` }))), ' countries: more events, darker (a country counts every event placed in it, also those with no finer place)'),
    unplaced > 0 ? h('li', { class: 'unplaced' }, `${fmt.format(unplaced)} event${unplaced === 1 ? ' has' : 's have'} no place and ${unplaced === 1 ? 'is' : 'are'} not on the map`) : null);
  return h('figure', { class: 'map' },
    h('div', { class: 'map-controls' },
      button('Zoom in', '+', () => zoomAt(1.5)),
      button('Zoom out', '−', () => zoomAt(1 / 1.5)),
      button('Reset zoom', 'Reset', () => { k = 1; tx = 0; ty = 0; apply(); })),
    svg,
    h('figcaption', {}, legend));
}

function countryTable(list: CountryAgg[], select: (c: CountryAgg) => void): HTMLElement {
  return h('table', {},
    h('caption', {}, `Countries where events took place (${list.length})`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Country'), h('th', { scope: 'col' }, 'Events'))),
    h('tbody', {}, list.slice(0, 100).map((c) => {
      const b = h('button', { type: 'button', class: 'link-button' }, `${c.name} (${c.code})`);
      b.addEventListener('click', () => {
        select(c);
        document.getElementById('place-panel')?.scrollIntoView({ block: 'nearest' });
      });
      return h('tr', {}, h('th', { scope: 'row' }, b), h('td', { class: 'num' }, String(c.events.length)));
    })));
}

function placeTable(places: PlaceAgg[], select: (p: PlaceAgg) => void): HTMLElement {
  const shown = 100;
  const button = (p: PlaceAgg) => {
    const b = h('button', { type: 'button', class: 'link-button' }, p.name);
    b.addEventListener('click', () => {
      select(p);
      document.getElementById('place-panel')?.scrollIntoView({ block: 'nearest' });
    });
    return b;
  };
  return h('table', {},
    h('caption', {}, `Places with coordinates (${places.length}${places.length > shown ? `, top ${shown} shown` : ''})`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Place'), h('th', { scope: 'col' }, 'Country'), h('th', { scope: 'col' }, 'Events'), h('th', { scope: 'col' }, 'Mostly'))),
    h('tbody', {}, places.slice(0, shown).map((p) => h('tr', {},
      h('th', { scope: 'row' }, button(p)), h('td', {}, p.country ?? ''), h('td', { class: 'num' }, String(p.events.length)), h('td', {}, quad(topQuad(p)).label)))));
}

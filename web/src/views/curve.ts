// The count curve: events per bar over the whole selection, stacked by quad class. Dragging across
// it (or clicking one bar) zooms into that period: `pick` gets the first and last day chosen.
// Each bar is also a link, so a keyboard reaches the same periods.
import type { Bar, Counts } from '../api.js';
import { fmt, h, s } from '../dom.js';
import { QUADS } from '../quad.js';

const W = 1000;
const H = 180;
const LEFT = 48;
const RIGHT = 8;
const TOP = 8;
const AXIS = 22;

const label = (b: Bar, bucket: string) => (bucket === 'day' ? b.start : bucket === 'month' ? b.start.slice(0, 7) : `week of ${b.start}`);

export function curve(c: Counts, pick: (since: string, until: string) => void, hrefOf: (b: Bar) => string): HTMLElement {
  const figure = h('figure', { class: 'chart', id: 'count-chart' });
  if (!c.bars.length) {
    figure.append(h('figcaption', {}, 'No event of this selection is dated to the day.'));
    return figure;
  }
  const max = Math.max(1, ...c.bars.map((b) => b.total));
  const bw = (W - LEFT - RIGHT) / c.bars.length;
  const y = (n: number) => TOP + (H - TOP - AXIS) * (1 - n / max);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'curve-svg', role: 'group', 'aria-label': 'Events per period; drag across to zoom into a period' });
  svg.append(s('text', { x: LEFT - 6, y: TOP + 10, class: 'tick-label', 'text-anchor': 'end' }, fmt.format(max)),
    s('text', { x: LEFT - 6, y: H - AXIS, class: 'tick-label', 'text-anchor': 'end' }, '0'));
  const every = Math.max(1, Math.ceil(c.bars.length / 8));
  c.bars.forEach((b, i) => {
    const x = LEFT + i * bw;
    const g = s('a', { href: hrefOf(b), class: 'bar', 'data-start': b.start, 'data-end': b.end, 'aria-label': `${label(b, c.bucket)}: ${b.total} events` });
    g.append(s('rect', { x, y: TOP, width: Math.max(bw, 1), height: H - TOP - AXIS, class: 'bar-hit' }));
    let base = 0;
    for (const q of QUADS) {
      const n = b.counts[String(q.code)] ?? 0;
      if (!n) continue;
      g.append(s('rect', { x: x + bw * 0.08, y: y(base + n), width: Math.max(bw * 0.84, 0.8), height: y(base) - y(base + n), class: `seg quad-${q.code}` }));
      base += n;
    }
    g.append(s('title', {}, `${label(b, c.bucket)}: ${fmt.format(b.total)} events`));
    svg.append(g);
    if (i % every === 0) svg.append(s('text', { x: x + bw / 2, y: H - 6, class: 'tick-label', 'text-anchor': 'middle' }, c.bucket === 'month' ? b.start.slice(0, 7) : b.start));
  });
  const band = s('rect', { x: 0, y: TOP, width: 0, height: H - TOP - AXIS, class: 'brush', visibility: 'hidden' });
  svg.append(band);
  brush(svg as SVGSVGElement, band, c.bars, bw, pick);
  const notes = [c.outside ? `${fmt.format(c.outside)} dated far from the rest are not drawn` : '',
    c.coarse ? `${fmt.format(c.coarse)} known only to the week, month or year (or undated) are on no bar` : ''].filter(Boolean);
  figure.append(svg, h('figcaption', {}, `${fmt.format(c.total - c.outside)} events dated to the day, per ${c.bucket}, stacked by quad class${notes.length ? `; ${notes.join('; ')}` : ''}. Drag across the bars to zoom into a period, or choose one bar.`));
  return figure;
}

/** Pointer drag selects bars; a drag of more than one bar zooms (a click follows the bar's link). */
function brush(svg: SVGSVGElement, band: SVGElement, bars: Bar[], bw: number, pick: (since: string, until: string) => void): void {
  let from: number | null = null;
  let to = 0;
  const index = (ev: PointerEvent) => {
    const r = svg.getBoundingClientRect();
    const x = ((ev.clientX - r.left) / r.width) * W;
    return Math.max(0, Math.min(bars.length - 1, Math.floor((x - LEFT) / bw)));
  };
  const show = () => {
    if (from === null) return;
    const [a, b] = from <= to ? [from, to] : [to, from];
    band.setAttribute('x', String(LEFT + a * bw));
    band.setAttribute('width', String((b - a + 1) * bw));
    band.setAttribute('visibility', 'visible');
  };
  let dragged = false;
  svg.addEventListener('pointerdown', (ev) => { from = to = index(ev); dragged = false; svg.setPointerCapture(ev.pointerId); show(); });
  svg.addEventListener('pointermove', (ev) => { if (from !== null) { to = index(ev); show(); } });
  svg.addEventListener('pointerup', (ev) => {
    if (from === null) return;
    to = index(ev);
    const [a, b] = from <= to ? [from, to] : [to, from];
    from = null;
    band.setAttribute('visibility', 'hidden');
    if (a !== b) { dragged = true; pick(bars[a]!.start, bars[b]!.end); }
  });
  // a drag must not also follow the link of the bar it ended on
  svg.addEventListener('click', (ev) => { if (dragged) ev.preventDefault(); }, true);
}

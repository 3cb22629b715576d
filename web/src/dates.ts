// Event dates come at any granularity (2015, 2015-11, 2015-W47, 2015-11-26): the page places each
// at the start of its period.
const DAY = 86_400_000;

export function dateStart(value: string | null): number | null {
  if (!value) return null;
  let m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    return monday + (Number(m[2]) - 1) * 7 * DAY;
  }
  m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Axis ticks between two instants: years, quarters, months or weeks, depending on the span. */
export function ticks(from: number, to: number): { t: number; label: string }[] {
  const span = to - from;
  const out: { t: number; label: string }[] = [];
  const d = new Date(from);
  if (span > 4 * 365 * DAY) {
    const step = Math.ceil(span / (10 * 365 * DAY));
    for (let y = d.getUTCFullYear(); Date.UTC(y, 0, 1) <= to; y += step) {
      const t = Date.UTC(y, 0, 1);
      if (t >= from) out.push({ t, label: String(y) });
    }
    return out;
  }
  if (span > 40 * DAY) {
    const step = Math.max(1, Math.ceil(span / (10 * 30 * DAY)));
    for (let y = d.getUTCFullYear(), mo = d.getUTCMonth(); Date.UTC(y, mo, 1) <= to; mo += step) {
      const t = Date.UTC(y, mo, 1);
      if (t >= from) out.push({ t, label: new Date(t).toISOString().slice(0, 7) });
    }
    return out;
  }
  const step = span > 14 * DAY ? 7 : 1;
  for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()); t <= to; t += step * DAY) {
    if (t >= from) out.push({ t, label: isoDay(t).slice(5) });
  }
  return out;
}

/** Month starts from `first` to `last` (inclusive), as YYYY-MM-DD month ends: the blocs slider's steps. */
export function monthEnds(first: string, last: string): string[] {
  const a = dateStart(first);
  const b = dateStart(last);
  if (a === null || b === null) return [];
  const out: string[] = [];
  const start = new Date(a);
  for (let y = start.getUTCFullYear(), mo = start.getUTCMonth(); ; mo++) {
    const end = Date.UTC(y, mo + 1, 1) - DAY;
    out.push(isoDay(end));
    if (end >= b) break;
    if (out.length > 1200) break;
  }
  return out;
}

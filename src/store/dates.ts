import { group } from '../at.js';
// Event dates come at several granularities (2015, 2015-11, 2015-W47, 2015-11-26, 2015-11-26T14:00).
// We store each as the day period it covers so range queries compare like with like.

export interface Period {
  start: string; // YYYY-MM-DD, inclusive
  end: string; // YYYY-MM-DD, inclusive
}

/** The days an ISO date value covers, or null when it is not one we read. */
export function periodOf(value: string): Period | null {
  const v = value.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(v))) {
    return valid(+group(m, 1), +group(m, 2), +group(m, 3)) ? { start: v.slice(0, 10), end: v.slice(0, 10) } : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    const y = +group(m, 1), mo = +group(m, 2);
    if (mo < 1 || mo > 12) return null;
    return { start: ymd(y, mo, 1), end: ymd(y, mo, daysIn(y, mo)) };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
    const y = +group(m, 1), w = +group(m, 2);
    if (w < 1 || w > 53) return null;
    const monday = isoWeekMonday(y, w);
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    return { start: iso(monday), end: iso(sunday) };
  }
  if ((m = /^(\d{4})$/.exec(v))) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  return null;
}

function isoWeekMonday(year: number, week: number): Date {
  // ISO week 1 is the week holding January 4th.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = jan4.getUTCDay() || 7;
  return new Date(jan4.getTime() + ((week - 1) * 7 - (dow - 1)) * 86400000);
}

function valid(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

function daysIn(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function ymd(y: number, mo: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The day `days` after (or before, when negative) a YYYY-MM-DD day, in UTC. */
export function shiftDay(ymd: string, days: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

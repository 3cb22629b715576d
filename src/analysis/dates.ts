// Event dates as day numbers, and the calendar windows relations are counted in.
import { periodOf } from '../store/dates.js';
import type { StoredEvent } from '../store/types.js';

const DAY = 86400000;

export type WindowKind = 'week' | 'month';

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date. */
export function dayNumber(ymd: string): number {
  return Math.floor(Date.parse(`${ymd.slice(0, 10)}T00:00:00Z`) / DAY);
}

export function dayString(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The first and last day an event's date covers, or null when it is undated or unreadable. */
export function eventDays(e: Pick<StoredEvent, 'date'>): { start: number; end: number } | null {
  if (!e.date) return null;
  const p = periodOf(e.date);
  return p ? { start: dayNumber(p.start), end: dayNumber(p.end) } : null;
}

/** Keeps events whose date period overlaps [since, until] (same period formats as the store). */
export function overlaps(e: Pick<StoredEvent, 'date'>, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  const d = eventDays(e);
  if (!d) return false;
  const lo = since ? periodOf(since) : null;
  const hi = until ? periodOf(until) : null;
  if (since && !lo) throw new Error(`unreadable date: ${since}`);
  if (until && !hi) throw new Error(`unreadable date: ${until}`);
  if (lo && d.end < dayNumber(lo.start)) return false;
  if (hi && d.start > dayNumber(hi.end)) return false;
  return true;
}

export interface Window {
  /** 2015-11 for months, 2015-W47 for ISO weeks. */
  label: string;
  start: string;
  end: string;
  /** Position on a calendar axis (months or weeks since 1970), so gaps between windows count in trends. */
  index: number;
}

// Windows are asked for the same few days again and again; days are few (tens of thousands at most).
const cache = { week: new Map<number, Window>(), month: new Map<number, Window>() };

/** The window a day falls in. */
export function windowOf(day: number, kind: WindowKind): Window {
  let w = cache[kind].get(day);
  if (!w) cache[kind].set(day, (w = computeWindow(day, kind)));
  return w;
}

function computeWindow(day: number, kind: WindowKind): Window {
  const d = new Date(day * DAY);
  if (kind === 'month') {
    const y = d.getUTCFullYear(), m = d.getUTCMonth();
    const start = Date.UTC(y, m, 1) / DAY, end = Date.UTC(y, m + 1, 0) / DAY;
    return { label: dayString(start).slice(0, 7), start: dayString(start), end: dayString(end), index: (y - 1970) * 12 + m };
  }
  const dow = d.getUTCDay() || 7;
  const monday = day - (dow - 1);
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date((monday + 3) * DAY);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((monday + 3 - Date.UTC(isoYear, 0, 1) / DAY) / 7) + 1;
  return { label: `${isoYear}-W${String(week).padStart(2, '0')}`, start: dayString(monday), end: dayString(monday + 6), index: Math.round((monday + 3) / 7) };
}

/**
 * The window an event is counted in: the one holding the middle of its date period, when the
 * period is no longer than a window (a day, a week); a month- or year-long date is too vague to
 * place and gets null (it still counts in the dyad's totals).
 */
export function eventWindow(e: Pick<StoredEvent, 'date'>, kind: WindowKind): Window | null {
  const d = eventDays(e);
  if (!d) return null;
  const len = d.end - d.start + 1;
  if (len > (kind === 'week' ? 7 : 31)) return null;
  return windowOf(Math.floor((d.start + d.end) / 2), kind);
}

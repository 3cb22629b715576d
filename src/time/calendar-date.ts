// From a TIMEX3 value to a date an event can carry: a day, ISO week, month or year that the
// store can turn into a period. Durations, sets, reference words (PRESENT_REF) and values with
// unknown parts (XXXX-WI) are not dates and give null.
import type { Granularity, TimeExpr } from '../types.js';
import { group } from '../at.js';
import { isoWeek, toDay } from './calendar.js';

export interface CalendarDate { date: string; granularity: Exclude<Granularity, 'time'> }

export function calendarDate(value: string): CalendarDate | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value))) return { date: group(m, 1), granularity: 'day' };
  if ((m = /^(\d{4}-W\d{2})(?:-WE)?$/.exec(value))) return { date: group(m, 1), granularity: 'week' };
  if (/^\d{4}-\d{2}$/.test(value)) return { date: value, granularity: 'month' };
  if (/^\d{4}$/.test(value)) return { date: value, granularity: 'year' };
  // Quarters, halves, seasons and fiscal years: only the year is sure.
  if ((m = /^(\d{4})-(?:Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value)) || (m = /^FY(\d{4})$/.exec(value))) return { date: group(m, 1), granularity: 'year' };
  return null;
}

/** The calendar date of a time expression, or null for durations, sets and references. */
export function timeDate(t: TimeExpr): CalendarDate | null {
  if (t.timexType === 'DURATION' || t.timexType === 'SET') return null;
  return calendarDate(t.value);
}

/** Whether every day of `d` lies after `day` (an ISO day): "next year", "Jan. 20" read from December. */
export function startsAfter(d: CalendarDate, day: string): boolean {
  if (d.granularity === 'day') return d.date > day;
  if (d.granularity === 'week') return d.date > isoWeek(toDay(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))));
  if (d.granularity === 'month') return d.date > day.slice(0, 7);
  return d.date > day.slice(0, 4);
}

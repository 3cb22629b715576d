// "last May", "this March", "next January": chrono 2.10 does not parse a month name after
// last/this/next, so these are found here. "last May" is the latest May before the
// reference month; "next May" the first one after it; "this May" the one in the reference year.
import type { TimeExpr } from '../types.js';
import { fmtDay, fmtMonth, fromDay } from './calendar.js';
import { group } from '../at.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Every match of PATTERN spells one of these (in any case): a sentence without them holds none (the time stage spots them with its other words). */
export const MODIFIED_MONTH_WORDS: readonly string[] = MONTHS;
/** The month names as written, for the patterns below: "January|February|...". */
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');
const PATTERN = new RegExp(`\\b(last|this|next|this past|this coming)\\s+(${MONTH_NAMES})\\b`, 'g');

// "August last year", "May of this year", "March next year": the month of that year (chrono reads the
// month alone, which then falls in the publication's year or the one before by the past bias)
// "on 18 August last year", "Aug. 18 of last year" too: that day of that year (chrono reads the day in the
// publication's year)
// groups: the expression (day and month as written, without an ordinal's suffix), its leading day, the month, its trailing day, the year's direction
const YEAR_AFTER = new RegExp(`\\b((?:(\\d{1,2})\\s+)?(${MONTH_NAMES})(?:\\s+(\\d{1,2})(?=(?:st|nd|rd|th)?\\b))?)(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'g');
const YEAR_STEP: Record<string, number> = { last: -1, this: 0, next: 1 };

export function findModifiedMonths(text: string, offset: number, refDay: number | null): TimeExpr[] {
  if (refDay === null) return [];
  const ref = fromDay(refDay);
  const out: TimeExpr[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const dir = group(m, 1).toLowerCase();
    const month = MONTHS.indexOf(group(m, 2).toLowerCase()) + 1;
    let y = ref.y;
    if (dir === 'last' || dir === 'this past') y = month < ref.m ? ref.y : ref.y - 1;
    else if (dir === 'next' || dir === 'this coming') y = month > ref.m ? ref.y : ref.y + 1;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value: fmtMonth(y, month), granularity: 'month' });
  }
  for (const m of text.matchAll(YEAR_AFTER)) {
    const month = MONTHS.indexOf(group(m, 3).toLowerCase()) + 1;
    const y = ref.y + (YEAR_STEP[group(m, 5).toLowerCase()] ?? 0);
    const day = Number(m[2] ?? m[4] ?? 0);
    // the month (or day and month) alone is the expression, as TIMEX3 corpora mark it (MEANTIME:
    // "October" 2010-10 and "next year" 2010); chrono's "last year" stays beside it
    const spanText = group(m, 1);
    const value = day >= 1 && day <= 31 ? fmtDay(y, month, day) : fmtMonth(y, month);
    out.push({ start: offset + m.index, end: offset + m.index + spanText.length, text: spanText, value, granularity: value.length === 10 ? 'day' : 'month' });
  }
  return out;
}

// Turns one chrono result into a TimeExpr: trims prepositions off the span, applies the
// news refinements (past bias, periods, event-relative offsets, granularity), and says
// why when it gives up.
import type { ParsedResult } from 'chrono-node';
import type { Granularity, TimeExpr } from '../types.js';
import { fmtDay, fmtMonth, fmtYear, fromDay, isoWeek, toDay } from './calendar.js';
import { loadJson, loadWordSets } from '../data.js';
import { anyWordRegex, lastWordRegex } from './word-regex.js';
import { futureBefore } from './tense.js';
import { at, own } from '../at.js';

const IGNORE = new Set(loadJson<{ phrases: string[] }>('time', 'ignore.json').phrases.map((p) => p.toLowerCase()));

export type Resolution = { expr: TimeExpr } | { skip: string; start: number; end: number } | null;

const LEAD_PREP = /^(on|at|in|since|by|from|during|until|till|through|before|after|as of)\s+/i;
const LEAD_MODIFIER = /\b(earlier|later|early|late|mid)[\s-]+$/i;
const LOWER_MONTH = /^(jan|feb|mar|march|apr|april|may|jun|june|jul|july|aug|sept?|oct|nov|dec)\.?$/;
const DURATION = /\b(past|last|next|previous|coming|recent)\s+(several|few|couple|many|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b/i;
const EVENT_RELATIVE = /\b(day|days|week|weeks|month|months|year|years|hours?)\s+(after|before|later|earlier)\b/i;
const PERIOD = /^(?:the\s+)?(?:(?:earlier|later|early|late)\s+)?(last|past|previous|this|next|coming)\s+(week|month|year)$/i;
// "later in the month", "during the week": chrono reads "in the month" as a month ahead; news
// means the period the story is told in (the direction word is absent, so PERIOD's `this`); so does
// "earlier in the day", which chrono reads as the day after
const THE_PERIOD = /^(?:(?:earlier|later|early|late)\s+)?the\s+(day|week|month|year)$/i;
const EXPLICIT_DIRECTION = /\b(next|last|this|coming|past|previous|ago|yesterday|today|tomorrow|tonight)\b/i;
const LOWER_WEEKDAY = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/;
const PART_OF_DAY = /^(morning|afternoon|evening|night|noon|midnight)$/;
const IN_DURATION = /^in\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
const CLOCK = /\d|noon|midnight/i;
const BARE_HOUR = /^(.*[^\d\s,])[\s,]+(\d{1,2})$/;
const CLOCK_FILE = loadWordSets(['words', 'hourPrepositions'], 'time', 'clock-words.json');
/** A clock word in a match ("3 pm", "noon"): its number is the hour (so is one after a colon). */
const CLOCK_WORDS = anyWordRegex([...CLOCK_FILE.words]);
/** "on Monday at 9": a preposition of the hour right before the number. */
const HOUR_PREP = lastWordRegex([...CLOCK_FILE.hourPrepositions]);
const PART_OF_DAY_IN = /\b(morning|afternoon|evening|night|overnight|tonight)\b/i;
const PART_CODE: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI' };
// News names dates just ahead without a future verb ("the meeting on June 3", "in October"):
// a month-day up to this many days after publication, or a month up to this many months after
// it, stays in the publication year; further ahead, the past reading wins.
const NEAR_FUTURE_DAYS = 30;
const NEAR_FUTURE_MONTHS = 0;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * The word "since" (in any case) ends the text, spaces after it allowed: what reading the last word
 * with /([\p{L}]+)\s*$/u and lower-casing it asked. That regex reads the rest of the text again
 * from each of its letters (a quarter of resolveResult's time); this one fails
 * at once wherever no s stands. Only ASCII letters lower-case to s, i, n, c and e, hence no i flag
 * (under /iu the long s would match too). test/time/time-stage.test.ts compares the two.
 */
const SINCE_LAST = /(?<!\p{L})[Ss][Ii][Nn][Cc][Ee]\s*$/u;
export const endsWithSince = (text: string): boolean => SINCE_LAST.test(text);

interface Ctx {
  sentence: string;
  sentenceStart: number;
  /** Publication day (days since epoch) or null when the article is undated. */
  refDay: number | null;
}

export function resolveResult(r: ParsedResult, c: Ctx): Resolution {
  // Span: drop a leading preposition (keeping it as a tag), take in a leading "early/late".
  let index = r.index;
  let text = r.text;
  const tags: string[] = [];
  const prep = LEAD_PREP.exec(text);
  if (prep) {
    index += prep[0].length;
    text = text.slice(prep[0].length);
    if (at(prep, 1).toLowerCase() === 'since') tags.push('since');
  }
  const trail = /[\s,;:]+$/.exec(text);
  if (trail) text = text.slice(0, trail.index);
  // "this year, 14 people died", "on Monday 12 were hurt": chrono reads a number after a date as the
  // hour; with no clock word (nor "at 9") it is a count, and the date ends before it
  const bare = BARE_HOUR.exec(text);
  if (bare && r.start.isCertain('hour') && Number(bare[2]) === r.start.get('hour') && !text.includes(':') && !CLOCK_WORDS.test(text) && !HOUR_PREP.test(at(bare, 1))) text = at(bare, 1);
  const mod = LEAD_MODIFIER.exec(c.sentence.slice(Math.max(0, index - 10), index));
  if (mod) { index -= mod[0].length; text = mod[0] + text; }
  const start = c.sentenceStart + index;
  const end = start + text.length;
  const lower = text.toLowerCase();
  const before = c.sentence.slice(0, index);
  if (endsWithSince(before) && !tags.includes('since')) tags.push('since');

  if (IGNORE.has(lower)) return null;
  // "in the years before he entered politics", "the months after the vote": a plural unit of months
  // or years with no count is a vague stretch, not the one year or month before (chrono reads it as
  // "the year before"); "the days/weeks before" stay, their reading is off by days at most
  if (/^the\s+(?:months|years)\b/.test(lower)) return null;
  if (LOWER_WEEKDAY.test(text)) return null; // "sat down", "sun"
  if (LOWER_WEEKDAY.test(lower) && /\bthe\s+$/i.test(before)) return null; // "The Sun reported": a name
  if (PART_OF_DAY.test(lower)) return null; // "every morning": no day named
  if (/^\d{1,2}\/\d{1,2}$/.test(text) && /\d\s*$/.test(c.sentence.slice(0, index))) return null; // "2 1/2 times"
  if (/^\d+:\d\d:\d\d$/.test(text)) return null; // a race time, not a clock time
  if (/^\d{1,2}(?:\s+[ap])?$/i.test(text)) return null; // a bare number chrono took for an hour
  if (/^\d{1,3}\s+to\s+\d{1,3}$/i.test(text)) return null; // "a vote of 16 to 7", "10 to 11 percent": a tally or a range
  if (IN_DURATION.test(r.text)) return null; // "in 100 days": how long, rarely when
  if (LOWER_MONTH.test(lower) && text === lower) return null; // "march", "may": verbs
  if (DURATION.test(text)) return null; // "the past few days": a stretch, not a date

  const after = c.sentence.slice(index + text.length, index + text.length + 12);
  const eventRelative = EVENT_RELATIVE.exec(text) ?? EVENT_RELATIVE.exec(text + after.replace(/^\s+/, ' '));
  if (eventRelative) {
    tags.push('relative-to-event');
    const n = /^(\w+)\s/.exec(text)?.[1]?.toLowerCase() ?? '';
    const count = own(NUMBER_WORDS, n) ?? (Number.isFinite(Number(n)) && n !== '' ? Number(n) : 1);
    const unit = at(eventRelative, 1).toUpperCase()[0]!;
    const sign = /after|later/i.test(at(eventRelative, 2)) ? '+' : '-';
    tags.push(`offset:${sign}${unit === 'H' ? `PT${count}H` : `P${count}${unit}`}`);
  }

  if (c.refDay === null) {
    // chrono's casual dates ("last night", "yesterday") are relative to its placeholder day
    const relative = r.tags().has('result/relativeDate') || r.tags().has('parser/ENCasualDateParser') || [...r.tags()].some((t) => t.startsWith('casualReference/'))
      || !r.start.isCertain('year') || PERIOD.test(text) || THE_PERIOD.test(text) || eventRelative !== null;
    if (relative) return { skip: `undated article: "${text}" is relative and left unresolved`, start, end };
  }

  // Named periods: "last week", "earlier this month", "next year".
  const period = PERIOD.exec(text);
  const thePeriod = period ? null : THE_PERIOD.exec(text);
  if ((period || thePeriod) && c.refDay !== null) {
    const dir = period ? at(period, 1).toLowerCase() : 'this';
    const step = dir === 'this' ? 0 : dir === 'next' || dir === 'coming' ? 1 : -1;
    const unit = (period ? at(period, 2) : at(thePeriod!, 1)).toLowerCase();
    const ref = fromDay(c.refDay);
    if (unit === 'day') return { expr: make(start, end, text, fmtDay(ref.y, ref.m, ref.d), 'day', tags) };
    if (unit === 'week') return { expr: make(start, end, text, isoWeek(c.refDay + 7 * step), 'week', tags) };
    if (unit === 'month') {
      const months = ref.y * 12 + (ref.m - 1) + step;
      return { expr: make(start, end, text, fmtMonth(Math.floor(months / 12), (months % 12) + 1), 'month', tags) };
    }
    return { expr: make(start, end, text, fmtYear(ref.y + step), 'year', tags) };
  }

  const s = r.start;
  let y = s.get('year')!;
  let m = s.get('month')!;
  let d = s.get('day')!;
  const biasFree = EXPLICIT_DIRECTION.test(text) || eventRelative !== null || r.tags().has('result/relativeDate');
  if (c.refDay !== null && !biasFree) {
    const future = futureBefore(before);
    const day = toDay(y, m, d);
    const weekdayOnly = s.isCertain('weekday') && !s.isCertain('day');
    const monthDay = s.isCertain('month') && s.isCertain('day') && !s.isCertain('year');
    const monthOnly = s.isCertain('month') && !s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('year');
    const ref = fromDay(c.refDay);
    if (weekdayOnly) {
      let shifted = day;
      // a bare weekday read as the latest one up to the reference day: events may move it back to
      // the day of the report that tells it ("said on Friday that ... on Monday")
      if (!future) tags.push('weekday-back');
      if (!future && day > c.refDay) shifted -= 7;
      else if (future && day < c.refDay) shifted += 7;
      ({ y, m, d } = fromDay(shifted));
    } else if (monthDay) {
      if (!future && day > c.refDay + NEAR_FUTURE_DAYS) y -= 1;
    } else if (monthOnly) {
      const ym = y * 12 + m;
      const refYm = ref.y * 12 + ref.m;
      if (!future && ym > refYm + NEAR_FUTURE_MONTHS) y -= 1;
      else if (future && ym < refYm) y += 1;
    }
  }

  // "30 BC", "the year 12000": ISO's four digits hold no such year, and no news event is dated there
  if (y < 1 || y > 9999) return { skip: `"${text}" names year ${y}, outside the years 1 to 9999 an ISO date can hold`, start, end };
  if (/weekend/i.test(text)) tags.push('weekend');
  let granularity: Granularity;
  let value: string;
  let timexType: TimeExpr['timexType'];
  const part = PART_OF_DAY_IN.exec(text);
  if (s.isCertain('hour') && CLOCK.test(text)) {
    granularity = 'time';
    value = `${fmtDay(y, m, d)}T${String(s.get('hour')).padStart(2, '0')}:${String(s.get('minute') ?? 0).padStart(2, '0')}`;
    if (/\bUTC\b/.test(text)) value += 'Z'; // TIMEX3 corpora mark UTC with Z but leave GMT local
  } else if (tags.includes('weekend') && c.refDay !== null) {
    granularity = 'week';
    value = `${isoWeek(toDay(y, m, d))}-WE`;
  } else if (s.isCertain('day') || s.isCertain('weekday')) {
    granularity = 'day';
    value = fmtDay(y, m, d);
    // "Tuesday evening": the day with TIMEX3's part-of-day suffix; events read the first ten characters.
    if (part) { value += `T${PART_CODE[part[1]!.toLowerCase()]!}`; timexType = 'TIME'; }
  } else if (s.isCertain('month')) {
    granularity = 'month';
    value = fmtMonth(y, m);
  } else if (s.isCertain('year')) {
    granularity = 'year';
    value = fmtYear(y);
  } else {
    granularity = 'day';
    value = fmtDay(y, m, d);
  }
  const expr = make(start, end, text, value, granularity, tags);
  if (timexType) expr.timexType = timexType;
  return { expr };
}

function make(start: number, end: number, text: string, value: string, granularity: Granularity, tags: string[]): TimeExpr {
  const e: TimeExpr = { start, end, text, value, granularity };
  if (tags.length > 0) e.tags = tags;
  return e;
}

import { at, group, own } from '../at.js';
// Publication dates from metadata strings, header/dateline text and URL paths.
// Only dates with a year are accepted: a bare "Nov. 26" cannot date an article.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+((?:19|20)\\d{2})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'i');
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A date with year found anywhere in a string: ISO (time kept), "26 November 2015", "Nov. 26, 2015". */
export function findDate(s: string): { value: string; index: number; length: number } | null {
  const iso = ISO.exec(s);
  if (iso) {
    const day = ymd(+at(iso, 1), +at(iso, 2), +at(iso, 3));
    if (day) {
      let value = day;
      if (iso[4] !== undefined && +iso[4] < 24 && +at(iso, 5) < 60) {
        value += `T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}`;
        if (iso[7]) value += iso[7] === 'Z' ? 'Z' : iso[7].length === 5 ? `${iso[7].slice(0, 3)}:${iso[7].slice(3)}` : iso[7];
      }
      return { value, index: iso.index, length: iso[0].length };
    }
  }
  const dmy = DAY_MONTH_YEAR.exec(s);
  const mdy = MONTH_DAY_YEAR.exec(s);
  const hit = dmy && (!mdy || dmy.index <= mdy.index) ? { m: dmy, day: at(dmy, 1), mon: at(dmy, 2), year: at(dmy, 3) } : mdy ? { m: mdy, day: at(mdy, 2), mon: at(mdy, 1), year: at(mdy, 3) } : null;
  if (!hit) return null;
  const value = ymd(+hit.year, own(MONTHS, hit.mon.toLowerCase()) ?? 0, +hit.day);
  return value ? { value, index: hit.m.index, length: hit.m[0].length } : null;
}

/** What the calendar has against year-month-day, or null when it is a real day. */
function calendarProblem(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12) return `there is no month ${m}`;
  if (d < 1) return `there is no day ${d}`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? `${y}-${pad(m)} has ${days} days` : null;
}

const ISO_SHAPE = /\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/;
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})$/;

/**
 * A date given in a field (a caller's `published`, a meta tag, a feed's pubDate): its day, or why it
 * was refused. A date that is present but impossible ("2015-13-45", "February 30, 2015") is refused,
 * never rolled over into another day the way Date.parse does.
 */
export function readGivenDate(raw: string | null | undefined): { value: string } | { problem: string } | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const s = raw.trim().slice(0, 200);
  const compact = COMPACT.exec(s);
  const shapes: [number, number, number][] = [];
  if (compact) shapes.push([+at(compact, 1), +at(compact, 2), +at(compact, 3)]);
  const iso = ISO_SHAPE.exec(s);
  if (iso) shapes.push([+at(iso, 1), +at(iso, 2), +at(iso, 3)]);
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) shapes.push([+at(dmy, 3), own(MONTHS, at(dmy, 2).toLowerCase()) ?? 0, +at(dmy, 1)]);
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) shapes.push([+at(mdy, 3), own(MONTHS, at(mdy, 1).toLowerCase()) ?? 0, +at(mdy, 2)]);
  const first = shapes[0];
  const problem = first ? calendarProblem(...first) : null;
  if (problem) return { problem: `not a real date (${problem})` };
  const value = normalizeDate(s);
  return value ? { value } : { problem: 'not understood as a date (expected e.g. 2015-11-26)' };
}

/** Normalise a date given by a caller or a meta tag; null when it holds no full date. */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 200);
  const compact = COMPACT.exec(s);
  if (compact) return ymd(+at(compact, 1), +at(compact, 2), +at(compact, 3));
  const found = findDate(s);
  if (found) return found.value;
  // a date shape the calendar refuses is not handed to Date.parse, which would roll it into the next month
  const shaped = ISO_SHAPE.exec(s) ?? DAY_MONTH_YEAR.exec(s) ?? MONTH_DAY_YEAR.exec(s);
  if (shaped) return null;
  // RFC 2822 and other forms Date understands ("Thu, 26 Nov 2015 10:00:00 GMT" is caught above)
  if (/\b(?:19|20)\d{2}\b/.test(s) && /[a-z]{3}/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  return null;
}

/** Date in a URL path: /2015/11/26/, /2015-11-26/, /20151126/. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not absolute: use as is
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$|\.)/.exec(path) ?? /(?:^|\/|-)((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|-|$|\.)/.exec(path);
  return m ? ymd(+group(m, 1), +group(m, 2), +group(m, 3)) : null;
}

// Background: an event the story dates years before its own publication ("the 1941 attack", "in
// 2004 he signed ...") is history told in passing, not today's news. Such readings are kept and
// marked, and stay out of counts, timelines and alerts by default.
import { z } from 'zod';
import { loadJson } from '../data.js';
import type { Doc, Event } from '../types.js';

const Config = z.object({ _doc: z.string().optional(), minDaysBeforePublication: z.number().int().positive() }).strict();
const { minDaysBeforePublication } = Config.parse(loadJson('events', 'background.json'));
const DAY = 86_400_000;

/** The latest day a date value (YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD...) can mean, as a time value. */
function latestDay(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (/^\d{4}-W/.test(value)) return Date.UTC(y, 11, 31);
  if (m[3]) return Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
  if (m[2]) return Date.UTC(y, Number(m[2]), 0); // day 0 of the next month: the month's last day
  return Date.UTC(y, 11, 31);
}

/** Whether an event dated from its own sentence lies long before the story was published. */
export function isBackground(doc: Doc, e: Pick<Event, 'date' | 'dateFrom'>): boolean {
  if (e.dateFrom !== 'sentence' || !e.date || !doc.article.published) return false;
  const end = latestDay(e.date);
  const published = latestDay(doc.article.published.slice(0, 10));
  return end !== null && published !== null && published - end > minDaysBeforePublication * DAY;
}

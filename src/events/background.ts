// Background: an event the story dates years before its own publication ("the 1941 attack", "in
// 2004 he signed ...") or places in a named period of history ("arrested during World War Two") is
// history told in passing, not today's news. Such readings are kept and marked, and stay out of
// counts, timelines and alerts by default.
import { z } from 'zod';
import { loadJson } from '../data.js';
import type { Doc, Event, Sentence } from '../types.js';
import { firstTokenAtOrAfter } from './view.js';
import { tok } from '../doc.js';
import { PARSE_ONCE } from '../parse-once.js';

const Era = z.object({ names: z.array(z.string().min(1).refine((n) => n === n.toLowerCase(), 'era names are lower-case')).min(1), end: z.number().int() }).strict();
const Config = z.object({
  _doc: z.string().optional(),
  minDaysBeforePublication: z.number().int().positive(),
  _eras: z.string().optional(),
  eras: z.array(Era),
  _eraPreps: z.string().optional(),
  eraPreps: z.array(z.string().min(1)),
}).strict();
const { minDaysBeforePublication, eras, eraPreps } = Config.parse(loadJson('events', 'background.json'), PARSE_ONCE);
const DAY = 86_400_000;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every era name, longest first, as one case-blind pattern over whole words. */
const ERA_NAMES = new RegExp(`(?<![\\p{L}\\p{N}])(?:${eras.flatMap((e) => e.names).sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const ERA_PREPS: ReadonlySet<string> = new Set(eraPreps);
const ERA_END = new Map(eras.flatMap((e) => e.names.map((n): [string, number] => [n, e.end])));

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

const longBefore = (doc: Doc, end: number | null): boolean => {
  const published = doc.article.published ? latestDay(doc.article.published.slice(0, 10)) : null;
  return end !== null && published !== null && published - end > minDaysBeforePublication * DAY;
};

/** Whether an event dated from its own sentence lies long before the story was published. */
export function isBackground(doc: Doc, e: Pick<Event, 'date' | 'dateFrom'>): boolean {
  if (e.dateFrom !== 'sentence' || !e.date) return false;
  return longBefore(doc, latestDay(e.date));
}

/**
 * The named period of history ("World War Two") in the clause of the trigger at `triggerStart`, when
 * it ended long before the story: no verb stands between the two.
 */
export function backgroundEra(doc: Doc, s: Sentence, triggerStart: number): string | null {
  const text = doc.text.slice(s.start, s.end);
  for (const m of text.matchAll(ERA_NAMES)) {
    const start = s.start + m.index, end = start + m[0].length;
    if (!longBefore(doc, Date.UTC(ERA_END.get(m[0].toLowerCase()) ?? 9999, 11, 31))) continue;
    // "during World War Two", "in the Cold War": the act lies inside the period ("since" it does not)
    let before = firstTokenAtOrAfter(doc, start) - 1;
    if (before >= s.tokenStart && tok(doc, before).pos === 'DET') before--;
    if (before < s.tokenStart || !ERA_PREPS.has(tok(doc, before).norm)) continue;
    const trigger = firstTokenAtOrAfter(doc, triggerStart);
    const [from, to] = start > triggerStart ? [trigger + 1, firstTokenAtOrAfter(doc, start)] : [firstTokenAtOrAfter(doc, end), trigger];
    let verb = false;
    for (let i = Math.max(from, s.tokenStart); i < Math.min(to, s.tokenEnd) && !verb; i++) verb = tok(doc, i).pos === 'VERB';
    if (!verb) return m[0];
  }
  return null;
}

// When an event happened: the time expression nearest the trigger in its sentence, else the
// publication date. Every fallback is recorded on the event.
import type { Doc, Event, Sentence, TimeExpr } from '../types.js';
import { numberValue } from './size.js';
import { CUES } from './cues.js';
import { inSentence } from './view.js';

const RELATIVE = /\b(days?|weeks?|months?|years?)\s+(after|before|later|earlier)\b/i;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

function wordBefore(doc: Doc, offset: number): string {
  return /([A-Za-z]+)\W*$/.exec(doc.text.slice(Math.max(0, offset - 24), offset))?.[1]?.toLowerCase() ?? '';
}

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "two days after he met ..." said of an event in the after-clause: the event is N days before the story's now. */
function relativeToEvent(doc: Doc, t: TimeExpr, triggerStart: number, published: string | null): string | null {
  const m = RELATIVE.exec(t.text) ?? RELATIVE.exec(doc.text.slice(t.start, Math.min(doc.text.length, t.end + 12)));
  if (!m || !published) return null;
  const words = doc.tokens.filter((k) => k.start >= t.start && k.end <= t.end);
  let n: number | null = null;
  for (let i = 0; i < words.length && n === null; i++) n = numberValue(words, i);
  if (n === null) return null;
  const unit = m[1]!.toLowerCase().replace(/s$/, '');
  const days = n * (UNIT_DAYS[unit] ?? 1);
  const dir = m[2]!.toLowerCase();
  if (triggerStart < t.start) return null; // the main clause is the story's present
  return shiftDays(published, dir === 'after' || dir === 'later' ? -days : days);
}

export function attachDate(doc: Doc, s: Sentence, triggerStart: number): Pick<Event, 'date' | 'dateFrom'> {
  const published = doc.article.published ? doc.article.published.slice(0, 10) : null;
  // "agreed to hand back the districts by 1 December": a deadline is not when the event happened.
  const times = inSentence(doc.times, s).filter((t) => !CUES.deadlinePreps.has(wordBefore(doc, t.start)));
  if (times.length > 0) {
    // Nearest to the trigger; one after it (same clause, "shot down ... on Tuesday") is preferred.
    let best = times[0]!;
    let bestCost = Infinity;
    for (const t of times) {
      const cost = t.start >= triggerStart ? t.start - triggerStart : (triggerStart - t.end) * 1.5;
      if (cost < bestCost) { best = t; bestCost = cost; }
    }
    const rel = relativeToEvent(doc, best, triggerStart, published);
    if (rel) return { date: rel, dateFrom: 'sentence' };
    if (!RELATIVE.test(best.text)) return { date: best.value, dateFrom: 'sentence' };
  }
  return published ? { date: published, dateFrom: 'published' } : { date: null, dateFrom: 'none' };
}


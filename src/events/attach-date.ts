// When an event happened. In order: a time expression in the event's own clause; the time of
// the reporting verb whose clause holds the event ("X said on Tuesday that ..."); for a
// pluperfect event ("had urged") told at some time, the latest earlier date the story gives;
// else the publication date, flagged as a fallback. Every source is recorded on the event.
import type { Doc, Event, Sentence, TimeExpr } from '../types.js';
import { numberValue } from './size.js';
import { ADVERB_LIKE, CUES, isApostropheS } from './cues.js';
import { firstTokenAtOrAfter, inSentence } from './view.js';
import { isBackground } from './background.js';
import { startsAfter, timeDate, type CalendarDate } from '../time/calendar-date.js';
import { futureBefore } from '../time/tense.js';
import { WORDS } from './words.js';
import { tok } from '../doc.js';
import { group, own } from '../at.js';

type DateFields = Pick<Event, 'date' | 'dateFrom' | 'dateGranularity'>;

const RELATIVE = /\b(days?|weeks?|months?|years?)\s+(after|before|later|earlier)\b/i;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
// "according" and "quote" are speech cues but do not open a reported clause with its own time.
const NOT_REPORTING = WORDS.notReporting;
const PLUPERFECT_AUX = WORDS.pluperfectAux;

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
  const unit = group(m, 1).toLowerCase().replace(/s$/, '');
  const days = n * (own(UNIT_DAYS, unit) ?? 1);
  const dir = group(m, 2).toLowerCase();
  const after = dir === 'after' || dir === 'later';
  if (triggerStart < t.start) {
    // "raided homes two days after the Nov. 13 attacks": the main clause is N days from the anchor
    // the after-clause names; without one, it is the story's present.
    const anchor = doc.times.find((x) => x.start >= t.end && x.start - t.end < 40 && timeDate(x)?.granularity === 'day');
    return anchor ? shiftDays(timeDate(anchor)!.date, after ? days : -days) : null;
  }
  return shiftDays(published, after ? -days : days);
}

/**
 * Where the reported clause holding the trigger begins: after the last reporting verb before the
 * trigger, at its "that" or comma when one follows ("said on Tuesday that ..."). Null when the
 * trigger is not inside a reported clause.
 */
function reportedClauseStart(doc: Doc, s: Sentence, triggerStart: number): number | null {
  let verb = -1;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const k = tok(doc, i);
    if (k.start >= triggerStart) break;
    if (CUES.speechVerbs.has(k.norm) && !NOT_REPORTING.has(k.norm)) verb = i;
  }
  if (verb < 0) return null;
  for (let i = verb + 1; i < s.tokenEnd; i++) {
    const k = tok(doc, i);
    if (k.start >= triggerStart) break;
    if (k.norm === 'that' || k.text === ',' || k.text === ':') return k.end;
  }
  return tok(doc, verb).end;
}

/** "had urged", "had already met", "had been arrested": the trigger is a past before the telling. */
function pluperfect(doc: Doc, s: Sentence, triggerStart: number): boolean {
  let i = s.tokenStart;
  while (i < s.tokenEnd && tok(doc, i).end <= triggerStart) i++;
  for (let j = i - 1, steps = 0; j >= s.tokenStart && steps < 4; j--, steps++) {
    const w = tok(doc, j).norm;
    if (PLUPERFECT_AUX.has(w)) return true;
    if (w !== 'been' && w !== 'not' && w !== "n't" && !(ADVERB_LIKE.has(w) && w !== 'to') && tok(doc, j).pos !== 'ADV') return false;
  }
  return false;
}

/** The latest day the story names before `ref` (an ISO day): the nearest earlier anchor. */
function earlierAnchor(doc: Doc, ref: string): CalendarDate | null {
  let best: CalendarDate | null = null;
  for (const t of doc.times) {
    const d = timeDate(t);
    if (d?.granularity !== 'day' || d.date >= ref.slice(0, 10)) continue;
    if (!best || d.date > best.date) best = d;
  }
  return best;
}

/** Times by closeness to the trigger; one after it (same clause, "shot down ... on Tuesday") is preferred. */
function byDistance(times: TimeExpr[], triggerStart: number): TimeExpr[] {
  const cost = (t: TimeExpr): number => (t.start >= triggerStart ? t.start - triggerStart : (triggerStart - t.end) * 1.5);
  return [...times].sort((a, b) => cost(a) - cost(b));
}

/** No verb stands between the trigger and the time expression: the expression dates the trigger's clause. */
function sameClause(doc: Doc, s: Sentence, triggerStart: number, t: TimeExpr): boolean {
  const trigger = firstTokenAtOrAfter(doc, triggerStart);
  const from = t.start > triggerStart ? trigger + 1 : firstTokenAtOrAfter(doc, t.end);
  const to = t.start > triggerStart ? firstTokenAtOrAfter(doc, t.start) : trigger;
  for (let i = Math.max(from, s.tokenStart); i < Math.min(to, s.tokenEnd); i++) if (tok(doc, i).pos === 'VERB') return false;
  return true;
}

/** Tokens after a premodifying year that may still belong to the noun phrase it describes. */
const YEAR_PHRASE_REACH = 4;

/**
 * "denied on Tuesday meddling in the 2016 election": a bare year between a determiner (or possessive)
 * and a noun names which thing more often than when the event happened, so any other time in the
 * clause dates the event first; alone, it still may ("captured the city during the 1967 war"). Not
 * when the trigger is in the phrase the year describes ("the 2003 invasion" is dated 2003); a null
 * trigger is in no phrase (a reporting clause's time).
 */
function yearModifier(doc: Doc, s: Sentence, t: TimeExpr, triggerStart: number | null): boolean {
  // a bare year, a month and year ("blamed the June 2000 mercury spill on a contractor") or a month
  // and day ("ahead of his Nov. 7 victory")
  if (!/^(?:(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})$/.test(t.text)) return false;
  const first = firstTokenAtOrAfter(doc, t.start);
  const last = firstTokenAtOrAfter(doc, t.end) - 1;
  if (first <= s.tokenStart || last + 1 >= s.tokenEnd) return false;
  const before = tok(doc, first - 1), after = tok(doc, last + 1);
  const determined = before.pos === 'DET' || isApostropheS(before.norm) || (before.pos === 'PRON' && before.norm !== 'it');
  if (!determined || (after.pos !== 'NOUN' && after.pos !== 'ADJ' && after.pos !== 'PROPN')) return false;
  // "met during the 2016 campaign": the phrase is the period the act falls in
  if (before.pos === 'DET' && first - 2 >= s.tokenStart && WORDS.periodPreps.has(tok(doc, first - 2).norm)) return false;
  // the trigger inside the phrase the year describes: the year is its date
  if (triggerStart === null) return true;
  const trigger = firstTokenAtOrAfter(doc, triggerStart);
  return !(trigger > last && trigger <= last + YEAR_PHRASE_REACH && trigger < s.tokenEnd);
}

/**
 * A time inside the object of a verb before it, with "and"/"but" between it and the trigger: it
 * belongs to the first of two coordinated clauses ("denied meddling in the 2016 election and Trump
 * has denied any collusion"), not to the trigger's.
 */
function inEarlierConjunct(doc: Doc, s: Sentence, triggerStart: number, t: TimeExpr): boolean {
  const first = firstTokenAtOrAfter(doc, t.start);
  let verbBefore = false;
  for (let i = s.tokenStart; i < first && !verbBefore; i++) verbBefore = tok(doc, i).pos === 'VERB';
  if (!verbBefore) return false;
  const trigger = firstTokenAtOrAfter(doc, triggerStart);
  for (let i = firstTokenAtOrAfter(doc, t.end); i < Math.min(trigger, s.tokenEnd); i++) if (tok(doc, i).pos === 'CCONJ') return true;
  return false;
}

/**
 * "The minister said on Friday that police had arrested the mayor on Monday": a bare weekday of a
 * reported act falls on or before the day of the report, not after it (a week back from the
 * publication-relative reading when that lands after the report).
 */
function beforeReport(t: TimeExpr, date: string, told: readonly TimeExpr[]): string {
  if (!t.tags?.includes('weekday-back') || date.length !== 10) return date;
  const report = told.map(timeDate).find((x) => x?.granularity === 'day');
  if (!report || date <= report.date) return date;
  let shifted = date;
  while (shifted > report.date) shifted = shiftDays(shifted, -7);
  return shifted;
}

/**
 * `verbal`: the act is verbal (quad 1 or 3), said about things rather than done in them. `done`: the
 * event is read as factual and not as intended (no negation, hypothesis or future marking).
 */
export function attachDate(doc: Doc, s: Sentence, triggerStart: number, verbal = false, done = false): DateFields {
  const published = doc.article.published ? doc.article.published.slice(0, 10) : null;
  // "agreed to hand back the districts by 1 December": a deadline is not when the event happened.
  const times = inSentence(doc.times, s).filter((t) => !CUES.deadlinePreps.has(wordBefore(doc, t.start)));
  const usable = times.filter((t) => timeDate(t) !== null || t.tags?.includes('relative-to-event'));
  const clause = reportedClauseStart(doc, s, triggerStart);
  const own = clause === null ? usable : usable.filter((t) => t.start >= clause);
  const told = clause === null ? [] : usable.filter((t) => t.end <= clause);

  // A comma between a time and the trigger usually closes another clause ("Trump, who will visit
  // China next week, met Abe on Monday"): times not cut off by one come first.
  const cutOff = (t: TimeExpr): boolean => doc.text.slice(Math.min(t.end, triggerStart), Math.max(t.start, triggerStart)).includes(',');
  // a year naming which thing ("the 2016 election") comes after every time that dates a clause
  const ranked = byDistance(own, triggerStart);
  const plain: TimeExpr[] = [], modifiers: TimeExpr[] = [];
  for (const t of ranked) (yearModifier(doc, s, t, triggerStart) ? modifiers : plain).push(t);
  // ... and alone, after a verbal act, it does not date it: "Russia denied meddling in the 2016
  // election" is about that election, not in it ("the 2011 uprising, which called for reform" still is);
  // nor, before the trigger, when another verb stands between ("denied meddling in the 2016 election
  // and Trump has denied any collusion": the year belongs to the first clause)
  const dating = modifiers.filter((t) => (t.start > triggerStart ? !verbal : sameClause(doc, s, triggerStart, t) && !inEarlierConjunct(doc, s, triggerStart, t)));
  // "said on Monday he supports Hatch running for re-election next year", "agreed to intensify
  // efforts in 2018": a time after publication dates a plan, not a verb's act the story tells as done,
  // unless the act itself is told as ahead ("will host talks on Wednesday"). A noun's event may lie
  // ahead without a marker ("his visit to Asia next month").
  const doneVerb = done && published !== null && tok(doc, firstTokenAtOrAfter(doc, triggerStart)).pos === 'VERB' && !futureBefore(doc.text.slice(s.start, triggerStart));
  for (const mine of [...plain.filter((t) => !cutOff(t)), ...plain.filter(cutOff), ...dating]) {
    const rel = relativeToEvent(doc, mine, triggerStart, published);
    if (rel) return { date: rel, dateFrom: 'sentence', dateGranularity: 'day' };
    const d = timeDate(mine);
    if (d && doneVerb && startsAfter(d, published!)) continue;
    // "declined to answer questions about contacts during the 2016 campaign", "met Trump, who was
    // elected a year ago": a year told after the trigger with a verb between dates that verb's clause
    // (a year fronted before the clause, "In 2005, the firms that had built it sued", still dates it)
    if (d?.granularity === 'year' && mine.start > triggerStart && !sameClause(doc, s, triggerStart, mine)) continue;
    // "offered to hand over two men suspected of blowing up a plane in 1988": a date that would
    // make the event history must be in the trigger's own clause, with no other verb between
    if (d && isBackground(doc, { date: d.date, dateFrom: 'sentence' }) && !sameClause(doc, s, triggerStart, mine)) continue;
    if (d) return { date: beforeReport(mine, d.date, told), dateFrom: 'sentence', dateGranularity: d.granularity };
  }
  const past = pluperfect(doc, s, triggerStart);
  // "the party's 2008 presidential nominee said ...": a year naming who speaks does not date the speech
  const reporting = byDistance(told.filter((t) => timeDate(t) !== null && !yearModifier(doc, s, t, null)), clause ?? triggerStart)[0];
  const reportDate = reporting ? timeDate(reporting) : null;
  if (reportDate) {
    const earlier = past ? earlierAnchor(doc, reportDate.date) : null;
    if (earlier) return { date: earlier.date, dateFrom: 'context', dateGranularity: earlier.granularity };
    return { date: reportDate.date, dateFrom: 'reporting', dateGranularity: reportDate.granularity };
  }
  if (past && published) {
    const earlier = earlierAnchor(doc, published);
    if (earlier) return { date: earlier.date, dateFrom: 'context', dateGranularity: earlier.granularity };
  }
  return published ? { date: published, dateFrom: 'published', dateGranularity: 'day' } : { date: null, dateFrom: 'none' };
}

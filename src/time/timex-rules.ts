// TIMEX3 expressions chrono does not read, or reads as the wrong kind: durations ("the past
// two years", "five-year"), sets ("annually", "twice a year"), reference words ("now",
// "recently", "the future"), quarters and halves ("Q3", "the third quarter of 2009"), fiscal
// years ("fiscal 2015"), seasons ("last summer"), decades and centuries ("the 1980s"), and the
// edges of a period ("the end of this year"). Word lists live in data/time/timex-words.json.
import type { Granularity, TimeExpr } from '../types.js';
import { loadJson } from '../data.js';
import { fmtDay, fmtMonth, fmtYear, fromDay, isoWeek } from './calendar.js';
import { futureBefore } from './tense.js';
import { at, group } from '../at.js';
import { wordSpotter } from './word-spotter.js';

interface Words {
  numbers: Record<string, number>;
  vague: string[];
  approximators: string[];
  units: Record<string, string>;
  sets: Record<string, string>;
  references: Record<string, string>;
  seasons: Record<string, string>;
}
const W = loadJson<Words>('time', 'timex-words.json');

/** A rule's finding; `override` lets it replace chrono's reading of an overlapping span. */
export interface RuleTime { expr: TimeExpr; override: boolean }

const alt = (xs: string[]): string => [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
const NUMW = alt(Object.keys(W.numbers));
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const NUM = `(?:\\d+(?:\\.\\d+)?|(?:${TENS})[-\\s](?:${ONES})|(?:${NUMW}))(?:\\s+and\\s+a\\s+half)?`;
const VAGUE = alt(W.vague);
const APPROX = alt(W.approximators);
const UNIT = alt(Object.keys(W.units));
const DURATION = new RegExp(`\\b(?:(?:${APPROX})\\s+){0,2}(${NUM}|${VAGUE})(?:\\s+(?:straight|consecutive|full|trading|more|long|additional|successive|calendar))?\\s+(${UNIT})\\b`, 'gi');
const HYPHEN_DURATION = new RegExp(`\\b(${NUM})-(year|month|week|day|hour|minute|decade|quarter)(?:-long)?\\b(?!-old)`, 'gi');
const BARE_PLURAL = /\b(?:(?:the\s+)?(recent|past|coming|next|last)\s+|(?<=\b(?:for|over|within)\s+))(years|decades|months|weeks|days|hours|minutes)\b/gi;
const SET_EVERY = /\b(?:per|every|each)\s+(year|month|week|day|hour|quarter)\b/gi;
const SET_A = /\ba\s+(year|month|week|day|hour)\b/gi;
const SET_ADVERB = new RegExp(`\\b(${alt(Object.keys(W.sets))})\\b`, 'gi');
const REFERENCE = new RegExp(`\\b(${alt(Object.keys(W.references))})\\b`, 'gi');
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const YEAR_TAIL = `(?:\\s+of\\s+(?:(?:fiscal\\s+)?(\\d{4})|(this|last|next|the)\\s+(?:fiscal\\s+)?year)|,?\\s+((?:19|20)\\d\\d)\\b)?`;
const QUARTER = new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter${YEAR_TAIL}`, 'gi');
const HALF = new RegExp(`\\b(?:the\\s+)?(first|second)\\s+half${YEAR_TAIL}`, 'gi');
const REL_QUARTER = /\b(?:the\s+)?(last|previous|this|current|next|coming)\s+quarter\b/gi;
const Q_SHORT = /\bQ([1-4])(?:\s+((?:19|20)\d\d))?\b/g;
const FISCAL = /\b(?:fiscal(?:\s+year)?\s+((?:19|20)\d\d)|FY\s?((?:19|20)\d\d|\d\d))\b/g;
const SEASON = new RegExp(`\\b(?:(last|this|next|early|late|the|this past|this coming)\\s+)?(${alt(Object.keys(W.seasons))})(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d))?\\b`, 'gi');
const DECADE = /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(1[5-9]|20)(\d)0s|(?<=\bthe\s+(?:(?:early|mid|late)[\s-]+)?|')(\d)0s)\b/gi;
const CENTURY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi;
const DECADE_PERIOD = /\b(?:the\s+)?(past|last|next|coming|following|previous)\s+(decade|century)\b/gi;
const MILITARY_CLOCK = /\b([01]\d|2[0-3])([0-5]\d)\s+(?:UTC|GMT)\b/g;
const FISCAL_REL = /\b(this|last|next|the current|the previous)\s+fiscal\s+year\b/gi;
const EVERY_PART = /\b(?:every|each)\s+(morning|afternoon|evening|night)\b/gi;
const EVERY_WEEKDAY = /\b(?:every|each)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const EDGE = /\b(?:the\s+)?(end|beginning|start|middle|rest|remainder|close|turn)\s+of\s+(the|this|last|next)?\s*(year|month|week)\b/gi;

// Guards: a rule's regex runs only when a word it cannot match without is in the sentence (a
// cheap test on most sentences instead of a scan by every regex). Each guard is a word the regex
// spells literally, so a guarded rule finds exactly what it found unguarded.
/**
 * Nine sentences in ten hold no rule time, yet each rule's test or scan ran on them. Every rule's
 * regex spells one of the words of these lists (case aside), so a sentence with none of them can
 * hold no rule time and is settled by one pass of a word spotter, which also says which lists it
 * holds: a unit word (QUARTER, REL_QUARTER, EDGE, CENTURY, DECADE_PERIOD, FISCAL_REL, the sets and
 * durations: the data's units and the ones written into the regexes), "half", Q1 to Q4, "fiscal"
 * or "FY", "every" or "each", a season, "0s" (DECADE), UTC or GMT, a set adverb or a reference
 * phrase. A rule added below must add its word here; test/time/timex-rules.test.ts checks on news
 * sentences and generated ones that no rule time is found without one.
 */
const RULE_LISTS = {
  unit: [...Object.keys(W.units), 'year', 'month', 'week', 'day', 'hour', 'minute', 'quarter', 'decade', 'century'],
  half: ['half'],
  quarterShort: ['Q1', 'Q2', 'Q3', 'Q4'],
  fiscal: ['fiscal'],
  fy: ['FY'],
  everyEach: ['every', 'each'],
  season: Object.keys(W.seasons),
  decade: ['0s'],
  clock: ['UTC', 'GMT'],
  set: Object.keys(W.sets),
  reference: Object.keys(W.references),
};
type RuleList = keyof typeof RULE_LISTS;
const LIST_NAMES = Object.keys(RULE_LISTS) as RuleList[];
/** The rules' word lists, in the order of the bits findRuleTimes takes. */
export const RULE_WORD_LISTS: readonly (readonly string[])[] = LIST_NAMES.map((k) => RULE_LISTS[k]);
const RULE_WORDS = wordSpotter(RULE_WORD_LISTS);
const bit = (k: RuleList): number => 1 << LIST_NAMES.indexOf(k);
const UNIT_WORD = bit('unit');
const HALF_WORD = bit('half');
const FISCAL_WORD = bit('fiscal');
const EVERY_EACH = bit('everyEach');
const SEASON_WORD = bit('season');
const DECADE_WORD = bit('decade');
const SET_WORD = bit('set');
const REFERENCE_WORD = bit('reference');
/** Every list held: every rule tried. */
const ALL_LISTS = (1 << LIST_NAMES.length) - 1;
const NONE: readonly RegExpExecArray[] = [];
/**
 * The matches of a global regex in text, as text.matchAll(re) gives them, without its copy of the
 * regex and its iterator (issue 16: a dozen rules' scans per sentence): exec from index 0, one past
 * an empty match (no rule's regex has the u flag), lastIndex left at 0 as it was found.
 */
function scan(text: string, re: RegExp, worth: boolean): readonly RegExpExecArray[] {
  if (!worth) return NONE;
  let out: RegExpExecArray[] | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    (out ??= []).push(m);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out ?? NONE;
}

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const GRAN: Record<string, Granularity> = { S: 'time', M: 'month', H: 'time', D: 'day', W: 'week', Q: 'month', Y: 'year', DE: 'year', CE: 'year' };

function numberOf(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  const half = /\s+and a half$/.test(t);
  const core = t.replace(/\s+and a half$/, '');
  let n: number | null = null;
  if (/^\d+(?:\.\d+)?$/.test(core)) n = Number(core);
  else if (W.numbers[core] !== undefined) n = W.numbers[core]!;
  else {
    const parts = core.split(/[-\s]/);
    if (parts.length === 2 && W.numbers[at(parts, 0)] !== undefined && W.numbers[at(parts, 1)] !== undefined) {
      const [a, b] = [W.numbers[parts[0]!]!, W.numbers[parts[1]!]!];
      n = b === 100 ? a * 100 : a + b;
    }
  }
  return n === null ? null : half ? n + 0.5 : n;
}

/** TIMEX3 duration value: P3Y, PT2H, P10Y for a decade, PXD when the count is vague. */
function durationValue(count: number | null, unitWord: string): string {
  const u = W.units[unitWord.toLowerCase()] ?? 'D';
  const minute = /^minutes?$/i.test(unitWord);
  const n = count === null ? 'X' : String(count);
  if (u === 'DE') return count === null ? 'PXDE' : `P${count * 10}Y`;
  if (u === 'CE') return count === null ? 'PXCE' : `P${count * 100}Y`;
  if (u === 'H' || u === 'S' || minute) return `PT${n}${u}`;
  return `P${n}${u}`;
}

const granOfUnit = (unitWord: string): Granularity => (/^minutes?$/i.test(unitWord) ? 'time' : GRAN[W.units[unitWord.toLowerCase()] ?? 'D'] ?? 'day');

function mk(offset: number, index: number, text: string, value: string, granularity: Granularity, timexType: TimeExpr['timexType'], tags?: string[]): TimeExpr {
  const t = text.replace(/[\s,]+$/, '');
  const e: TimeExpr = { start: offset + index, end: offset + index + t.length, text: t, value, granularity };
  if (timexType) e.timexType = timexType;
  if (tags && tags.length > 0) e.tags = tags;
  return e;
}

function yearFrom(explicit: string | undefined, rel: string | undefined, refYear: number | null): number | null {
  if (explicit) return Number(explicit.length === 2 ? `20${explicit}` : explicit);
  if (!rel || refYear === null) return null;
  const r = rel.toLowerCase();
  return r === 'last' ? refYear - 1 : r === 'next' ? refYear + 1 : refYear;
}

/** Whether a sentence holds a word some rule needs (RULE_LISTS); without one it holds no rule time. */
export function mayHoldRuleTime(text: string): boolean {
  return RULE_WORDS.spot(text) !== 0;
}

/**
 * All rule findings in one sentence, first rule first; later rules skip spans already taken.
 * `lists`: what a spotter of RULE_WORD_LISTS says of the text, when the caller has spotted it already.
 */
export function findRuleTimes(text: string, offset: number, refDay: number | null, lists = RULE_WORDS.spot(text)): RuleTime[] {
  return lists === 0 ? [] : everyRuleTime(text, offset, refDay, lists);
}

/**
 * findRuleTimes without its first test: every rule tried (exported for the test of that test).
 * `lists`: the RULE_LISTS the sentence holds, as spotted (by default all, so no rule is skipped).
 */
export function everyRuleTime(text: string, offset: number, refDay: number | null, lists = ALL_LISTS): RuleTime[] {
  const out: RuleTime[] = [];
  const ref = refDay === null ? null : fromDay(refDay);
  const taken = (s: number, e: number): boolean => out.some((o) => o.expr.start - offset < e && s < o.expr.end - offset);
  const add = (index: number, match: string, value: string, g: Granularity, type: TimeExpr['timexType'], override: boolean, tags?: string[]): void => {
    const len = match.replace(/[\s,]+$/, '').length;
    if (taken(index, index + len)) return;
    out.push({ expr: mk(offset, index, match, value, g, type, tags), override });
  };
  const future = (index: number): boolean => futureBefore(text.slice(0, index));
  const unit = (lists & UNIT_WORD) !== 0;
  const everyEach = (lists & EVERY_EACH) !== 0;

  for (const m of scan(text, QUARTER, unit)) {
    const q = ORDINAL[m[1]!.toLowerCase()]!;
    let y = yearFrom(m[2] ?? m[4], m[3] === 'the' ? 'this' : m[3], ref?.y ?? null);
    if (y === null && ref) y = (q - 1) * 3 + 1 <= ref.m || future(m.index) ? ref.y : ref.y - 1;
    if (y !== null) add(m.index, m[0], `${fmtYear(y)}-Q${q}`, 'month', 'DATE', true);
  }
  for (const m of scan(text, HALF, (lists & HALF_WORD) !== 0)) {
    const h = ORDINAL[m[1]!.toLowerCase()]!;
    let y = yearFrom(m[2] ?? m[4], m[3] === 'the' ? 'this' : m[3], ref?.y ?? null);
    if (y === null && ref) y = h === 1 || ref.m > 6 ? ref.y : ref.y - 1;
    if (y !== null) add(m.index, m[0], `${fmtYear(y)}-H${h}`, 'month', 'DATE', true);
  }
  if (ref) for (const m of scan(text, REL_QUARTER, unit)) {
    const dir = group(m, 1).toLowerCase();
    const step = dir === 'last' || dir === 'previous' ? -1 : dir === 'next' || dir === 'coming' ? 1 : 0;
    const qi = ref.y * 4 + Math.floor((ref.m - 1) / 3) + step;
    add(m.index, m[0], `${fmtYear(Math.floor(qi / 4))}-Q${(qi % 4) + 1}`, 'month', 'DATE', true);
  }
  for (const m of scan(text, Q_SHORT, text.includes('Q'))) {
    const y = m[2] ? Number(m[2]) : ref ? (Number(m[1]) - 1) * 3 + 1 <= ref.m || future(m.index) ? ref.y : ref.y - 1 : null;
    if (y !== null) add(m.index, m[0], `${fmtYear(y)}-Q${m[1]}`, 'month', 'DATE', true);
  }
  for (const m of scan(text, FISCAL, text.includes('fiscal') || text.includes('FY'))) {
    const y = m[1] ?? (group(m, 2).length === 2 ? `20${m[2]}` : group(m, 2));
    add(m.index, m[0], `FY${y}`, 'year', 'DATE', true);
  }
  if (ref) for (const m of scan(text, FISCAL_REL, unit && (lists & FISCAL_WORD) !== 0)) {
    const dir = group(m, 1).toLowerCase();
    add(m.index, m[0], fmtYear(ref.y + (dir === 'last' || dir === 'the previous' ? -1 : dir === 'next' ? 1 : 0)), 'year', 'DATE', true);
  }
  for (const m of scan(text, EVERY_PART, everyEach)) add(m.index, m[0], `XXXX-XX-XXT${PART[m[1]!.toLowerCase()]!}`, 'day', 'SET', true);
  for (const m of scan(text, EVERY_WEEKDAY, everyEach)) add(m.index, m[0], `XXXX-WXX-${WEEKDAYS.indexOf(group(m, 1)) + 1}`, 'week', 'SET', true);
  if (ref) for (const m of scan(text, EDGE, unit)) {
    const dir = (m[2] ?? 'this').toLowerCase();
    const step = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
    const unit = group(m, 3).toLowerCase();
    const value = unit === 'year' ? fmtYear(ref.y + step)
      : unit === 'month' ? fmtMonth(Math.floor((ref.y * 12 + ref.m - 1 + step) / 12), ((ref.y * 12 + ref.m - 1 + step) % 12) + 1)
      : isoWeek(refDay! + 7 * step);
    add(m.index, m[0], value, unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'week', 'DATE', true);
  }
  for (const m of scan(text, SEASON, (lists & SEASON_WORD) !== 0)) {
    const word = group(m, 2);
    const mod = m[1]?.toLowerCase();
    if (word.toLowerCase() === 'fall' && !mod && !m[3]) continue; // "fall" is mostly the verb
    if (word[0] === word[0]!.toUpperCase() && m.index > 0 && !mod && !m[3]) continue; // "Arab Spring", "Summer" as a name
    const code = W.seasons[word.toLowerCase()]!;
    const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[code as 'SP' | 'SU' | 'FA' | 'WI'];
    let y: number | null = m[3] ? Number(m[3]) : null;
    if (y === null && ref) {
      if (mod === 'last' || mod === 'this past') y = start + 2 < ref.m ? ref.y : ref.y - 1;
      else if (mod === 'next' || mod === 'this coming') y = start > ref.m ? ref.y : ref.y + 1;
      else if (mod === 'this') y = ref.y;
      else y = start > ref.m && !future(m.index) ? ref.y - 1 : ref.y;
    }
    if (y === null) continue;
    const at = mod === 'the' ? m.index + m[0].indexOf(word) : m.index;
    add(at, text.slice(at, m.index + m[0].length), `${fmtYear(y)}-${code}`, 'month', 'DATE', true);
  }
  for (const m of scan(text, DECADE, (lists & DECADE_WORD) !== 0)) {
    const value = m[1] ? `${m[1]}${m[2]}` : `19${m[3]}`;
    add(m.index, m[0], value, 'year', 'DATE', true);
  }
  for (const m of scan(text, CENTURY, unit)) add(m.index, m[0], String(Number(m[1]) - 1).padStart(2, '0'), 'year', 'DATE', true);

  for (const m of scan(text, DECADE_PERIOD, unit)) add(m.index, m[0], group(m, 2).toLowerCase() === 'decade' ? 'P10Y' : 'P100Y', 'year', 'DURATION', true);
  if (ref) for (const m of scan(text, MILITARY_CLOCK, text.includes('UTC') || text.includes('GMT'))) add(m.index, m[0], `${fmtDay(ref.y, ref.m, ref.d)}T${m[1]}:${m[2]}Z`, 'time', 'TIME', true);

  // Sets before durations: "twice a year" is a set, not one year.
  for (const m of scan(text, SET_EVERY, unit)) add(m.index, m[0], durationValue(1, group(m, 1)), granOfUnit(group(m, 1)), 'SET', true);
  for (const m of scan(text, SET_A, unit)) {
    if (!/(?:\d|%|twice|once|times|percent|billion|million|dollars|euros|pounds)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    add(m.index, m[0], durationValue(1, group(m, 1)), granOfUnit(group(m, 1)), 'SET', true);
  }
  for (const m of scan(text, SET_ADVERB, (lists & SET_WORD) !== 0)) add(m.index, m[0], W.sets[m[1]!.toLowerCase()]!, 'day', 'SET', false);

  for (const m of scan(text, DURATION, unit)) {
    const after = text.slice(m.index + m[0].length);
    if (/^\s*(?:ago|old|-old)\b/i.test(after) || /^-/.test(after)) continue; // a date ("two years ago") or an age
    const countWord = group(m, 1);
    const vague = new RegExp(`^(?:${VAGUE})$`, 'i').test(countWord) && !/^(?:a|an)$/i.test(countWord);
    const count = vague ? null : numberOf(countWord);
    if (!vague && count === null) continue;
    // "a second time", "about a quarter of": ordinal and fraction readings, not spans of time.
    if (/^(?:a|an|one)$/i.test(countWord) && /^(?:seconds?|quarters?)$/i.test(group(m, 2))) continue;
    if (/^\s*(?:of\b)/i.test(after) && /^(?:a|an|one)$/i.test(countWord)) continue; // "one day of talks" is fine, "a day of" is a phrase
    const tags: string[] = [];
    const rel = /^\s*(after|before|later|earlier)\b/i.exec(after);
    // "the past two years after the war" is a stretch ending now, not an offset from an event.
    if (rel && !/^(?:the|past|last|next|previous|coming|over)\b/i.test(m[0])) {
      tags.push('relative-to-event');
      const sign = /after|later/i.test(at(rel, 1)) ? '+' : '-';
      tags.push(`offset:${sign}${durationValue(count ?? 1, group(m, 2))}`);
    }
    // "the" alone in front of a count ("the 90 years") stays; a leading "the past/next" too.
    add(m.index, m[0], durationValue(count, group(m, 2)), granOfUnit(group(m, 2)), 'DURATION', true, tags);
  }
  for (const m of scan(text, HYPHEN_DURATION, unit && text.includes('-'))) {
    const count = numberOf(group(m, 1));
    if (count === null) continue;
    if (/^[-\s]old\b/i.test(text.slice(m.index + m[0].length))) continue;
    add(m.index, m[0], durationValue(count, group(m, 2)), granOfUnit(group(m, 2)), 'DURATION', true);
  }
  for (const m of scan(text, BARE_PLURAL, unit)) add(m.index, m[0], durationValue(null, group(m, 2)), granOfUnit(group(m, 2)), 'DURATION', false);

  for (const m of scan(text, REFERENCE, (lists & REFERENCE_WORD) !== 0)) {
    const word = group(m, 1).toLowerCase().replace(/\s+/g, ' ');
    if (word === 'soon' && /\bas\s+$/i.test(text.slice(0, m.index))) continue; // "as soon as"
    if (word === 'the past' && /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|day)/i.test(text.slice(m.index + m[0].length))) continue;
    add(m.index, m[0], W.references[word]!, 'day', 'DATE', false);
  }
  return out;
}

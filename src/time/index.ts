// Time stage: dates in title, subtitle and body sentences, resolved against the
// publication day (noon UTC) with a news past bias. chrono-node proposes; resolve.ts
// refines each proposal; years.ts adds the bare years chrono cannot see.
// chrono's English parsers only: the package's main entry also builds 14 other languages' parsers
// on import, about 40 CPU-ms of every start-up (issue 16)
import { casual } from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import { READ_ZONES, type Doc, type TimeExpr } from '../types.js';
import { toDay } from './calendar.js';
import { referenceInstant } from './reference.js';
import { resolveResult } from './resolve.js';
import { MODIFIED_MONTH_WORDS, findModifiedMonths } from './month-modifiers.js';
import { YEAR_WORDS, findYears } from './years.js';
import { RULE_WORD_LISTS, findRuleTimes } from './timex-rules.js';
import { at, group } from '../at.js';
import { guardedParse } from './chrono-guard.js';
import { wordSpotter } from './word-spotter.js';

// Undated articles still need some instant for chrono; only results that do not depend on it are kept.
const PLACEHOLDER_REF = new Date(Date.UTC(2000, 0, 1, 12));
const parse = guardedParse(casual.clone(), { forwardDate: false });
// chrono's guard words, the TIMEX3 rules' words and the words every bare year and every "last May"
// spells, spotted in one pass over each sentence where each took its own (issue 16): the low bits
// are chrono's lists, then the rules', then the year's and the month's
const SPOTTER = wordSpotter([...parse.lists, ...RULE_WORD_LISTS, YEAR_WORDS, MODIFIED_MONTH_WORDS]);
const CHRONO_BITS = (1 << parse.lists.length) - 1;
const RULE_BITS = (1 << RULE_WORD_LISTS.length) - 1;
const YEAR_BIT = 1 << (parse.lists.length + RULE_WORD_LISTS.length);
const MONTH_BIT = YEAR_BIT << 1;

export function timeStage(doc: Doc): Doc {
  const ref = referenceInstant(doc.article.published);
  const refDay = ref ? toDay(ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate()) : null;
  const times: TimeExpr[] = [];
  for (const sent of doc.sentences) {
    if (!READ_ZONES.has(sent.zone)) continue;
    const text = doc.text.slice(sent.start, sent.end);
    const found: TimeExpr[] = [];
    const spotted = SPOTTER.spot(text);
    const results = parse(text, { instant: ref ?? PLACEHOLDER_REF, timezone: 0 }, spotted & CHRONO_BITS);
    for (const r of splitRanges(results, text, ref)) {
      const res = resolveResult(r, { sentence: text, sentenceStart: sent.start, refDay });
      if (res === null) continue;
      if ('skip' in res) doc.messages.push({ stage: 'time', rule: 'time/relative-undated', level: 'info', reason: res.skip, start: res.start, end: res.end });
      else found.push(res.expr);
    }
    // Chrono's blind spots. "this September" replaces chrono's "September"; otherwise chrono wins.
    // a sentence without a month's name holds no "last May", without "19" or "20" no bare year: not scanned
    if ((spotted & MONTH_BIT) !== 0) for (const extra of findModifiedMonths(text, sent.start, refDay)) {
      for (let i = found.length - 1; i >= 0; i--) if (at(found, i).start >= extra.start && at(found, i).end <= extra.end) found.splice(i, 1);
      if (!found.some((t) => t.start < extra.end && extra.start < t.end)) found.push(extra);
    }
    // TIMEX3 rules (durations, sets, quarters, seasons...): an overriding rule replaces chrono's reading.
    for (const { expr, override } of findRuleTimes(text, sent.start, refDay, (spotted >>> parse.lists.length) & RULE_BITS)) {
      const clash = (t: TimeExpr): boolean => t.start < expr.end && expr.start < t.end;
      if (override) for (let i = found.length - 1; i >= 0; i--) if (clash(at(found, i)) && !at(found, i).timexType) found.splice(i, 1);
      if (!found.some(clash)) found.push(expr);
    }
    if ((spotted & YEAR_BIT) !== 0) for (const extra of findYears(text, sent.start)) {
      if (!found.some((t) => t.start < extra.end && extra.start < t.end)) found.push(extra);
    }
    times.push(...found.sort((a, b) => a.start - b.start));
  }
  doc.times = times;
  return doc;
}

const RANGE_JOIN = /^(.*?\S)\s*(?:\bto\b|\buntil\b|\bthrough\b|\band\b|-|–)\s*(\S.*)$/i;

/** "from March to May": chrono reads one range; TIMEX3 wants each end as its own expression. */
function splitRanges(results: ParsedResult[], text: string, ref: Date | null): ParsedResult[] {
  const out: ParsedResult[] = [];
  for (const r of results) {
    const m = r.end ? RANGE_JOIN.exec(r.text) : null;
    if (!m) { out.push(r); continue; }
    const head = parse(group(m, 1), { instant: ref ?? PLACEHOLDER_REF, timezone: 0 })[0];
    const tailAt = r.index + r.text.length - group(m, 2).length;
    const tail = parse(text.slice(tailAt, r.index + r.text.length), { instant: ref ?? PLACEHOLDER_REF, timezone: 0 })[0];
    if (!head || !tail) { out.push(r); continue; }
    (head as { index: number }).index += r.index;
    (tail as { index: number }).index += tailAt;
    // "Dec. 2 to Dec. 5, 2014": the head takes the year written once at the end.
    if (/\b(?:19|20)\d\d\b/.test(tail.text) && !head.start.isCertain('year')) (head.start as unknown as { assign(k: string, v: number): void }).assign('year', tail.start.get('year')!);
    out.push(head, tail);
  }
  return out;
}

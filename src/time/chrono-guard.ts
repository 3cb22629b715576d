// chrono runs each of its parsers' regexes over every sentence, and most sentences hold no date.
// A parser whose regex spells one of a few words (a month's first three letters, a weekday's, a
// digit) cannot match a sentence without one of them, so it sits that sentence out: what chrono
// returns is unchanged (a parser left out would have found nothing; the others run in their
// order, and the refiners see the same list). The words are in data/time/chrono-guards.json with
// a fingerprint of the regex they were read from: a parser whose regex differs (another chrono
// version) has no guard and runs on every sentence.
import { createHash } from 'node:crypto';
import { ParsingContext, type Chrono, type Parser, type ParsedResult, type ParsingOption, type ParsingReference } from 'chrono-node';
import { z } from 'zod';
import { loadJson } from '../data.js';

const GuardFile = z.object({
  parsers: z.record(z.string(), z.object({ pattern: z.string().regex(/^[0-9a-f]{16}$/), words: z.array(z.string().min(1)).min(1) }).strict()),
}).passthrough();

/** The fingerprint the data file keeps of a parser's regex. */
export function patternPrint(re: RegExp): string {
  return createHash('sha256').update(`${re.source}/${re.flags}`).digest('hex').slice(0, 16);
}

/** One test per distinct word list: several parsers share one (the digits, the months). */
interface Guard { test: RegExp; turn: number; holds: boolean }

/**
 * The guard of each parser whose regex matches its fingerprint. A guard is a case-insensitive
 * regex of the words, without the u flag like chrono's own, so it matches the words exactly where
 * chrono's regexes could.
 */
export function activeGuards(parser: Chrono, option: ParsingOption): Map<Parser, Guard> {
  const file = GuardFile.parse(loadJson<unknown>('time', 'chrono-guards.json'));
  const context = new ParsingContext('', new Date(0), option);
  const byWords = new Map<string, Guard>();
  const out = new Map<Parser, Guard>();
  for (const p of parser.parsers) {
    const g = file.parsers[p.constructor.name];
    if (!g || patternPrint(p.pattern(context)) !== g.pattern) continue;
    const source = g.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    let guard = byWords.get(source);
    if (!guard) byWords.set(source, (guard = { test: new RegExp(source, 'i'), turn: -1, holds: false }));
    out.set(p, guard);
  }
  return out;
}

/** `parser.parse` with the parsers that cannot match a text left out for it. Uses `parser` alone (it swaps its parser list). */
export function guardedParse(parser: Chrono, option: ParsingOption): (text: string, ref: ParsingReference) => ParsedResult[] {
  const all = [...parser.parsers];
  const guards = activeGuards(parser, option);
  let turn = 0;
  return (text, ref) => {
    turn++;
    parser.parsers = all.filter((p) => {
      const g = guards.get(p);
      if (g === undefined) return true;
      if (g.turn !== turn) { g.turn = turn; g.holds = g.test.test(text); }
      return g.holds;
    });
    try {
      return parser.parse(text, ref, option);
    } finally {
      parser.parsers = all;
    }
  };
}

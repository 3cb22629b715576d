// chrono runs each of its parsers' regexes over every sentence, and most sentences hold no date.
// A parser whose regex spells one of a few words (a month's first three letters, a weekday's, a
// digit) cannot match a sentence without one of them, so it sits that sentence out: what chrono
// returns is unchanged (a parser left out would have found nothing; the others run in their
// order, and the refiners see the same list). The words are in data/time/chrono-guards.json with
// a fingerprint of the regex they were read from: a parser whose regex differs (another chrono
// version) has no guard and runs on every sentence.
import { createHash } from 'node:crypto';
import type { Chrono, Parser, ParsedResult, ParsingOption, ParsingReference } from 'chrono-node';
import { z } from 'zod';
import { loadJson } from '../data.js';
import { wordSpotter } from './word-spotter.js';
import { PARSE_ONCE } from '../parse-once.js';

const GuardFile = z.object({
  parsers: z.record(z.string(), z.object({ pattern: z.string().regex(/^[0-9a-f]{16}$/), words: z.array(z.string().min(1)).min(1) }).strict()),
}).passthrough();

/** The fingerprint the data file keeps of a parser's regex. */
export function patternPrint(re: RegExp): string {
  return createHash('sha256').update(`${re.source}/${re.flags}`).digest('hex').slice(0, 16);
}

/**
 * The context chrono gives its parsers for an empty text (what `new ParsingContext('', new Date(0),
 * option)` makes), taken from a parse by a copy of `parser` whose one parser keeps it: the class is
 * exported only by chrono's main entry, whose import builds every language's parsers.
 */
export function parsingContext(parser: Chrono, option: ParsingOption): Parameters<Parser['pattern']>[0] {
  let context: Parameters<Parser['pattern']>[0] | undefined;
  const probe = parser.clone();
  probe.parsers = [{ pattern: (c) => { context = c; return /[^\s\S]/; }, extract: () => null }];
  probe.refiners = [];
  probe.parse('', new Date(0), option);
  if (!context) throw new Error('chrono-guard: chrono did not hand its parser a context');
  return context;
}

/**
 * The guard of each parser whose regex matches its fingerprint: the number of its word list (one
 * per distinct list: several parsers share one, the digits, the months). A list is found in a text
 * as a case-insensitive regex of its words without the u flag, like chrono's own, would find it
 * (word-spotter.ts), so exactly where chrono's regexes could match.
 */
export function activeGuards(parser: Chrono, option: ParsingOption): Map<Parser, number> {
  return guardLists(parser, option).byParser;
}

function guardLists(parser: Chrono, option: ParsingOption): { byParser: Map<Parser, number>; lists: string[][] } {
  const file = GuardFile.parse(loadJson<unknown>('time', 'chrono-guards.json'), PARSE_ONCE);
  const context = parsingContext(parser, option);
  const byWords = new Map<string, number>();
  const lists: string[][] = [];
  const byParser = new Map<Parser, number>();
  for (const p of parser.parsers) {
    const g = file.parsers[p.constructor.name];
    if (!g || patternPrint(p.pattern(context)) !== g.pattern) continue;
    const key = JSON.stringify(g.words);
    let list = byWords.get(key);
    if (list === undefined) { byWords.set(key, (list = lists.length)); lists.push(g.words); }
    byParser.set(p, list);
  }
  return { byParser, lists };
}

/**
 * `parser.parse` with the parsers that cannot match a text left out for it. `found`, when given, is
 * what a spotter of `lists` (the guards' word lists, in this order, first) says of the text, so a
 * caller that spots other lists in the same text pays one pass for both.
 */
export interface GuardedParse {
  (text: string, ref: ParsingReference, found?: number): ParsedResult[];
  readonly lists: readonly (readonly string[])[];
}

/** A GuardedParse of `parser`. Uses `parser` alone (it swaps its parser list). */
export function guardedParse(parser: Chrono, option: ParsingOption): GuardedParse {
  const all = [...parser.parsers];
  const { byParser, lists } = guardLists(parser, option);
  const spotter = wordSpotter(lists);
  // the parsers to run for each set of lists found, made once per set (at most 2^lists, a few dozen seen)
  const runs = new Map<number, Parser[]>();
  const parse = (text: string, ref: ParsingReference, spotted?: number): ParsedResult[] => {
    const found = spotted ?? spotter.spot(text);
    let run = runs.get(found);
    if (run === undefined) runs.set(found, (run = all.filter((p) => { const k = byParser.get(p); return k === undefined || (found & (1 << k)) !== 0; })));
    parser.parsers = run;
    try {
      return parser.parse(text, ref, option);
    } finally {
      parser.parsers = all;
    }
  };
  return Object.assign(parse, { lists });
}

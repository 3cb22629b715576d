// Latin letters beyond Latin-1 (ğ ş ı ł ř ő ễ) as one ASCII letter each, for tools that only know
// ASCII and Latin-1. One UTF-16 unit in, one out: offsets into the text do not move.
import { z } from 'zod';
import { loadJson } from '../data.js';
import { PARSE_ONCE } from '../parse-once.js';

const Fallbacks = z.object({ _doc: z.string().optional(), letters: z.record(z.string().length(1), z.string().length(1)) }).strict();
const FALLBACK = new Map(Object.entries(Fallbacks.parse(loadJson('text', 'latin-fallbacks.json'), PARSE_ONCE).letters));
const RANGES = '\u0100-\u024F\u0250-\u02AF\u02B0-\u02FF\u1E00-\u1EFF';
const BEYOND_LATIN1 = new RegExp(`[${RANGES}]`, 'g');
const HAS_BEYOND_LATIN1 = new RegExp(`[${RANGES}]`); // no /g: test() keeps no state

function standIn(ch: string): string {
  const fixed = FALLBACK.get(ch);
  if (fixed) return fixed;
  const base = ch.normalize('NFD')[0]!;
  return /^[A-Za-z]$/.test(base) ? base : ch;
}

/** The text with each Latin letter beyond Latin-1 replaced by its ASCII stand-in; same length. */
export function latinize(text: string): string {
  return HAS_BEYOND_LATIN1.test(text) ? text.replace(BEYOND_LATIN1, standIn) : text;
}

/** Whether a string holds a letter latinize would replace. */
export function hasExtendedLatin(text: string): boolean {
  return HAS_BEYOND_LATIN1.test(text);
}

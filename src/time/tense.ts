// Which way a date may point: news is past by default; a future marker in the few
// words before the date ("will meet on Tuesday", "through the weekend") allows the future.
import { loadJson } from '../data.js';
import { anyWordRegex, lastWordRegex } from './word-regex.js';

const { markers, justBefore } = loadJson<{ markers: string[]; justBefore: string[] }>('time', 'future-markers.json');
const FUTURE = anyWordRegex(markers);
const FUTURE_JUST_BEFORE = lastWordRegex(justBefore);

const WINDOW_WORDS = 12;

/** True when the text just before a date (same sentence) carries a future marker. */
export function futureBefore(before: string): boolean {
  // Stop at a quote, semicolon or comma: a quoted "will" belongs to someone else's clause, and
  // "Trump, who will visit China, met Abe on Monday" keeps its past.
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('”'));
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  const words = clause.trim().split(/\s+/);
  return FUTURE.test(words.slice(-WINDOW_WORDS).join(' ')) || FUTURE_JUST_BEFORE.test(clause);
}

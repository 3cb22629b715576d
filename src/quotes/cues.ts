// Quotation marks and reporting verbs, from data/quotes/cues.json.
import { loadJson } from '../data.js';

const raw = loadJson<{ open: string[]; close: string[]; straight: string[]; speechVerbs: string[] }>('quotes', 'cues.json');
const OPEN = new Set([...raw.open, ...raw.straight]);
const CLOSE = new Set([...raw.close, ...raw.straight]);
export const SPEECH_VERBS: ReadonlySet<string> = new Set(raw.speechVerbs);
export const isOpen = (t: string): boolean => OPEN.has(t);
export const isClose = (t: string): boolean => CLOSE.has(t);
/** Opening and closing marks as the events stage reads them: curly and guillemets (straight quotes toggle). */
export const QUOTE_OPEN: ReadonlySet<string> = new Set(raw.open);
export const QUOTE_CLOSE: ReadonlySet<string> = new Set(raw.close);

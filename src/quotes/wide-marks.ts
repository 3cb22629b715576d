// Quotation marks that are more than one character, found in the text rather than among tokens:
// doubled single marks (‘‘ ... ’’, as South Asian papers print them) and the mojibake of every mark
// (“ read through windows-1252 is â€œ). The tokenizer splits those into pieces ("â", "€", "œthe"),
// so the token scan in index.ts cannot see them. Only the quotes stage reads them: the events stage
// keeps reading the text as written (a repaired copy lost arrests on IndiaPoliceEvents, see
// src/intake/mojibake.ts).
import { loadJson, loadWordSets } from '../data.js';
import { CP1252_HIGH } from '../intake/cp1252.js';
import type { Span } from '../types.js';

const FILE = ['quotes', 'cues.json'] as const;
const raw = loadJson<{ open: string[]; close: string[] }>(...FILE);
const doubled = loadWordSets(['doubledOpen', 'doubledClose'], ...FILE);

/** Bytes windows-1252 leaves undefined: a decoder keeps them as C1 controls, shows U+FFFD, or drops them. */
const UNDEFINED: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** A mojibake form: its text, and whether a decoder dropped a byte at its end. */
interface Form { text: string; dropped: boolean }

/** Every way `mark`'s UTF-8 bytes read as windows-1252 may look. */
function mojibakeOf(mark: string): Form[] {
  let forms: Form[] = [{ text: '', dropped: false }];
  for (const b of new TextEncoder().encode(mark)) {
    const ch = b < 0x80 || b > 0x9f ? [String.fromCharCode(b)] : UNDEFINED.has(b) ? [String.fromCharCode(b), '\ufffd', ''] : [String.fromCharCode(CP1252_HIGH[b - 0x80]!)];
    forms = forms.flatMap((f) => ch.map((c) => ({ text: f.text + c, dropped: c === '' })));
  }
  return forms.filter((f) => f.text.length > 1 && f.text !== mark);
}

function formsOf(marks: Iterable<string>): Form[] {
  return [...marks].flatMap((m) => [...(m.length > 1 ? [{ text: m, dropped: false }] : []), ...mojibakeOf(m)]);
}

const openForms = formsOf([...raw.open, ...doubled.doubledOpen]);
const closeForms = formsOf([...raw.close, ...doubled.doubledClose]);
const OPEN = new Set(openForms.map((f) => f.text));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A continuation byte read as windows-1252: after a form that lost its last byte, the mark is another one ("â€™s" is an apostrophe). */
const CONTINUATION = `[\\u0080-\\u00bf${CP1252_HIGH.filter((c) => c > 0xff).map((c) => String.fromCharCode(c)).join('')}\\ufffd]`;
/** Longest first, so "â€™â€™" wins over a dropped-byte "â€". */
const ANY = new RegExp([...openForms, ...closeForms].sort((a, b) => b.text.length - a.text.length)
  .map((f) => escape(f.text) + (f.dropped ? `(?!${CONTINUATION})` : '')).join('|'), 'g');
/** Every form starts with one of these characters: a text without them is skipped in one scan. */
const FIRST = new RegExp(`[${escape([...new Set([...openForms, ...closeForms].map((f) => f.text[0]!))].join(''))}]`);

export interface WideMark extends Span {
  role: 'open' | 'close';
}

/** The wide marks in text[from, to), in order. */
export function wideMarks(text: string, from: number, to: number): WideMark[] {
  const part = text.slice(from, to);
  if (!FIRST.test(part)) return [];
  const out: WideMark[] = [];
  for (const m of part.matchAll(ANY)) {
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, role: OPEN.has(m[0]) ? 'open' : 'close' });
  }
  return out;
}

// Mojibake: UTF-8 bytes that were read as windows-1252 before the text reached us ("â€œ" for “,
// "â€™" for ’, "Ã©" for é, "Â " for a no-break space). Scraped news is full of it, and read as
// written it hides quotation marks and breaks words ("vhpâ€™s"). Intake counts it and says so; the
// text is read as given. Reading a repaired copy (tokens mapped back to these offsets) was measured
// and left out: on IndiaPoliceEvents it lost arrests on both halves.
import { CP1252_HIGH } from './cp1252.js';

/** windows-1252 character -> byte, for the bytes 0x80..0x9F that differ from Latin-1. */
const BYTE_OF = new Map<number, number>(CP1252_HIGH.map((c, i) => [c, 0x80 + i]));
/** Bytes windows-1252 leaves undefined: a decoder shows them as U+FFFD, so that sign may stand for any. */
const UNDEFINED_BYTES = [0x9d, 0x81, 0x8d, 0x8f, 0x90];

const CONT = `\\u0080-\\u00bf${CP1252_HIGH.filter((c) => c > 0xff).map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}\\ufffd`;
/** A lead byte of a 2- to 4-byte UTF-8 sequence, read as windows-1252, and its continuation bytes. */
const SEQUENCE = new RegExp(`[\\u00c2-\\u00f4][${CONT}]{1,3}`, 'g');
/** The same without /g, for one test (a /g regex keeps state between calls). */
const ANY = new RegExp(`[\\u00c2-\\u00f4][${CONT}]`);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: number): number | null {
  if (ch <= 0xff) return ch;
  return BYTE_OF.get(ch) ?? null;
}

/** The character the first `n` characters of `s` stood for as UTF-8 bytes, or null when they are no valid sequence. */
function decodeRun(s: string, n: number): string | null {
  const bytes = new Uint8Array(n);
  const unknown: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd) { unknown.push(i); continue; }
    const b = byteOf(c);
    if (b === null) return null;
    bytes[i] = b;
  }
  // a lost byte: the first undefined byte that makes a valid sequence ("â€\ufffd" is ”, byte 0x9D)
  const tries = unknown.length === 0 ? [null] : unknown.length === 1 ? UNDEFINED_BYTES : [];
  for (const b of tries) {
    if (b !== null) bytes[unknown[0]!] = b;
    try {
      const out = utf8.decode(bytes);
      if ([...out].length === 1) return out;
    } catch { /* not a valid sequence with this byte */ }
  }
  return null;
}

/** UTF-8 sequence length from its lead byte (0xC2..0xF4). */
const lengthOf = (lead: number): number => (lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4);

/** How many mojibake sequences `text` holds: runs that decode as one UTF-8 character. */
export function countMojibake(text: string): number {
  if (!ANY.test(text)) return 0; // one cheap scan first: most text holds none
  let count = 0;
  for (const m of text.matchAll(SEQUENCE)) {
    const n = lengthOf(text.charCodeAt(m.index));
    if (m[0].length >= n && decodeRun(m[0], n) !== null) count++;
  }
  return count;
}

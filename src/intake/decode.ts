// Bytes to text: BOMs first, then strict UTF-8, then a declared charset, then windows-1252.
// Binary and empty input are refused with a reason rather than decoded into garbage.
import { at, group } from '../at.js';
import { CP1252_HIGH } from './cp1252.js';

export type Decoded = { text: string; encoding: string; warning?: string } | { error: string };


function decodeCp1252(bytes: Uint8Array): string {
  const out: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    for (const b of bytes.subarray(i, i + CHUNK)) codes.push(b >= 0x80 && b < 0xa0 ? at(CP1252_HIGH, b - 0x80) : b);
    out.push(String.fromCharCode(...codes));
  }
  return out.join('');
}

// Well-known binary signatures, so the reason says what the file is.
const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive (or docx/xlsx)'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF executable'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM shows as zero bytes in every other position. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** A charset declared in the first bytes (HTML meta, XML prolog), if the runtime knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeCp1252(bytes.subarray(0, 2048));
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  if (!m) return null;
  const label = group(m, 1).toLowerCase();
  if (label === 'utf-8' || label === 'utf8') return null;
  try {
    // WHATWG labels: latin1, iso-8859-1 and ascii all mean windows-1252
    return new TextDecoder(label).encoding === 'windows-1252' ? 'windows-1252' : label;
  } catch {
    return null;
  }
}

/** Node 20's TextDecoder reads windows-1252 as latin-1 (C1 controls for 0x80..0x9F): that one is decoded here. */
function decodeAs(label: string, bytes: Uint8Array): string {
  return label === 'windows-1252' ? decodeCp1252(bytes) : new TextDecoder(label).decode(bytes);
}

/** Control characters other than tab, newlines, form feed: many of them means binary. */
function controlShare(text: string): { nul: number; ctrl: number; sample: number } {
  const sample = Math.min(text.length, 65536);
  let nul = 0;
  let ctrl = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) || c === 0x7f) ctrl++;
  }
  return { nul, ctrl, sample };
}

function checkText(text: string, encoding: string, warning?: string): Decoded {
  if (text.length === 0) return { error: 'empty input: no bytes after the byte-order mark' };
  const { nul, ctrl, sample } = controlShare(text);
  // A stray NUL or two in a long text is damage (a bad copy, a torn write), not a binary file:
  // replaced one for one by U+FFFD so every offset still holds, and said so.
  const stray = nul > 0 && nul <= 4 && nul * 1000 < sample;
  if (nul > 0 && !stray) return { error: `binary content: ${nul} NUL characters in the first ${sample} characters` };
  if (ctrl > 8 && ctrl > sample * 0.005) return { error: `binary content: ${ctrl} control characters in the first ${sample} characters` };
  if (stray) {
    const why = `${nul} stray NUL character(s) replaced with U+FFFD`;
    return { text: text.replace(/\0/g, '\uFFFD'), encoding, warning: warning ? `${warning}; ${why}` : why };
  }
  return warning ? { text, encoding, warning } : { text, encoding };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { error: 'empty input: 0 bytes' };
  for (const [sig, what] of MAGIC) if (startsWith(bytes, sig)) return { error: `binary content: looks like a ${what}` };

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3), 'utf-8 (BOM)');
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return { error: 'UTF-32 text is not supported' };
  if (startsWith(bytes, [0xff, 0xfe])) return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le (BOM)');
  if (startsWith(bytes, [0xfe, 0xff])) return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be (BOM)');
  const utf16 = sniffUtf16(bytes);
  if (utf16) return checkText(new TextDecoder(utf16).decode(bytes), utf16);
  return decodeUtf8(bytes, 'utf-8');
}

function decodeUtf8(bytes: Uint8Array, label: string): Decoded {
  try {
    return checkText(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), label);
  } catch {
    // not valid UTF-8: decide between "UTF-8 with a few bad bytes" (truncated, corrupted) and another charset
  }
  const loose = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let bad = 0;
  let good = 0;
  for (let i = 0; i < loose.length; i++) {
    const c = loose.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f) good++;
  }
  if (good > 0 && good >= bad * 2) {
    return checkText(loose, label, `invalid UTF-8: ${bad} malformed byte sequence(s) replaced with U+FFFD`);
  }
  const declared = declaredCharset(bytes);
  if (declared) return checkText(decodeAs(declared, bytes), declared);
  return checkText(decodeCp1252(bytes), 'windows-1252');
}

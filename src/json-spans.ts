// Where the items of a JSON file's top-level lists sit, found by scanning its bytes rather than
// parsing it: large data files (people, event lexicons) are indexed once and each item parsed only
// when a text asks for it. The index is kept in a pack file beside the build, read back here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Byte ranges of the objects in the top-level lists of a JSON text, each with its list's key (a string scanner). */
export function itemSpans(buf: Uint8Array): [string, number, number][] {
  const spans: [string, number, number][] = [];
  let depth = 0;
  let inString = false;
  let strStart = 0;
  let lastKey = '';
  let list = '';
  let start = -1;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i]!;
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) {
        inString = false;
        if (depth === 1) lastKey = Buffer.from(buf.subarray(strStart, i)).toString('utf8');
      }
    } else if (c === 0x22) {
      inString = true;
      strStart = i + 1;
    } else if (c === 0x7b || c === 0x5b) {
      if (c === 0x5b && depth === 1) list = lastKey;
      if (c === 0x7b && depth === 2 && list) start = i;
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (c === 0x7d && depth === 2 && list) spans.push([list, start, i + 1]);
      if (depth === 1) list = '';
    }
  }
  return spans;
}

/** A pack file's JSON when it parses and carries this `format` and `hash` (of the files it was built from), else null. */
export function readPackFile<T>(path: string, format: unknown, hash: string): Partial<T> | null {
  let raw: { format?: unknown; hash?: unknown } & Partial<T>;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as typeof raw;
  } catch {
    return null;
  }
  return raw.format === format && raw.hash === hash ? raw : null;
}

/**
 * The hash a pack file carries: its `format`, the code (module URLs) that reads the files and builds
 * the pack, and the bytes of the files it was built from, each with its length.
 */
export function packHash(format: number, codeUrls: readonly string[], bufs: readonly Buffer[]): string {
  const h = createHash('sha256').update(`${format}\n`);
  for (const url of codeUrls) h.update(readFileSync(fileURLToPath(url)));
  for (const b of bufs) h.update(`\n${b.length}\n`).update(b);
  return h.digest('hex');
}

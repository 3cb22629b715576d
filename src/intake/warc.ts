// WARC (1.0/1.1) records read as a stream: header lines, Content-Length bytes of block, CRLF CRLF.
// Only `response` (and HTML `resource`) blocks are held, one at a time and at most WARC_RECORD_CAP bytes, so memory is
// bounded by the largest record, never the file. Each HTML response becomes one RawInput.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { RawInput } from '../types.js';
import type { Chunks } from './byte-stream.js';
import { decodeBytes } from './decode.js';
import { readFailure } from './gzip.js';

type WarcItem = RawInput | { path: string; reason: string };

/** Largest record block held in memory; bigger records are passed over unread. */
export const WARC_RECORD_CAP = 50 * 1024 * 1024;
/** Largest HTML page handed to intake (the same limit as a page file). */
export const WARC_PAGE_CAP = 8 * 1024 * 1024;
const HEADER_CAP = 256 * 1024;

/** Records seen by type, for debugging: request, metadata, warcinfo ... are not articles. */
export interface WarcStats {
  records: number;
  byType: Record<string, number>;
  articles: number;
}
export const newWarcStats = (): WarcStats => ({ records: 0, byType: {}, articles: 0 });

export const looksLikeWarc = (head: Uint8Array): boolean => /^WARC\/\d\.\d+\r?\n/.test(Buffer.from(head.subarray(0, 16)).toString('latin1'));

const CRLF2 = Buffer.from('\r\n\r\n');
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** "Name: value" lines (continuations folded) to a map with lower-cased names. */
function headerMap(lines: string[]): Map<string, string> {
  const map = new Map<string, string>();
  let last = '';
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last) map.set(last, `${map.get(last)} ${line.trim()}`);
    else {
      const i = line.indexOf(':');
      if (i <= 0) continue;
      last = line.slice(0, i).trim().toLowerCase();
      map.set(last, line.slice(i + 1).trim());
    }
  }
  return map;
}

/** Undo HTTP chunked transfer coding; a malformed chunk ends the body where it stands. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

interface WarcRecord {
  no: number;
  type: string;
  uri: string;
  /** The record's own Content-Type (for `resource` records, which carry no HTTP header). */
  contentType: string;
  block: Buffer;
}

/** One response record: its HTML page, or why it is not one. */
function pageOf(rec: WarcRecord, path: string): WarcItem {
  const where = `record ${rec.no}${rec.uri ? ` (${rec.uri.slice(0, 200)})` : ''}`;
  const skip = (why: string): WarcItem => ({ path, reason: `${where}: ${why}` });
  if (rec.type === 'resource') return decodePage(rec.block, rec.contentType, rec.uri, path, skip);
  let end = rec.block.indexOf(CRLF2);
  let sep = 4;
  if (end < 0 || end > HEADER_CAP) {
    end = rec.block.indexOf('\n\n');
    sep = 2;
  }
  if (end < 0 || end > HEADER_CAP) return skip('no HTTP header in the response block');
  const lines = rec.block.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/[\d.]+\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status) return skip(`no HTTP status line (starts "${(lines[0] ?? '').slice(0, 40)}")`);
  if (!status[1]!.startsWith('2')) return skip(`HTTP ${status[1]}: not a page`);
  const headers = headerMap(lines.slice(1));
  const contentType = headers.get('content-type') ?? '';
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  if (mime !== 'text/html' && mime !== 'application/xhtml+xml') return skip(`not HTML (${mime || 'no Content-Type'})`);
  let body: Buffer = rec.block.subarray(end + sep);
  try {
    if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
    const coding = (headers.get('content-encoding') ?? '').toLowerCase().trim();
    const limit = { maxOutputLength: WARC_PAGE_CAP + 1 };
    if (coding === 'gzip' || coding === 'x-gzip') body = gunzipSync(body, limit);
    else if (coding === 'deflate') body = inflateSync(body, limit);
    else if (coding === 'br') body = brotliDecompressSync(body, limit);
  } catch (e) {
    return skip(`cannot undo the HTTP encoding: ${(e as Error).message}`);
  }
  return decodePage(body, contentType, rec.uri, path, skip);
}

/** The page's bytes as HTML text, by the declared charset when there is one. */
function decodePage(body: Buffer, contentType: string, uri: string, path: string, skip: (why: string) => WarcItem): WarcItem {
  if (body.length > WARC_PAGE_CAP) return skip(`page over ${mb(WARC_PAGE_CAP)}: not read`);
  const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  let html: string;
  const encoding = charset ? knownEncoding(charset) : null;
  // Node 20's TextDecoder reads windows-1252 (and latin-1, its WHATWG alias) without the 0x80..0x9F
  // punctuation; decodeBytes falls back to a true windows-1252 decoding for such bytes.
  if (encoding && encoding !== 'utf-8' && encoding !== 'windows-1252') {
    html = new TextDecoder(encoding).decode(body);
  } else {
    const decoded = decodeBytes(new Uint8Array(body.buffer, body.byteOffset, body.length));
    if ('error' in decoded) return skip(decoded.error);
    html = decoded.text;
  }
  const input: RawInput = { html, path };
  if (uri) input.url = uri;
  return input;
}

/** The WHATWG encoding a charset label names, or null when the runtime does not know it. */
function knownEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Articles of a WARC stream (already decompressed). Records that are not responses are passed
 * over silently and counted in `stats`; a non-HTML response, an over-size record or a cut-off
 * stream yields a reason, the last one only after every good record before it.
 */
export async function* readWarc(chunks: Chunks, path: string, stats: WarcStats = newWarcStats()): AsyncGenerator<WarcItem> {
  let buf: Buffer = Buffer.alloc(0);
  let no = 0;
  // while inside a block: how much is left, and (for kept records) the parts read so far
  let block: { rec: Omit<WarcRecord, 'block'>; need: number; length: number; parts: Buffer[] | null } | null = null;
  try {
    for await (const chunk of chunks) {
      buf = buf.length ? Buffer.concat([buf, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
      for (;;) {
        if (block) {
          const take = Math.min(block.need, buf.length);
          if (block.parts && take > 0) block.parts.push(buf.subarray(0, take));
          block.need -= take;
          buf = buf.subarray(take);
          if (block.need > 0) break;
          const done = block;
          block = null;
          if (done.parts) {
            const item = pageOf({ ...done.rec, block: Buffer.concat(done.parts) }, path);
            if (!('reason' in item)) stats.articles++;
            yield item;
          } else if (done.length > WARC_RECORD_CAP && (done.rec.type === 'response' || done.rec.type === 'resource')) {
            yield { path, reason: `record ${done.rec.no} (${done.rec.uri}): ${mb(done.length)}, over the ${mb(WARC_RECORD_CAP)} record cap: skipped` };
          }
          continue;
        }
        // between records: the CRLF CRLF that ends a block, then the next header
        let at = 0;
        while (at < buf.length && (buf[at] === 0x0d || buf[at] === 0x0a)) at++;
        buf = buf.subarray(at);
        if (buf.length === 0) break;
        const end = buf.indexOf(CRLF2);
        if (end < 0) {
          if (buf.length > HEADER_CAP) throw new WarcFormatError(`record ${no + 1}: no end of the WARC header within ${HEADER_CAP / 1024} KB`);
          break;
        }
        const lines = buf.subarray(0, end).toString('utf8').split('\r\n');
        if (!/^WARC\/\d\.\d+$/.test(lines[0] ?? '')) throw new WarcFormatError(`record ${no + 1}: not a WARC record (starts "${(lines[0] ?? '').slice(0, 40)}")`);
        const headers = headerMap(lines.slice(1));
        const length = Number(headers.get('content-length'));
        if (!Number.isSafeInteger(length) || length < 0) throw new WarcFormatError(`record ${no + 1}: no valid Content-Length`);
        no++;
        stats.records++;
        const type = (headers.get('warc-type') ?? 'unknown').toLowerCase();
        stats.byType[type] = (stats.byType[type] ?? 0) + 1;
        const contentType = headers.get('content-type') ?? '';
        // responses, and resource records that hold a page as stored (no HTTP header)
        const page = type === 'response' || (type === 'resource' && /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType));
        const keep = page && length <= WARC_RECORD_CAP;
        block = { rec: { no, type, uri: (headers.get('warc-target-uri') ?? '').replace(/^<|>$/g, ''), contentType }, need: length, length, parts: keep ? [] : null };
        buf = buf.subarray(end + 4);
      }
    }
  } catch (e) {
    const why = e instanceof WarcFormatError ? e.message : readFailure(e);
    yield { path, reason: `${why}${no ? ` (after record ${no})` : ''}` };
    return;
  }
  if (block) yield { path, reason: `record ${block.rec.no} cut off: ${block.length - block.need} of ${block.length} bytes` };
  else if (buf.length) yield { path, reason: `record ${no + 1}: WARC header cut off` };
  else if (no === 0) yield { path, reason: 'empty WARC file: no records' };
}

class WarcFormatError extends Error {}

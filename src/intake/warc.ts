// WARC (1.0/1.1) records read as a stream: header lines, Content-Length bytes of block, CRLF CRLF.
// Only `response` (and HTML `resource`) blocks are held, one at a time and at most WARC_RECORD_CAP bytes, so memory is
// bounded by the largest record, never the file. Each HTML response becomes one RawInput.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { RawInput } from '../types.js';
import type { Chunks } from './byte-stream.js';
import { decodeBytes } from './decode.js';
import { readFailure } from './gzip.js';
import { isStreamGap, type StreamGap } from './gzip-members.js';
import { at } from '../at.js';

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
  if (!at(status, 1).startsWith('2')) return skip(`HTTP ${status[1]}: not a page`);
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

/** Offset of the next record header (a line "WARC/d.d" at a line start) at or after `from`, or -1. */
function nextHeader(buf: Buffer, from: number): number {
  for (let i = buf.indexOf('WARC/', from, 'latin1'); i >= 0; i = buf.indexOf('WARC/', i + 1, 'latin1')) {
    if ((i === 0 || buf[i - 1] === 0x0a) && /^WARC\/\d\.\d+\r?\n/.test(buf.subarray(i, i + 16).toString('latin1'))) return i;
  }
  return -1;
}

type Block = { rec: Omit<WarcRecord, 'block'>; need: number; length: number; parts: Buffer[] | null };

/**
 * Articles of a WARC stream (already decompressed). Records that are not responses are passed
 * over silently and counted in `stats`; a non-HTML response or an over-size record yields a reason.
 * A damaged record (a broken header, a Content-Length that does not end at a record boundary, a gap
 * left by a corrupt gzip member) yields a reason saying how many bytes were skipped, and reading
 * resumes at the next `WARC/1.x` record header: one bad record never costs the records after it.
 */
export async function* readWarc(chunks: Chunks | AsyncIterable<Uint8Array | StreamGap>, path: string, stats: WarcStats = newWarcStats()): AsyncGenerator<WarcItem> {
  let buf: Buffer = Buffer.alloc(0);
  let no = 0;
  // while inside a block: how much is left, and the parts read so far (kept up to the record cap,
  // so a Content-Length that runs past the record's real end can be read again from the next header)
  let block: Block | null = null;
  // a finished block waiting for the bytes after it, which must be CR/LF then the next header
  let ended: (Block & { parts: Buffer[] | null }) | null = null;
  // passing over damaged bytes to the next record header
  let skipping: { why: string; bytes: number } | null = null;
  const where = (r: Omit<WarcRecord, 'block'>): string => `record ${r.no}${r.uri ? ` (${r.uri.slice(0, 200)})` : ''}`;

  function* finishRecord(done: Block): Generator<WarcItem> {
    const rec = done.rec;
    const kept = done.parts && (rec.type === 'response' || (rec.type === 'resource' && /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(rec.contentType)));
    if (kept) {
      const item = pageOf({ ...rec, block: Buffer.concat(done.parts!) }, path);
      if (!('reason' in item)) stats.articles++;
      yield item;
    } else if (done.length > WARC_RECORD_CAP && (rec.type === 'response' || rec.type === 'resource')) {
      yield { path, reason: `${where(rec)}: ${mb(done.length)}, over the ${mb(WARC_RECORD_CAP)} record cap: skipped` };
    }
  }

  /** A record whose block does not end where its Content-Length says: read again from the next header inside it, or skip ahead. */
  function* badLength(done: Block, eof: boolean): Generator<WarcItem> {
    const held = done.parts ? Buffer.concat(done.parts) : null;
    const at = held ? nextHeader(held, 1) : -1;
    const why = `${where(done.rec)}: Content-Length ${done.length} ${eof && done.need > 0 ? 'runs past the end of the file' : 'does not end at a record boundary'}`;
    if (held && at > 0) {
      yield { path, reason: `${why}: skipped ${at} bytes to the next WARC record header` };
      buf = buf.length ? Buffer.concat([held.subarray(at), buf]) : held.subarray(at);
      return;
    }
    skipping = { why, bytes: done.length - done.need };
  }

  function* drain(eof: boolean): Generator<WarcItem> {
    for (;;) {
      if (skipping) {
        const at = nextHeader(buf, 0);
        if (at < 0) {
          const keep = eof ? 0 : Math.min(buf.length, 16); // a header line may straddle two chunks
          skipping.bytes += buf.length - keep;
          buf = buf.subarray(buf.length - keep);
          if (eof) {
            yield { path, reason: `${skipping.why}: skipped ${skipping.bytes} bytes to the end of the file, no further record` };
            skipping = null;
          }
          return;
        }
        yield { path, reason: `${skipping.why}: skipped ${skipping.bytes + at} bytes to the next WARC record header` };
        skipping = null;
        buf = buf.subarray(at);
      }
      if (block) {
        const take = Math.min(block.need, buf.length);
        if (block.parts && take > 0) block.parts.push(buf.subarray(0, take));
        block.need -= take;
        buf = buf.subarray(take);
        if (block.need > 0) {
          if (eof) {
            const cut = block;
            block = null;
            // a length that ran over the next record is told apart from a file cut off inside a record
            const held = cut.parts ? nextHeader(Buffer.concat(cut.parts), 1) : -1;
            if (held > 0) { yield* badLength(cut, true); continue; }
            yield { path, reason: `record ${cut.rec.no} cut off: ${cut.length - cut.need} of ${cut.length} bytes` };
          }
          return;
        }
        ended = block;
        block = null;
      }
      // between records: the CRLF CRLF that ends a block, then the next header
      let at = 0;
      while (at < buf.length && (buf[at] === 0x0d || buf[at] === 0x0a)) at++;
      if (ended) {
        if (!eof && buf.length - at < 5) return;
        const done = ended;
        ended = null;
        // the block ends where it should when the next header follows, or at least a line break
        // (then what follows is the next record's problem); else its Content-Length was wrong
        const next = at === buf.length || buf.subarray(at, at + 5).toString('latin1') === 'WARC/';
        const inside = !next && done.parts !== null && nextHeader(Buffer.concat(done.parts), 1) > 0;
        if (next || (!inside && at >= 2)) yield* finishRecord(done);
        else {
          yield* badLength(done, false);
          continue;
        }
      }
      buf = buf.subarray(at);
      if (buf.length === 0) return;
      const end = buf.indexOf(CRLF2);
      const header = (why: string): void => {
        skipping = { why: `record ${no + 1}: ${why}`, bytes: 1 };
        buf = buf.subarray(1);
      };
      if (end < 0) {
        if (buf.length > HEADER_CAP) header(`no end of the WARC header within ${HEADER_CAP / 1024} KB`);
        else if (eof) header('WARC header cut off');
        else return;
        continue;
      }
      const lines = buf.subarray(0, end).toString('utf8').split('\r\n');
      if (!/^WARC\/\d\.\d+$/.test(lines[0] ?? '')) { header(`not a WARC record (starts "${(lines[0] ?? '').slice(0, 40)}")`); continue; }
      const headers = headerMap(lines.slice(1));
      const length = Number(headers.get('content-length'));
      if (!Number.isSafeInteger(length) || length < 0 || headers.get('content-length')?.trim() === '') { header('no valid Content-Length'); continue; }
      no++;
      stats.records++;
      const type = (headers.get('warc-type') ?? 'unknown').toLowerCase();
      stats.byType[type] = (stats.byType[type] ?? 0) + 1;
      const contentType = headers.get('content-type') ?? '';
      block = { rec: { no, type, uri: (headers.get('warc-target-uri') ?? '').replace(/^<|>$/g, ''), contentType }, need: length, length, parts: length <= WARC_RECORD_CAP ? [] : null };
      buf = buf.subarray(end + 4);
    }
  }

  let told = 0;
  try {
    for await (const chunk of chunks) {
      if (isStreamGap(chunk)) {
        told++;
        // a gzip member could not be read: what was in flight is lost, the next member starts afresh
        // a record whose block was read whole is kept: only the next header was still awaited
        const whole = ended as Block | null;
        if (whole) for (const item of finishRecord(whole)) { told++; yield item; }
        const lost = block as Block | null; // set inside drain()
        yield { path, reason: lost ? `${where(lost.rec)}: lost, ${chunk.reason}` : `${chunk.reason}${no ? ` (after record ${no})` : ''}` };
        block = ended = skipping = null;
        buf = Buffer.alloc(0);
        continue;
      }
      buf = buf.length ? Buffer.concat([buf, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
      for (const item of drain(false)) { told++; yield item; }
    }
  } catch (e) {
    yield { path, reason: `${readFailure(e)}${no ? ` (after record ${no})` : ''}` };
    return;
  }
  for (const item of drain(true)) { told++; yield item; }
  if (no === 0 && told === 0) yield { path, reason: 'empty WARC file: no records' };
}

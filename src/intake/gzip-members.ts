// gzip read member by member, for WARC files (one member per record): a corrupt or cut-off member
// costs that member only. Decoding restarts at the next gzip member header, and the gap is
// reported with how many compressed bytes were passed over. Node's own Gunzip stops at the first bad byte.
import { crc32, inflateRawSync } from 'node:zlib';
import type { Chunks } from './byte-stream.js';
import { at } from '../at.js';

/** Compressed bytes passed over between two good members, and why. */
export interface StreamGap {
  gap: true;
  skipped: number;
  reason: string;
}
export const isStreamGap = (x: unknown): x is StreamGap => typeof x === 'object' && x !== null && (x as StreamGap).gap === true;

// gzip header flags (RFC 1952)
const FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16, FRESERVED = 0xe0;

/** Offset of the next plausible member header (1f 8b 08, reserved flags clear) at or after `from`, or -1. */
function nextMember(buf: Buffer, from: number): number {
  for (let i = buf.indexOf(0x1f, from); i >= 0 && i + 3 < buf.length; i = buf.indexOf(0x1f, i + 1)) {
    if (buf[i + 1] === 0x8b && buf[i + 2] === 0x08 && (at(buf, i + 3) & FRESERVED) === 0) return i;
  }
  return -1;
}

/** Length of the member header at 0, 0 when more bytes are needed, -1 when it is not a gzip header. */
function headerLength(buf: Buffer): number {
  if (buf.length < 10) return 0;
  if (buf[0] !== 0x1f || buf[1] !== 0x8b || buf[2] !== 0x08 || (at(buf, 3) & FRESERVED) !== 0) return -1;
  const flags = at(buf, 3);
  let pos = 10;
  if (flags & FEXTRA) {
    if (buf.length < pos + 2) return 0;
    pos += 2 + buf.readUInt16LE(pos);
  }
  for (const f of [FNAME, FCOMMENT]) {
    if (!(flags & f)) continue;
    const zero = buf.indexOf(0, pos);
    if (zero < 0) return 0;
    pos = zero + 1;
  }
  if (flags & FHCRC) pos += 2;
  return buf.length < pos ? 0 : pos;
}

type Attempt = { data: Buffer; used: number } | { more: true } | { bad: string };

/** Decode the member at the start of `buf`: its data and length, a request for more bytes, or why it is bad. */
function member(buf: Buffer, maxOutput: number): Attempt {
  const head = headerLength(buf);
  if (head === 0) return { more: true };
  if (head < 0) return { bad: 'not a gzip member header' };
  let data: Buffer;
  let consumed: number;
  try {
    const r = inflateRawSync(buf.subarray(head), { info: true, maxOutputLength: maxOutput }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    data = r.buffer;
    consumed = r.engine.bytesWritten;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(err.message)) return { more: true };
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return { bad: `member over ${Math.round(maxOutput / 1048576)} MB once decompressed` };
    return { bad: err.message };
  }
  const end = head + consumed + 8;
  if (buf.length < end) return { more: true };
  // the trailer: CRC-32 and length of the data; a mismatch means the member was spliced or damaged
  if (buf.readUInt32LE(end - 4) !== (data.length >>> 0) || buf.readUInt32LE(end - 8) !== crc32(data)) return { bad: 'checksum mismatch' };
  return { data, used: end };
}

/**
 * Decompressed chunks of a multi-member gzip stream, with a StreamGap wherever a member could not
 * be read. `maxMember` bounds one member, compressed and decompressed: the buffer never holds more.
 */
export async function* gunzipMembers(chunks: Chunks, maxMember: number): AsyncGenerator<Uint8Array | StreamGap> {
  let buf: Buffer = Buffer.alloc(0);
  let tried = 0; // buffer length at the last attempt that needed more bytes: retry once it has doubled
  let skipping: { bytes: number; why: string } | null = null;
  const gap = (bytes: number, why: string, toEnd: boolean): StreamGap => ({
    gap: true, skipped: bytes,
    reason: `${why}: skipped ${bytes} compressed bytes ${toEnd ? 'to the end of the file' : 'to the next gzip member'}`,
  });
  function* drain(eof: boolean): Generator<Uint8Array | StreamGap> {
    for (;;) {
      if (skipping) {
        const at = nextMember(buf, 0);
        if (at < 0) {
          const keep = eof ? 0 : Math.min(buf.length, 3); // a header may straddle two chunks
          skipping.bytes += buf.length - keep;
          buf = buf.subarray(buf.length - keep);
          if (eof) {
            yield gap(skipping.bytes, skipping.why, true);
            skipping = null;
          }
          return;
        }
        skipping.bytes += at;
        buf = buf.subarray(at);
        yield gap(skipping.bytes, skipping.why, false);
        skipping = null;
      }
      if (buf.length === 0) return;
      if (!eof && buf.length < 2 * tried) return;
      const r = member(buf, maxMember);
      if ('data' in r) {
        tried = 0;
        buf = buf.subarray(r.used);
        if (r.data.length) yield r.data;
        continue;
      }
      if ('more' in r && !eof && buf.length <= maxMember) {
        tried = Math.max(buf.length, 4096);
        return;
      }
      tried = 0;
      const why = 'more' in r ? (eof ? 'truncated gzip member: the compressed data ends early' : 'gzip member that never ends') : `corrupt gzip member (${r.bad})`;
      skipping = { bytes: 1, why };
      buf = buf.subarray(1);
    }
  }
  for await (const chunk of chunks) {
    buf = buf.length ? Buffer.concat([buf, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    yield* drain(false);
  }
  yield* drain(true);
}

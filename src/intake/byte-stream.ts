// Byte streams as async iterables of chunks: peek at the head to sniff a format, then
// read on without losing it; collect under a cap; split into lines of bounded length.
// Pull-based, so a slow consumer slows the file read and memory stays bounded.
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Chunks of bytes; a plain array of buffers does too (tests, bytes already in memory). */
export type Chunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export function fileChunks(path: string): Chunks {
  return createReadStream(path, { highWaterMark: 1 << 20 });
}

/**
 * The first `n` bytes (fewer at the end of the stream) and the whole stream, head included.
 * A read error while peeking is held back and thrown where the stream is read, after the head.
 */
export async function peek(chunks: Chunks, n: number): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array>; close: () => Promise<void> }> {
  const it = (Symbol.asyncIterator in chunks ? chunks : (async function* () {
    yield* chunks;
  })())[Symbol.asyncIterator]();
  const got: Uint8Array[] = [];
  let size = 0;
  let done = false;
  let failure: { error: unknown } | null = null;
  while (size < n) {
    try {
      const r = await it.next();
      if (r.done) {
        done = true;
        break;
      }
      got.push(r.value);
      size += r.value.length;
    } catch (error) {
      failure = { error };
      break;
    }
  }
  const head = Buffer.concat(got);
  const all = (async function* () {
    try {
      if (head.length) yield head;
      if (failure) throw failure.error;
      if (done) return;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    } finally {
      if (!done && !failure) await it.return?.();
    }
  })();
  // for a reader that stops after the head: `all` never started cannot close the source itself
  const close = async (): Promise<void> => {
    if (!done && !failure) await it.return?.();
  };
  return { head: head.subarray(0, n), all, close };
}

/** All bytes, or null as soon as they pass `cap` (the rest is not read). */
export async function collectCapped(chunks: Chunks, cap: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.length;
    if (size > cap) return null;
    parts.push(c);
  }
  return new Uint8Array(Buffer.concat(parts));
}

export type Line = { text: string } | { tooLong: number };

/** UTF-8 lines (without CR/LF); a line over `maxChars` is dropped and reported by its length instead. */
export async function* linesOf(chunks: Chunks, maxChars: number): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let dropping = 0; // characters of an over-long line seen so far
  const emit = (line: string): Line => ({ text: line.endsWith('\r') ? line.slice(0, -1) : line });
  for await (const c of chunks) {
    let s = decoder.write(Buffer.from(c.buffer, c.byteOffset, c.length));
    let nl = s.indexOf('\n');
    while (nl >= 0) {
      if (dropping) yield { tooLong: dropping + nl };
      else yield emit(pending + s.slice(0, nl));
      pending = '';
      dropping = 0;
      s = s.slice(nl + 1);
      nl = s.indexOf('\n');
    }
    if (dropping) dropping += s.length;
    else if (pending.length + s.length > maxChars) {
      dropping = pending.length + s.length;
      pending = '';
    } else pending += s;
  }
  pending += decoder.end();
  if (dropping) yield { tooLong: dropping + pending.length };
  else if (pending !== '') yield emit(pending);
}

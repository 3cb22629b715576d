// gzip as it arrives: streamed, multi-member (Node's Gunzip reads concatenated members,
// which is how WARC files are written), and a cut-off file is a reason, never a crash.
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Chunks } from './byte-stream.js';

export const isGzipHead = (head: Uint8Array): boolean => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

/** The name of what the gzip holds: "a.jsonl.gz" -> "a.jsonl", "a.tgz" stays. */
export const withoutGz = (name: string): string => name.replace(/\.gz$/i, '');

/** Decompressed chunks; a decompression error surfaces when the result is iterated. */
export function gunzip(chunks: Chunks): Chunks {
  const gz = createGunzip({ chunkSize: 64 * 1024 });
  pipeline(Readable.from(chunks, { objectMode: false }), gz, () => {
    // errors reach the reader through gz's iterator
  });
  return gz;
}

/** A reader's failure in words: a cut-off or corrupt gzip, or the file error itself. */
export function readFailure(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(err?.message ?? '')) return 'truncated gzip: the compressed data ends early';
  if (err?.code === 'Z_DATA_ERROR') return `corrupt gzip: ${err.message}`;
  return `cannot read: ${err?.message ?? String(e)}`;
}

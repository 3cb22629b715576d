// Reading one article from a file or stdin for extract/annotate/article.
import { readFileSync, statSync } from 'node:fs';
import type { RawInput } from '../types.js';
import { UsageError } from './errors.js';

export function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

export async function readOne(path: string | undefined, published: string | undefined): Promise<RawInput> {
  const p = path ?? '-';
  let bytes: Uint8Array;
  if (p === '-') bytes = await readStdin();
  else {
    let isFile = false;
    try { isFile = statSync(p).isFile(); } catch { throw new UsageError(`cannot read ${p}: no such file`); }
    if (!isFile) throw new UsageError(`cannot read ${p}: not a file`);
    try { bytes = readFileSync(p); } catch (err) { throw new UsageError(`cannot read ${p}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`); }
  }
  return { bytes, path: p === '-' ? undefined : p, published };
}

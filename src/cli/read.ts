// Reading one article from a file or stdin for extract/annotate/article.
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import type { RawInput } from '../types.js';
import { noInput } from './errors.js';

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
    try { isFile = statSync(p).isFile(); } catch { throw noInput(`cannot read ${p}: no such file`); }
    if (!isFile) throw noInput(`cannot read ${p}: a folder, not a file (use entente ingest for folders)`);
    try { bytes = readFileSync(p); } catch (err) { throw noInput(`cannot read ${p}: ${(err as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (err as NodeJS.ErrnoException).code ?? 'error'}`); }
  }
  return { bytes, path: p === '-' ? undefined : p, published };
}

/** Every PATH the user named must be there and readable (stdin "-" aside): a typo fails at once, before any work. */
export function requireReadable(paths: readonly string[], what = 'file or folder'): void {
  for (const p of paths) {
    if (p === '-') continue;
    try {
      statSync(p);
    } catch {
      throw noInput(`cannot read ${p}: no such ${what}`);
    }
    try {
      accessSync(p, constants.R_OK);
    } catch {
      throw noInput(`cannot read ${p}: permission denied`);
    }
  }
}

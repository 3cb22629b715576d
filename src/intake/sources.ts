// Where raw inputs come from: files (text, HTML), JSONL record files, folders and stdin.
// Problems are yielded as InputError values beside the good inputs, never thrown.
import { createReadStream } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { RawInput } from '../types.js';
import { decodeBytes } from './decode.js';
import { looksLikeHtml } from './html.js';

export type InputError = { path: string; reason: string };

export function isInputError(x: RawInput | InputError): x is InputError {
  return typeof (x as InputError).reason === 'string' && typeof (x as InputError).path === 'string' && !('text' in x) && !('html' in x);
}

/** Bytes read from one file at most; intake caps the text further. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

const optionalString = z.string().nullish().transform((v) => v ?? undefined);

/** One JSONL record: an id and the article as text or HTML, plus what the caller knows. */
export const JsonlRecord = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    text: z.string().optional(),
    html: z.string().optional(),
    published: optionalString,
    title: optionalString,
    url: optionalString,
    source: optionalString,
  })
  .refine((r) => r.text !== undefined || r.html !== undefined, { message: 'a record needs "text" or "html"' });

const isJsonlPath = (p: string): boolean => /\.(jsonl|ndjson)$/i.test(p);
const isHtmlPath = (p: string): boolean => /\.(x?html?|shtml)$/i.test(p);

function recordOf(line: string, lineNo: number, path: string): RawInput | InputError {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    return { path, reason: `line ${lineNo}: invalid JSON (${(e as Error).message})` };
  }
  const r = JsonlRecord.safeParse(data);
  if (!r.success) {
    const why = r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    return { path, reason: `line ${lineNo}: ${why}` };
  }
  const input: RawInput = { id: r.data.id, path };
  for (const k of ['text', 'html', 'published', 'title', 'url', 'source'] as const) {
    const v = r.data[k];
    if (v !== undefined) input[k] = v;
  }
  return input;
}

async function* jsonlLines(lines: AsyncIterable<string>, path: string): AsyncGenerator<RawInput | InputError> {
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    yield recordOf(line, lineNo, path);
  }
}

/** Records of a JSONL file, one per line; a bad line yields an InputError naming its number. */
export async function* readJsonl(path: string): AsyncGenerator<RawInput | InputError> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const failed: { error: Error | null } = { error: null };
  stream.on('error', (e) => (failed.error = e));
  try {
    yield* jsonlLines(createInterface({ input: stream, crlfDelay: Infinity }), path);
  } catch (e) {
    failed.error ??= e as Error;
  } finally {
    stream.destroy();
  }
  if (failed.error) yield { path, reason: `cannot read: ${failed.error.message}` };
}

async function readCapped(path: string): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const buf = new Uint8Array(Math.min(size, MAX_FILE_BYTES));
    let off = 0;
    while (off < buf.length) {
      const { bytesRead } = await fh.read(buf, off, buf.length - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return buf.subarray(0, off);
  } finally {
    await fh.close();
  }
}

function fromBytes(bytes: Uint8Array, path: string): RawInput | InputError {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return { path, reason: decoded.error };
  return isHtmlPath(path) || looksLikeHtml(decoded.text) ? { html: decoded.text, path } : { text: decoded.text, path };
}

async function* readStdin(): AsyncGenerator<RawInput | InputError> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const bytes = new Uint8Array(Buffer.concat(chunks));
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) {
    yield { path: '-', reason: decoded.error };
    return;
  }
  // JSONL when every non-blank line starts as a JSON object
  const first = decoded.text.trimStart();
  if (first.startsWith('{') && !looksLikeHtml(first)) {
    yield* jsonlLines(
      (async function* () {
        yield* decoded.text.split(/\r?\n/);
      })(),
      '-',
    );
    return;
  }
  yield fromBytes(bytes, '-');
}

async function* readPath(path: string, visited: Set<string>): AsyncGenerator<RawInput | InputError> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { path, reason: `cannot read: ${(e as Error).message}` };
    return;
  }
  if (info.isDirectory()) {
    const real = await realpath(path).catch(() => path);
    if (visited.has(real)) return; // symlink loop
    visited.add(real);
    let names: string[];
    try {
      names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
    } catch (e) {
      yield { path, reason: `cannot list folder: ${(e as Error).message}` };
      return;
    }
    for (const n of names) yield* readPath(join(path, n), visited);
    return;
  }
  if (!info.isFile()) {
    yield { path, reason: 'not a regular file' };
    return;
  }
  if (isJsonlPath(path)) {
    yield* readJsonl(path);
    return;
  }
  try {
    yield fromBytes(await readCapped(path), path);
  } catch (e) {
    yield { path, reason: `cannot read: ${(e as Error).message}` };
  }
}

/** Raw inputs from files, folders (recursive, sorted, dot-files skipped), JSONL files and "-" (stdin). */
export async function* readInputs(paths: string[]): AsyncGenerator<RawInput | InputError> {
  const visited = new Set<string>();
  for (const p of paths) {
    if (p === '-') yield* readStdin();
    else yield* readPath(p, visited);
  }
}

// Where raw inputs come from: files (text, HTML), JSONL record files, RSS/Atom feeds, WARC
// archives, any of them gzipped, folders and stdin. Problems are yielded as InputError values
// beside the good inputs, never thrown. Formats: data/intake/README.md.
import { readdir, realpath, stat } from 'node:fs/promises';
import { MANIFEST_NAME, isDocumentationFile, readManifest } from './manifest.js';
import { join } from 'node:path';
import { z } from 'zod';
import type { RawInput } from '../types.js';
import { collectCapped, fileChunks, linesOf, peek, type Chunks } from './byte-stream.js';
import { decodeBytes } from './decode.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { gunzip, isGzipHead, readFailure, withoutGz } from './gzip.js';
import { looksLikeHtml } from './html.js';
import { WARC_RECORD_CAP, looksLikeWarc, newWarcStats, readWarc } from './warc.js';
import { gunzipMembers } from './gzip-members.js';
import { constants as zlibConstants, inflateRawSync } from 'node:zlib';
import { at } from '../at.js';

export type InputError = { path: string; reason: string };

export function isInputError(x: RawInput | InputError): x is InputError {
  return typeof (x as InputError).reason === 'string' && typeof (x as InputError).path === 'string' && !('text' in x) && !('html' in x);
}

/** Largest page or text file read (after decompression); a bigger one is refused, not cut. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Largest feed file read: it is split into items, each far smaller. */
export const MAX_FEED_BYTES = 64 * 1024 * 1024;

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
const isFeedPath = (p: string): boolean => /\.(xml|rss|atom)$/i.test(p);
const isWarcPath = (p: string): boolean => /\.warc(\.gz)?$/i.test(p);

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

/** Longest JSONL line read, in characters; a longer record is skipped with its line number. */
export const MAX_JSONL_LINE = 32 * 1024 * 1024;

async function* jsonlStream(chunks: Chunks, path: string): AsyncGenerator<RawInput | InputError> {
  let lineNo = 0;
  try {
    for await (const line of linesOf(chunks, MAX_JSONL_LINE)) {
      lineNo++;
      if ('tooLong' in line) {
        yield { path, reason: `line ${lineNo}: ${line.tooLong} characters, over the ${MAX_JSONL_LINE} limit for one record` };
        continue;
      }
      const text = lineNo === 1 ? line.text.replace(/^\uFEFF/, '') : line.text;
      if (text.trim() === '') continue;
      yield recordOf(text, lineNo, path);
    }
  } catch (e) {
    yield { path, reason: `${readFailure(e)}${lineNo ? ` (after line ${lineNo})` : ''}` };
  }
}

/** Records of a JSONL file (or .jsonl.gz), one per line; a bad line yields an InputError naming its number. */
export async function* readJsonl(path: string): AsyncGenerator<RawInput | InputError> {
  const { head, all } = await peek(fileChunks(path), 2);
  yield* jsonlStream(isGzipHead(head) ? gunzip(all) : all, path);
}

function fromBytes(bytes: Uint8Array, path: string, name = path): (RawInput | InputError)[] {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return [{ path, reason: decoded.error }];
  if (isFeedPath(name) || looksLikeFeed(decoded.text)) {
    if (looksLikeFeed(decoded.text)) return readFeed(decoded.text, path);
    if (!looksLikeHtml(decoded.text)) return [{ path, reason: 'XML but not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)' }];
  }
  // stdin holding records, possibly UTF-16: JSONL when the text opens a JSON object
  if (name === '-' && decoded.text.trimStart().startsWith('{') && !looksLikeHtml(decoded.text)) {
    return decoded.text.split(/\r?\n/).flatMap((line, i) => (line.trim() === '' ? [] : [recordOf(line.replace(/^\uFEFF/, ''), i + 1, path)]));
  }
  // when decoding had something to say (bad bytes, a legacy charset), intake decodes again and notes it
  if (decoded.warning || !decoded.encoding.startsWith('utf-8')) return [{ bytes, path }];
  return [isHtmlPath(name) || looksLikeHtml(decoded.text) ? { html: decoded.text, path } : { text: decoded.text, path }];
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function* readWarcStream(chunks: Parameters<typeof readWarc>[0], path: string): AsyncGenerator<RawInput | InputError> {
  const stats = newWarcStats();
  yield* readWarc(chunks, path, stats);
  if (process.env.ENTENTE_DEBUG) process.stderr.write(`warc ${path}: ${stats.records} records ${JSON.stringify(stats.byType)}, ${stats.articles} HTML pages\n`);
}

/** Whether the first gzip member starts with a WARC record header (read from the first few KB only). */
function gzipHeadIsWarc(head: Uint8Array): boolean {
  const b = Buffer.from(head.buffer, head.byteOffset, head.length);
  if (b.length < 10 || (at(b, 3) & 0x1e) !== 0) return false; // extra fields, names or comments: not worth parsing here
  try {
    return looksLikeWarc(inflateRawSync(b.subarray(10), { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: 64 }));
  } catch {
    return false;
  }
}

/** A format read record by record as its bytes arrive, told by the file's name or its first bytes. */
interface StreamReader {
  format: string;
  sniff(name: string, head: Uint8Array): boolean;
  read(chunks: Chunks, path: string): AsyncGenerator<RawInput | InputError>;
}

/** Streamed formats, tried in order; whatever none claims is read whole as a feed, a page or text (fromBytes). */
const STREAM_READERS: readonly StreamReader[] = [
  { format: 'warc', sniff: (name, head) => isWarcPath(name) || looksLikeWarc(head), read: readWarcStream },
  { format: 'jsonl', sniff: (name, head) => isJsonlPath(name) || (name === '-' && /^(\uFEFF)?\s*\{/.test(Buffer.from(head).toString('utf8'))), read: jsonlStream },
];

/**
 * One stream of bytes, its format told by the name and by its first bytes: gzip (of anything,
 * once), WARC and JSONL are streamed; a page, text or feed is read whole up to its cap.
 */
async function* readStream(chunks: Chunks, path: string, name: string, size: number | null, depth = 0): AsyncGenerator<RawInput | InputError> {
  const { head, all, close } = await peek(chunks, 4096);
  if (depth === 0 && isGzipHead(head)) {
    // a WARC is read member by member, so a corrupt member costs its record only
    if (isWarcPath(withoutGz(name)) || gzipHeadIsWarc(head)) {
      yield* readWarcStream(gunzipMembers(all, WARC_RECORD_CAP + (1 << 20)), path);
      return;
    }
    yield* readStream(gunzip(all), path, withoutGz(name), null, 1);
    return;
  }
  const streamed = STREAM_READERS.find((r) => r.sniff(name, head));
  if (streamed) {
    yield* streamed.read(all, path);
    return;
  }
  const feed = isFeedPath(name) || looksLikeFeed(Buffer.from(head).toString('utf8'));
  const cap = feed ? MAX_FEED_BYTES : MAX_FILE_BYTES;
  if (size !== null && size > cap) {
    await close();
    yield { path, reason: `too large: ${mb(size)}, over the ${mb(cap)} limit for one ${feed ? 'feed' : 'page'}; not read` };
    return;
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await collectCapped(all, cap);
  } catch (e) {
    yield { path, reason: readFailure(e) };
    return;
  }
  if (bytes === null) {
    yield { path, reason: `too large: over the ${mb(cap)} limit for one ${feed ? 'feed' : 'page'}${depth ? ' once decompressed' : ''}; not read` };
    return;
  }
  yield* fromBytes(bytes, path, name);
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
    // A sidecar manifest.jsonl gives metadata to the files it names; README/LICENSE files document the folder.
    const manifest = readManifest(path, names);
    for (const e of manifest?.errors ?? []) yield { path: join(path, MANIFEST_NAME), reason: e };
    for (const n of names) {
      const child = join(path, n);
      if (manifest && n === MANIFEST_NAME) continue;
      if (isDocumentationFile(n)) { yield { path: child, reason: 'documentation file, not an article' }; continue; }
      const meta = manifest?.entries.get(child);
      if (!meta) { yield* readPath(child, visited); continue; }
      for await (const item of readPath(child, visited)) {
        if ('reason' in item) { yield item; continue; }
        const dated = item.published === undefined && meta.published !== undefined ? { published: meta.published, publishedField: `${MANIFEST_NAME} "published"` } : {};
        yield { ...item, ...dated, source: item.source ?? meta.source, url: item.url ?? meta.url, title: item.title ?? meta.title };
      }
    }
    return;
  }
  if (!info.isFile()) {
    yield { path, reason: 'not a regular file' };
    return;
  }
  if (info.size === 0) {
    yield { path, reason: 'empty input: 0 bytes' };
    return;
  }
  yield* readStream(fileChunks(path), path, path, info.size);
}

/** Raw inputs from files, folders (recursive, sorted, dot-files skipped), JSONL files and "-" (stdin). */
export async function* readInputs(paths: string[]): AsyncGenerator<RawInput | InputError> {
  const visited = new Set<string>();
  for (const p of paths) {
    if (p === '-') yield* readStream(process.stdin, '-', '-', null);
    else yield* readPath(p, visited);
  }
}

// The built web page (dist/web/): GET / and its assets, with their content types. A path
// that would leave the folder (../, encoded or not, or a symlink pointing out) is refused.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { BASE_HEADERS, HttpError, PAGE_CSP } from './http.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The file under root a URL path names, or an HttpError (403 leaving root, 404 absent). */
async function resolveFile(root: string, urlPath: string): Promise<string> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'malformed path');
  }
  if (path.includes('\0') || path.includes('\\')) throw new HttpError(400, 'malformed path');
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.')) throw new HttpError(403, 'path leaves the web folder');
  if (parts.length === 0) parts.push('index.html');
  const realRoot = await realpath(root);
  let real: string;
  try {
    real = await realpath(join(realRoot, ...parts));
  } catch {
    throw new HttpError(404, 'not found');
  }
  if (!real.startsWith(realRoot + sep)) throw new HttpError(403, 'path leaves the web folder');
  const s = await stat(real);
  if (s.isDirectory()) return resolveFile(root, `${parts.join('/')}/index.html`);
  if (!s.isFile()) throw new HttpError(404, 'not found');
  return real;
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'only GET and HEAD here', undefined, { Allow: 'GET, HEAD' });
  const file = await resolveFile(root, urlPath);
  const size = (await stat(file)).size;
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // hashed asset names (vite's assets/) never change; the page itself is always revalidated
  const immutable = /\/assets\/[^/]+-[\w-]{8,}\.\w+$/.test(file.split(sep).join('/'));
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Security-Policy': PAGE_CSP,
    'Content-Type': type,
    'Content-Length': String(size),
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') { res.end(); return; }
  createReadStream(file).pipe(res);
}

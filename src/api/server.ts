// The HTTP JSON API on node:http: routes from a table, errors as `{ error, parameter? }`,
// and the built web page from dist/web/ when present.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { repoRoot } from '../data.js';
import type { Store } from '../store/index.js';
import { BASE_HEADERS, HttpError, sendError, sendJson, sendKeptJson } from './http.js';
import { ReplyCache } from './cache.js';
import type { ReadPool } from './read-pool.js';
import { ANALYSIS_ROUTES } from './analysis.js';
import { COUNT_ROUTES } from './counts.js';
import { Download } from './download.js';
import { EXPORT_ROUTE } from './export.js';
import { INGEST_ROUTE } from './ingest.js';
import { openApiDocument } from './openapi.js';
import { NoQuery, parseQuery } from './params.js';
import { READ_ROUTES } from './reads.js';
import { route, type ApiConfig, type Route } from './route.js';
import { serveStatic } from './static.js';
import { group } from '../at.js';

/** Default request body limit: 10 MB. */
export const MAX_BODY = 10 * 1024 * 1024;

export interface ApiOptions {
  store: Store;
  /** Bearer token for POST /api/ingest; null or absent: writes disabled. */
  token?: string | null;
  maxBody?: number;
  /** Folder of the built web page; absent or missing on disk: no static files. */
  webRoot?: string | null;
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Every route, the OpenAPI document's own included. */
export function apiRoutes(): Route[] {
  const routes: Route[] = [...READ_ROUTES, ...COUNT_ROUTES, EXPORT_ROUTE, ...ANALYSIS_ROUTES, INGEST_ROUTE];
  let doc: unknown = null;
  routes.push(route({
    method: 'GET', path: '/api/openapi.json', summary: 'This API described as OpenAPI 3.1', query: NoQuery, shape: 'object',
    returns: 'An OpenAPI 3.1 document',
    handle: async () => (doc ??= openApiDocument(routes, version())),
  }));
  return routes;
}

interface Compiled { route: Route; pattern: RegExp; names: string[] }

function compile(routes: Route[]): Compiled[] {
  return routes.map((r) => {
    const names: string[] = [];
    const source = r.path.split('/').map((seg) => {
      const m = /^\{(\w+)\}$/.exec(seg);
      if (m) { names.push(group(m, 1)); return '([^/]+)'; }
      return seg.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
    }).join('/');
    return { route: r, pattern: new RegExp(`^${source}$`), names };
  });
}

/** Writes a download chunk by chunk, pausing while the socket's buffer is full. */
async function sendDownload(res: ServerResponse, d: Download): Promise<void> {
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': `${d.mime}; charset=utf-8`,
    'Content-Disposition': `attachment; filename="${d.filename}"`,
    'Cache-Control': 'no-store',
  });
  if (res.req.method === 'HEAD') { res.end(); return; }
  for await (const chunk of d.chunks) {
    if (res.destroyed) return; // the client went away: stop reading the store
    if (!res.write(chunk)) await new Promise((resolve) => { res.once('drain', resolve); res.once('close', resolve); });
  }
  res.end();
}

export function createApiServer(options: ApiOptions): Server {
  const config: ApiConfig = { store: options.store, token: options.token ?? null, maxBody: options.maxBody ?? MAX_BODY };
  const table = compile(apiRoutes());
  const cache = new ReplyCache(options.store);
  const webRoot = options.webRoot && existsSync(options.webRoot) ? options.webRoot : null;

  async function dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // the target is read as a path on this server, never as another host ('//evil/x' stays a path)
    const target = req.url?.startsWith('/') ? req.url : '/';
    const url = new URL(`http://localhost${target}`);
    const path = url.pathname;
    if (path !== '/api' && !path.startsWith('/api/')) {
      if (!webRoot) throw new HttpError(404, 'not found (no web page built: dist/web/ is missing)');
      return serveStatic(webRoot, req, res, path);
    }
    const matches = table.map((c) => ({ c, m: c.pattern.exec(path) })).filter((x) => x.m !== null);
    if (matches.length === 0) throw new HttpError(404, `no endpoint ${path}`);
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const hit = matches.find((x) => x.c.route.method === method);
    if (!hit) {
      const allow = [...new Set(matches.map((x) => x.c.route.method))].join(', ');
      if (req.method === 'OPTIONS') { res.writeHead(204, { Allow: allow }); res.end(); return; }
      throw new HttpError(405, `${req.method} not allowed here (allowed: ${allow})`, undefined, { Allow: allow });
    }
    const params: Record<string, string> = {};
    for (const [i, name] of hit.c.names.entries()) {
      try {
        params[name] = decodeURIComponent(hit.m![i + 1]!);
      } catch {
        throw new HttpError(400, `${name}: malformed`, name);
      }
    }
    const query = parseQuery(hit.c.route.query, url.searchParams);
    if (hit.c.route.cache) {
      const key = `${path}?${[...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join('&')}`;
      // with a read pool the whole handler runs on a reader, which sends back the reply's JSON text:
      // rows are not copied across threads to be reshaped and serialised on this loop
      const pool = (options.store as { pool?: ReadPool }).pool;
      const make = pool
        ? () => pool.call<string>('route', [hit.c.route.path, query, params])
        : async () => JSON.stringify(await hit.c.route.handle({ query, params, req, config }));
      const text = await cache.get(key, make);
      return sendKeptJson(res, text, () => cache.gzipOf(key, text));
    }
    const body = await hit.c.route.handle({ query, params, req, config });
    if (body instanceof Download) return sendDownload(res, body);
    sendJson(res, 200, body);
  }

  const server = createServer((req, res) => {
    dispatch(req, res).catch((err: unknown) => {
      if (res.headersSent) { res.destroy(); return; }
      if (err instanceof HttpError) sendError(res, err);
      else {
        process.stderr.write(`entente serve: ${req.method} ${req.url}: ${(err as Error)?.stack ?? String(err)}\n`);
        sendError(res, new HttpError(500, 'internal error'));
      }
    });
  });
  // idle keep-alive sockets stay open longer than clients keep them (browsers and undici reuse a
  // socket for about 4-5 s): a server closing first races a reused socket into a reset
  server.keepAliveTimeout = 65_000;
  return server;
}

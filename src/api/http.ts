// Small HTTP helpers shared by the API: JSON replies and errors that carry their status.
import type { ServerResponse } from 'node:http';

/** An error the client caused (or is told about): its status, a message and, for bad input, the parameter. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly parameter?: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

/** Headers on every reply: no sniffing, no framing, nothing cached by default. */
export const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

/**
 * The page's Content-Security-Policy: its own scripts, styles and API only; inline styles are
 * allowed because the graph (cytoscape) and the charts set style attributes. JSON replies get
 * the strictest policy (nothing may load from them).
 */
export const PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
  + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJsonText(res, status, JSON.stringify(body), headers);
}

/** A reply already serialised (the reply cache keeps text). */
export function sendJsonText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'Content-Security-Policy': API_CSP,
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

/** Replies this long or longer go gzipped to a client that takes gzip. */
export const GZIP_FROM = 2048;

/** Whether the request takes gzip (Accept-Encoding names it, not with q=0). */
export function takesGzip(req: { headers: { 'accept-encoding'?: string | undefined } }): boolean {
  return (req.headers['accept-encoding'] ?? '').split(',').some((p) => { const [name, q] = p.trim().split(';'); return name === 'gzip' && q?.trim() !== 'q=0'; });
}

/** A kept reply as the client takes it: gzipped (made on demand by gz()) or as text. */
export function sendKeptJson(res: ServerResponse, text: string, gz: () => Buffer): void {
  if (text.length < GZIP_FROM || !takesGzip(res.req)) { sendJsonText(res, 200, text, { Vary: 'Accept-Encoding' }); return; }
  const body = gz();
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Encoding': 'gzip',
    'Content-Length': String(body.length),
    Vary: 'Accept-Encoding',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': API_CSP,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** The error body: `{ error, parameter? }`. */
export function sendError(res: ServerResponse, err: HttpError): void {
  const body: { error: string; parameter?: string } = { error: err.message };
  if (err.parameter !== undefined) body.parameter = err.parameter;
  sendJson(res, err.status, body, err.headers);
}

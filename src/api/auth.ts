// Write access: a bearer token from configuration, and same-origin requests only.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.js';
import { group } from '../at.js';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** 403 when writes are disabled (no token configured), 401 when the token is missing or wrong. */
export function requireToken(req: IncomingMessage, token: string | null): void {
  if (token === null) throw new HttpError(403, 'writes are disabled: start the server with ENTENTE_TOKEN or --token-file');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  // compare digests so the comparison takes the same time whatever the guess
  if (!m || !timingSafeEqual(digest(group(m, 1)), digest(token))) {
    throw new HttpError(401, 'missing or wrong bearer token', undefined, { 'WWW-Authenticate': 'Bearer realm="entente"' });
  }
}

/**
 * A browser on another site must not write through a user's open port: refuse a request whose
 * Origin is not this server's own, or that the browser marks as cross-site. Clients that send
 * neither header (curl, scripts) are judged by the token alone.
 */
export function requireSameOrigin(req: IncomingMessage): void {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw new HttpError(403, 'cross-origin writes are refused');
  const origin = req.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new HttpError(403, 'cross-origin writes are refused (unreadable Origin)');
  }
  if (host !== req.headers.host) throw new HttpError(403, 'cross-origin writes are refused');
}

// One polite HTTP GET: a User-Agent that names entente and a contact, conditional headers, a time
// limit on the whole exchange (connect and body), a size cap read as the body streams, and at most
// MAX_REDIRECTS redirects followed by hand so each hop is counted. Never throws: a failure is a
// result with its reason.
export const MAX_REDIRECTS = 5;

export interface FetchOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  etag?: string | null;
  lastModified?: string | null;
}

export type Fetched =
  | { ok: true; status: number; url: string; body: string; etag: string | null; lastModified: string | null; contentType: string }
  | { ok: false; status: number | null; url: string; reason: string; retryAfterS: number | null; notModified?: boolean };

/** Retry-After as seconds (a number of seconds or an HTTP date), or null. */
function retryAfter(v: string | null): number | null {
  if (!v) return null;
  if (/^\d+$/.test(v.trim())) return Number(v.trim());
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, Math.round((t - Date.now()) / 1000));
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.byteLength; }
  return out;
}

export async function politeGet(url: string, o: FetchOptions): Promise<Fetched> {
  const signal = AbortSignal.timeout(o.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': o.userAgent, accept: '*/*' };
      if (hop === 0 && o.etag) headers['if-none-match'] = o.etag;
      if (hop === 0 && o.lastModified) headers['if-modified-since'] = o.lastModified;
      const res = await fetch(current, { headers, redirect: 'manual', signal });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const to = res.headers.get('location');
        await res.body?.cancel();
        if (!to) return { ok: false, status: res.status, url: current, reason: `HTTP ${res.status} without a Location`, retryAfterS: null };
        if (hop >= MAX_REDIRECTS) return { ok: false, status: res.status, url: current, reason: `more than ${MAX_REDIRECTS} redirects`, retryAfterS: null };
        current = new URL(to, current).toString();
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { ok: false, status: 304, url: current, reason: 'not modified', retryAfterS: null, notModified: true };
      }
      if (res.status !== 200) {
        await res.body?.cancel();
        return { ok: false, status: res.status, url: current, reason: `HTTP ${res.status}`, retryAfterS: retryAfter(res.headers.get('retry-after')) };
      }
      const bytes = await readCapped(res, o.maxBytes);
      if (!bytes) return { ok: false, status: 200, url: current, reason: `body larger than ${o.maxBytes} bytes`, retryAfterS: null };
      return {
        ok: true, status: 200, url: current, body: new TextDecoder('utf-8').decode(bytes),
        etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified'), contentType: res.headers.get('content-type') ?? '',
      };
    }
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    const reason = err.name === 'TimeoutError' || err.name === 'AbortError' ? `no complete answer within ${o.timeoutMs} ms` : `${err.cause?.code ?? err.name}: ${err.message}`;
    return { ok: false, status: null, url: current, reason, retryAfterS: null };
  }
}

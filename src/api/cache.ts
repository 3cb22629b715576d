// Replies of the page's read endpoints kept by URL and checked against the store's write counter:
// twenty analysts opening the same view cost one query, and any stored article makes every kept
// reply stale at once. Bounded by entries and bytes; oldest out first.
import { gzipSync, constants } from 'node:zlib';
import type { Store } from '../store/index.js';

const MAX_ENTRIES = 2000;
const MAX_BYTES = 64 * 1024 * 1024;

export class ReplyCache {
  private readonly kept = new Map<string, { version: number; text: string; gz?: Buffer }>();
  private bytes = 0;
  /** Requests for one key already being answered: later ones wait for that answer instead of querying again. */
  private readonly pending = new Map<string, Promise<string>>();

  constructor(private readonly store: Store) {}

  /** The kept reply text for key, else make()'s (a reply already as JSON text). */
  async get(key: string, make: () => Promise<string>): Promise<string> {
    const version = await this.store.version();
    const hit = this.kept.get(key);
    if (hit && hit.version === version) {
      this.kept.delete(key); // most recently used last
      this.kept.set(key, hit);
      return hit.text;
    }
    const waiting = this.pending.get(`${version}:${key}`);
    if (waiting) return waiting;
    const job = make();
    this.pending.set(`${version}:${key}`, job);
    try {
      const text = await job;
      this.put(key, version, text);
      return text;
    } finally {
      this.pending.delete(`${version}:${key}`);
    }
  }

  /**
   * The reply gzipped, kept with it: a page of 100 events is 113 KB of JSON and 15 KB gzipped, and
   * writing replies was the server loop's biggest cost under bench:api (fastest level: compressed once per kept reply).
   */
  gzipOf(key: string, text: string): Buffer {
    const e = this.kept.get(key);
    if (e?.gz && e.text === text) return e.gz;
    const gz = gzipSync(text, { level: constants.Z_BEST_SPEED });
    if (e && e.text === text) { e.gz = gz; this.bytes += gz.length; }
    return gz;
  }

  private put(key: string, version: number, text: string): void {
    const old = this.kept.get(key);
    if (old) { this.bytes -= old.text.length + (old.gz?.length ?? 0); this.kept.delete(key); }
    if (text.length > MAX_BYTES / 8) return;
    this.kept.set(key, { version, text });
    this.bytes += text.length;
    for (const [k, v] of this.kept) {
      if (this.kept.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.kept.delete(k);
      this.bytes -= v.text.length + (v.gz?.length ?? 0);
    }
  }
}

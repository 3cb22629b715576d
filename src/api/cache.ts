// Replies of the page's read endpoints kept by URL and checked against the store's write counter:
// twenty analysts opening the same view cost one query, and any stored article makes every kept
// reply stale at once. Bounded by entries and bytes; oldest out first.
import type { Store } from '../store/index.js';

const MAX_ENTRIES = 2000;
const MAX_BYTES = 64 * 1024 * 1024;

export class ReplyCache {
  private readonly kept = new Map<string, { version: number; text: string }>();
  private bytes = 0;
  /** Requests for one key already being answered: later ones wait for that answer instead of querying again. */
  private readonly pending = new Map<string, Promise<string>>();

  constructor(private readonly store: Store) {}

  async get(key: string, make: () => Promise<unknown>): Promise<string> {
    const version = await this.store.version();
    const hit = this.kept.get(key);
    if (hit && hit.version === version) {
      this.kept.delete(key); // most recently used last
      this.kept.set(key, hit);
      return hit.text;
    }
    const waiting = this.pending.get(`${version}:${key}`);
    if (waiting) return waiting;
    const job = make().then((body) => JSON.stringify(body));
    this.pending.set(`${version}:${key}`, job);
    try {
      const text = await job;
      this.put(key, version, text);
      return text;
    } finally {
      this.pending.delete(`${version}:${key}`);
    }
  }

  private put(key: string, version: number, text: string): void {
    const old = this.kept.get(key);
    if (old) { this.bytes -= old.text.length; this.kept.delete(key); }
    if (text.length > MAX_BYTES / 8) return;
    this.kept.set(key, { version, text });
    this.bytes += text.length;
    for (const [k, v] of this.kept) {
      if (this.kept.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.kept.delete(k);
      this.bytes -= v.text.length;
    }
  }
}

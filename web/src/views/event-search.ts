// Words in an event's sentence. /api/events filters by actor, type and dates but not by words,
// so with words the page reads the filtered events a thousand at a time, keeps those whose
// sentence (or actor or place names) holds every word, and pages through them itself. The last
// scan is kept, so moving between its pages costs nothing.
import { api, type EventQuery } from '../api.js';
import type { StoredEvent } from '../types.js';

const CHUNK = 1000;
/** A scan stops here; the page says so when it does. */
export const SCAN_LIMIT = 50_000;

export interface Scan {
  matches: StoredEvent[];
  scanned: number;
  total: number;
}

let last: { key: string; scan: Scan } | null = null;

export function matchesWords(ev: StoredEvent, words: string[]): boolean {
  const hay = [ev.event_text, ...ev.actor.map((p) => p.entity_text), ...ev.recipient.map((p) => p.entity_text), ev.event_loc?.name ?? '']
    .join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
}

export function wordsOf(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

export async function scanEvents(filter: Omit<EventQuery, 'q' | 'limit' | 'offset'>, q: string, signal: AbortSignal, progress: (scanned: number, total: number) => void): Promise<Scan> {
  const key = JSON.stringify([filter, q]);
  if (last?.key === key) return last.scan;
  const words = wordsOf(q);
  const scan: Scan = { matches: [], scanned: 0, total: 0 };
  for (let offset = 0; offset < SCAN_LIMIT; offset += CHUNK) {
    const page = await api.events({ ...filter, limit: CHUNK, offset }, signal);
    scan.total = page.total;
    scan.scanned += page.items.length;
    for (const ev of page.items) if (matchesWords(ev, words)) scan.matches.push(ev);
    progress(scan.scanned, scan.total);
    if (page.items.length < CHUNK || scan.scanned >= page.total) break;
  }
  last = { key, scan };
  return scan;
}

// Keyset cursors for /api/events: where the last page ended (period start, date, id), as an
// opaque base64url string. A cursor that does not decode is a 400, not an empty page.
import { z } from 'zod';
import { periodOf, type EventCursor, type StoredEvent } from '../store/index.js';
import { HttpError } from './http.js';

const Cursor = z.tuple([z.string().nullable(), z.string().nullable(), z.string()]);

export function encodeCursor(e: Pick<StoredEvent, 'date' | 'id'>): string {
  const start = e.date ? periodOf(e.date)?.start ?? null : null;
  return Buffer.from(JSON.stringify([start, e.date, e.id])).toString('base64url');
}

export function decodeCursor(s: string): EventCursor {
  try {
    const [start, date, id] = Cursor.parse(JSON.parse(Buffer.from(s, 'base64url').toString('utf8')));
    return { start, date, id };
  } catch {
    throw new HttpError(400, 'cursor: not a cursor this server gave out; take `next` from the previous page', 'cursor');
  }
}

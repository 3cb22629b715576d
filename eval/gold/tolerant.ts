// Gold loaders read every record they can. Records of the same sets written slightly differently
// (a string where a list is expected, a date in another shape) are read; a record that still cannot
// be read is skipped with a line in `skipped`, never a failure of the whole set. Without a
// `skipped` collector the loaders stay strict and throw, which is what their unit tests check.

/** Run `read` on one record: its value, or undefined after noting why when `skipped` is given. */
export function readRecord<T>(what: string, read: () => T, skipped?: string[]): T | undefined {
  if (!skipped) return read();
  try {
    return read();
  } catch (e) {
    skipped.push(`${what}: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 200)}`);
    return undefined;
  }
}

/** YYYY-MM-DD from YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD or an ISO timestamp; null for anything else. */
export function isoDay(raw: unknown): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const m = /^\s*(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?:[T\s].*)?$/.exec(String(raw));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

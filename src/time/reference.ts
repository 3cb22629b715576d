// The reference instant for relative dates: the publication day at noon UTC, so that
// "today", "Tuesday" and "last week" resolve the same whatever the hour of publication.

/** Noon UTC of the day in `published` (YYYY-MM-DD or an ISO timestamp), or null when undated/unreadable. */
export function referenceInstant(published: string | null): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return Number.isNaN(t.getTime()) ? null : t;
}

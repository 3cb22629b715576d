// Calendar arithmetic on plain UTC days, so the machine's time zone never matters.

export interface Ymd { y: number; m: number; d: number }

const DAY_MS = 86_400_000;

export function toDay(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromDay(day: number): Ymd {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** ISO-8601 week of a day, as "2015-W47" (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(day: number): string {
  const t = new Date(day * DAY_MS);
  const dow = (t.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = day - dow + 3;
  const ty = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = 1 + Math.floor((thursday - toDay(ty, 1, 1)) / 7);
  return `${pad(ty, 4)}-W${pad(week)}`;
}

// GDELT 2.0 event records (61 tab-separated columns, codebook V2.0) from stored events, so GDELT
// tooling can read entente's output. Columns entente knows are filled; the rest stay empty.
import { createHash } from 'node:crypto';
import { periodOf } from '../store/dates.js';
import type { StoredEvent, StoredParticipant } from '../store/types.js';
import { NON_STATE_CODES } from '../types.js';
import { country } from '../countries/table.js';

/** The 61 column names in order (GDELT 2.0 event codebook, fields 0-60). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** Salience counts the store engineer is adding to StoredEvent; absent ones count as 1. */
type WithCounts = StoredEvent & { num_mentions?: number | null; num_sources?: number | null; num_articles?: number | null };

export interface GdeltContext {
  /** Whether the event was read from the article's lead paragraph (GDELT's IsRootEvent); empty when unknown. */
  isRoot?: (e: StoredEvent) => boolean | undefined;
  /** When the event's article entered the store (ISO); DATEADDED falls back to `now`. */
  addedAt?: (e: StoredEvent) => string | undefined;
  now?: Date;
}

/**
 * GLOBALEVENTID must be an integer: the first 52 bits of the SHA-1 of our event id, so the same
 * event gets the same number in every export (collisions are negligible below millions of events).
 */
export function gdeltEventId(id: string): number {
  return parseInt(createHash('sha1').update(id).digest('hex').slice(0, 13), 16);
}

const NON_STATE = new Set<string>(NON_STATE_CODES);

function actorColumns(p: StoredParticipant | undefined): string[] {
  if (!p || !p.code) return ['', p ? p.entity_text.toUpperCase() : '', '', '', '', '', '', p?.sector ?? '', '', ''];
  const code = p.code.toUpperCase();
  const country = NON_STATE.has(code) ? '' : code;
  // Known groups in GDELT are specific organisations; our category codes (IGO, IMG, ...) go in the code only.
  return [code + (p.sector ?? ''), p.entity_text.toUpperCase(), country, '', '', '', '', p.sector ?? '', '', ''];
}

function ymd(d: Date): string {
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** Day, month, year and GDELT's fractional year (day of year / 365) of the start of the event's date. */
function dateColumns(date: string | null): string[] {
  const p = date ? periodOf(date) : null;
  if (!p) return ['', '', '', ''];
  const [y, m] = p.start.split('-');
  const start = Date.parse(`${p.start}T00:00:00Z`);
  const doy = Math.round((start - Date.UTC(+y!, 0, 1)) / 86400000) + 1;
  const frac = Math.min(0.9999, doy / 365);
  return [p.start.replace(/-/g, ''), `${y}${m}`, y!, (+y! + frac).toFixed(4)];
}

function geoColumns(loc: StoredEvent['event_loc']): string[] {
  if (!loc) return ['', '', '', '', '', '', '', ''];
  // 1 = country, 4 = world city (3 = US city); we do not know ADM1/ADM2 or the GNS feature id.
  const c = loc.country ? country(loc.country) : undefined;
  const isCountry = c !== undefined && (loc.name === c.name || (loc.lat === c.lat && loc.lon === c.lon));
  const type = isCountry ? '1' : loc.country === 'USA' ? '3' : '4';
  // GDELT's geo country codes are FIPS 10-4; the country table holds CAMEO/ISO codes, so the column stays empty.
  return [type, loc.name, '', '', '', loc.lat === null ? '' : String(loc.lat), loc.lon === null ? '' : String(loc.lon), ''];
}

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/** One 61-column row for an event (its first actor and first recipient stand for the dyad, as GDELT has one per side). */
export function toGdeltRow(ev: StoredEvent, ctx: GdeltContext = {}): string[] {
  const e = ev as WithCounts;
  const root = ctx.isRoot?.(e);
  const added = ctx.addedAt?.(e);
  const addedAt = added ? new Date(added) : (ctx.now ?? new Date());
  const row = [
    String(gdeltEventId(e.id)),
    ...dateColumns(e.date),
    ...actorColumns(e.actor[0]),
    ...actorColumns(e.recipient[0]),
    root === undefined ? '' : root ? '1' : '0',
    e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), String(e.quad_code), String(e.goldstein),
    String(e.num_mentions ?? 1), String(e.num_sources ?? 1), String(e.num_articles ?? 1), '',
    ...geoColumns(null), ...geoColumns(null), ...geoColumns(e.event_loc),
    ymd(addedAt) + addedAt.toISOString().slice(11, 19).replace(/:/g, ''),
    e.url ?? e.doc_id,
  ].map(clean);
  if (row.length !== GDELT_COLUMNS.length) throw new Error(`GDELT row has ${row.length} columns, expected ${GDELT_COLUMNS.length}`);
  return row;
}

/** Tab-separated rows, no header (as GDELT ships them); `header: true` adds the column names. */
export function toGdeltTsv(events: readonly StoredEvent[], ctx: GdeltContext & { header?: boolean } = {}): string {
  const lines = events.map((e) => toGdeltRow(e, ctx).join('\t'));
  if (ctx.header) lines.unshift(GDELT_COLUMNS.join('\t'));
  return lines.join('\n') + (lines.length ? '\n' : '');
}

// Summary tables for the page at scale: counts the timeline, breakdowns, actor list and graph
// need, kept up to date at ingest by store/summaries.ts (one aggregate per table, added for a new
// article and subtracted before an article's events go), so no request counts all events.
// `day` is the event's day when its date is known to the day, '' otherwise (week, month, year or
// no date): such events are counted in totals but cannot be put on a day axis.
// Every table counts factual events only (not negated, hypothetical or background).
import { toPostgres } from './dialect.js';
export const version = 11;
export const name = 'summaries';
export const sqlite = `
CREATE TABLE sum_day (
  day TEXT NOT NULL, type TEXT NOT NULL, quad INTEGER NOT NULL,
  n INTEGER NOT NULL, dead INTEGER NOT NULL,
  PRIMARY KEY (day, type, quad)
);
CREATE TABLE sum_country_day (
  country TEXT NOT NULL, day TEXT NOT NULL, type TEXT NOT NULL, quad INTEGER NOT NULL,
  n INTEGER NOT NULL, dead INTEGER NOT NULL,
  PRIMARY KEY (country, day, type, quad)
);
CREATE INDEX sum_country_day_day ON sum_country_day (day);
-- role: actor, recipient, or any (either side, an event counted once); key: a code or an actor id
CREATE TABLE sum_party_day (
  role TEXT NOT NULL, key TEXT NOT NULL, day TEXT NOT NULL, type TEXT NOT NULL, quad INTEGER NOT NULL,
  n INTEGER NOT NULL, dead INTEGER NOT NULL,
  PRIMARY KEY (role, key, day, type, quad)
);
CREATE INDEX sum_party_day_day ON sum_party_day (role, day);
-- actor code to recipient code; goldstein and plover are sums, for means and graph weights
CREATE TABLE sum_dyad_day (
  actor TEXT NOT NULL, recipient TEXT NOT NULL, day TEXT NOT NULL, type TEXT NOT NULL, quad INTEGER NOT NULL,
  n INTEGER NOT NULL, dead INTEGER NOT NULL, goldstein REAL NOT NULL, plover REAL NOT NULL,
  PRIMARY KEY (actor, recipient, day, type, quad)
);
CREATE INDEX sum_dyad_day_day ON sum_dyad_day (day);
-- the same by month, with the cooperation count (quad 1-2): the alliance graph of a long period
CREATE TABLE sum_dyad_month (
  actor TEXT NOT NULL, recipient TEXT NOT NULL, month TEXT NOT NULL,
  n INTEGER NOT NULL, goldstein REAL NOT NULL, plover REAL NOT NULL, coop INTEGER NOT NULL,
  PRIMARY KEY (month, actor, recipient)
);
-- totals over all dates, for the unfiltered lists (a few hundred rows, not one per day)
CREATE TABLE sum_country (country TEXT PRIMARY KEY, n INTEGER NOT NULL, dead INTEGER NOT NULL);
CREATE TABLE sum_dyad (actor TEXT NOT NULL, recipient TEXT NOT NULL, n INTEGER NOT NULL, dead INTEGER NOT NULL, PRIMARY KEY (actor, recipient));
CREATE INDEX sum_dyad_recipient ON sum_dyad (recipient);
CREATE TABLE sum_party_country (role TEXT NOT NULL, key TEXT NOT NULL, country TEXT NOT NULL, n INTEGER NOT NULL, dead INTEGER NOT NULL, PRIMARY KEY (role, key, country));
CREATE TABLE sum_party (role TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, dead INTEGER NOT NULL, PRIMARY KEY (role, key));
CREATE INDEX sum_party_n ON sum_party (role, n);
-- row counts of the big tables (articles, events, actor_mentions, places, times) and of distinct
-- (grouped) factual events, kept by store/groups.ts: COUNT(*) reads them all
CREATE TABLE sum_totals (name TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE actor_counts (actor_id TEXT PRIMARY KEY, events INTEGER NOT NULL, mentions INTEGER NOT NULL);
CREATE INDEX actor_counts_events ON actor_counts (events, mentions);
-- name suggestions by prefix, case-insensitive
CREATE INDEX actors_name_lower ON actors (lower(name));
CREATE INDEX actors_code ON actors (code);
-- the timeline's newest-first page walks this index instead of sorting every event
CREATE INDEX events_newest ON events (date_start DESC, date DESC, id DESC);
CREATE INDEX events_country ON events (place_country);
-- the store's last date (MAX over an index reads one end of it)
CREATE INDEX events_date_end ON events (date_end);
`;

// PostgreSQL puts NULLs first in a DESC index; the query asks for them last, as SQLite does.
export const postgres = toPostgres(sqlite).replace('(date_start DESC, date DESC, id DESC)', '(date_start DESC NULLS LAST, date DESC NULLS LAST, id DESC)');

// Cross-article event deduplication: every event belongs to one group (a real-world event), and
// each group keeps how often it was reported. Groups are assigned by the store (store/groups.ts):
// events stored before this step get theirs when the store is next opened.
import { toPostgres } from './dialect.js';

export const version = 6;
export const name = 'event_groups';

export const sqlite = `
ALTER TABLE events ADD COLUMN group_id TEXT;
CREATE INDEX events_group ON events (group_id);
-- Candidate lookup when grouping: same type, overlapping dates.
CREATE INDEX events_type_date ON events (type, date_start, date_end);

CREATE TABLE event_groups (
  -- The smallest member event id, so the id does not depend on the order events arrived in.
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  -- The member shown for the group: highest confidence, then smallest id.
  representative TEXT NOT NULL,
  -- Member events (mentions), distinct stored articles, distinct outlets over every recorded input.
  mentions INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  sources INTEGER NOT NULL
);
CREATE INDEX event_groups_representative ON event_groups (representative);
`;

export const postgres = toPostgres(sqlite);

// Alerts raised by `entente watch --alerts RULES`: one row per rule and window, so re-polling
// never raises the same alert twice; the events behind it are kept by id.
import { toPostgres } from './dialect.js';
export const version = 10;
export const name = 'alerts';
export const sqlite = `
CREATE TABLE alerts (
  id TEXT PRIMARY KEY,
  rule_id TEXT NOT NULL,
  window_start TEXT NOT NULL,
  window_end TEXT NOT NULL,
  count INTEGER NOT NULL,
  baseline REAL,
  message TEXT NOT NULL,
  event_ids_json TEXT NOT NULL,
  raised_at TEXT NOT NULL
);
CREATE INDEX alerts_raised ON alerts (raised_at);
`;

export const postgres = toPostgres(sqlite);

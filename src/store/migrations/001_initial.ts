// First schema: articles, their annotations (actor mentions, times, places) and events with
// participants in a child table so lookups by code are indexed. Plain types and quoted
// "start"/"end" keep the SQL close to what PostgreSQL accepts.
import { toPostgres } from './dialect.js';
export const version = 1;
export const name = 'initial';
export const sqlite = `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL,
  url TEXT,
  source TEXT,
  title TEXT,
  subtitle TEXT,
  byline TEXT,
  credit TEXT,
  published TEXT,
  published_from TEXT NOT NULL,
  language TEXT,
  body TEXT NOT NULL,
  text TEXT NOT NULL,
  layout_json TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_doc_id ON articles (doc_id);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  code TEXT,
  sector TEXT,
  wikidata TEXT
);

CREATE TABLE actor_mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors (id),
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  via TEXT NOT NULL,
  antecedent INTEGER,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX actor_mentions_actor ON actor_mentions (actor_id);

CREATE TABLE times (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  granularity TEXT NOT NULL,
  tags_json TEXT NOT NULL,
  PRIMARY KEY (article_id, ord)
);

CREATE TABLE places (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT,
  lat REAL,
  lon REAL,
  kind TEXT NOT NULL,
  geonameid INTEGER,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX places_country ON places (country);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  local_id TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  context_json TEXT NOT NULL,
  date TEXT,
  date_from TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  place_name TEXT,
  place_country TEXT,
  place_lat REAL,
  place_lon REAL,
  place_text TEXT,
  place_start INTEGER,
  place_end INTEGER,
  dead INTEGER,
  injured INTEGER,
  arrested INTEGER,
  negated INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  future INTEGER NOT NULL,
  claimed INTEGER NOT NULL,
  quad_code INTEGER NOT NULL,
  cameo TEXT NOT NULL,
  goldstein REAL NOT NULL,
  plover_score REAL NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  event_text TEXT NOT NULL,
  trigger_text TEXT NOT NULL,
  confidence REAL NOT NULL,
  UNIQUE (article_id, local_id)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_doc ON events (doc_id);

CREATE TABLE event_participants (
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  ord INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  code TEXT,
  sector TEXT,
  text TEXT NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY (event_id, role, ord)
);
CREATE INDEX event_participants_code ON event_participants (role, code);
CREATE INDEX event_participants_actor ON event_participants (role, actor_id);

CREATE TABLE intake_log (
  path TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (path, reason)
);
`;

export const postgres = toPostgres(sqlite);

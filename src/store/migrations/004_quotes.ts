// Direct quotations with their speakers, searchable by speaker and by words.
import { toPostgres } from './dialect.js';
export const version = 4;
export const name = 'quotes';
export const sqlite = `
CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_actor_id TEXT,
  speaker_code TEXT,
  speaker_sector TEXT,
  speaker_text TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX quotes_speaker_actor ON quotes (speaker_actor_id);
CREATE INDEX quotes_speaker_code ON quotes (speaker_code);
`;

export const postgres = toPostgres(sqlite);

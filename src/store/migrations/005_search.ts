// Full-text search over article titles and texts and over quotes. SQLite: FTS5 tables kept in
// step by triggers (they hold their own copy of the text, keyed by article id, because an
// external-content index keyed on an implicit rowid breaks when VACUUM renumbers rows).
// PostgreSQL: generated tsvector columns with GIN indexes. Both stem English words.
export const version = 5;
export const name = 'search';

export const sqlite = `
CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize = 'porter unicode61');
INSERT INTO articles_fts (article_id, title, text) SELECT id, COALESCE(title, ''), text FROM articles;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, COALESCE(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  DELETE FROM articles_fts WHERE article_id = old.id;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  DELETE FROM articles_fts WHERE article_id = old.id;
  INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, COALESCE(new.title, ''), new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(article_id UNINDEXED, ord UNINDEXED, text, tokenize = 'porter unicode61');
INSERT INTO quotes_fts (article_id, ord, text) SELECT article_id, ord, text FROM quotes;
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (article_id, ord, text) VALUES (new.article_id, new.ord, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  DELETE FROM quotes_fts WHERE article_id = old.article_id AND ord = old.ord;
END;
`;

export const postgres = `
ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', COALESCE(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
ALTER TABLE quotes ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);
`;

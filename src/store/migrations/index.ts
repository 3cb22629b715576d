// The ordered migration list. To change the schema, add the next numbered file and list it here;
// never change what a step that has shipped leaves in a store, since stores record which versions
// they already ran.
// Each step carries its SQL for both backends under the same version number.
// A step adding a summary table lists the stored articles in summary_backfill for it (as 017
// does), so the table fills in the background instead of in the step (store/backfill.ts).
import * as m001 from './001_initial.js';
import * as m002 from './002_dedup.js';
import * as m003 from './003_size_approximate.js';
import * as m004 from './004_quotes.js';
import * as m005 from './005_search.js';
import * as m006 from './006_event_groups.js';
import * as m007 from './007_reporter_granularity.js';
import * as m008 from './008_background.js';
import * as m009 from './009_watch.js';
import * as m010 from './010_alerts.js';
import * as m011 from './011_summaries.js';
import * as m012 from './012_party_dyads.js';
import * as m013 from './013_covering.js';
import * as m014 from './014_party_months.js';
import * as m015 from './015_dyad_day_month.js';
import * as m016 from './016_coarse_dates.js';
import * as m017 from './017_summary_backfill.js';
import * as m018 from './018_quote_kind.js';
import * as m019 from './019_participant_cover.js';
import * as m020 from './020_fts_batched.js';

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
  /**
   * SQLite CREATE INDEX statements run after `sqlite`: on a big store opened by `serve` they are
   * listed in schema_pending_indexes and built in the background (migrate.ts), since building one
   * over a million events holds the opening process for seconds. `postgres` holds them too.
   */
  indexes?: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015, m016, m017, m018, m019, m020];

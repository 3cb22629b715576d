// The ordered migration list. To change the schema, add the next numbered file and list it here;
// never edit a step that has shipped, since stores record which versions they already ran.
import * as m001 from './001_initial.js';
import * as m002 from './002_dedup.js';
import * as m003 from './003_size_approximate.js';
import * as m004 from './004_quotes.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004];

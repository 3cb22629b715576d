// A small store made as it was before migrations 013, 015 and 016 (their indexes as 011 left them,
// their rows gone), for the tests of indexes built after open (pending-indexes.test.ts, serve.test.ts).
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { makeDoc, HOLLANDE, ISIL, PUTIN } from './make-doc.js';

/** A store with one article of three events. */
export async function filled(file: string): Promise<void> {
  const store = await openStore(file);
  try {
    await store.ingest(makeDoc('Hollande in Moscow', [
      { type: 'CONSULT', sentence: 'Hollande met Putin in the Kremlin.', trigger: 'met', actor: HOLLANDE, recipient: PUTIN, date: '2015-11-26' },
      { type: 'ASSAULT', sentence: 'ISIL attacked Paris, killing 130 people.', trigger: 'attacked', actor: ISIL, recipient: HOLLANDE, date: '2015-11-13', dead: 130 },
      { type: 'SUPPORT', sentence: 'Putin praised Hollande.', trigger: 'praised', actor: PUTIN, recipient: HOLLANDE, date: '2015-11' },
    ]));
  } finally {
    await store.close();
  }
}

/** Turns a store back into one made before migrations 013, 015 and 016: their indexes as 011 left them, their rows gone. */
export function asBefore013(file: string): void {
  const db = new Database(file);
  try {
    db.exec(`
      DROP INDEX sum_party_day_cover; DROP INDEX sum_dyad_day_month; DROP INDEX events_coarse;
      DROP INDEX sum_party_day_day; CREATE INDEX sum_party_day_day ON sum_party_day (role, day);
      DROP INDEX sum_country_day_day; CREATE INDEX sum_country_day_day ON sum_country_day (day);
      DROP INDEX sum_dyad_day_day; CREATE INDEX sum_dyad_day_day ON sum_dyad_day (day);
      DELETE FROM sum_totals WHERE name = 'factual';
      DELETE FROM schema_migrations WHERE version IN (13, 15, 16);`);
  } finally {
    db.close();
  }
}

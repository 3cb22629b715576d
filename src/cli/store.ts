// Opening the store a command names: a missing file, a file that is not a store or a database that
// does not answer is the user's to fix, told in one line with its exit code (see errors.ts).
import { existsSync } from 'node:fs';
import { isPostgresUrl, openStore, storeTarget, type OpenOptions, type Store } from '../store/index.js';
import { asUserError, noInput } from './errors.js';

/** Opens --db (else ENTENTE_DB, else entente.db); `mustExist`: a SQLite file must be there already (opening creates one). */
export async function openCliStore(db: string | undefined, mustExist: boolean, opts: OpenOptions = {}): Promise<{ store: Store; target: string }> {
  const target = storeTarget(db);
  if (mustExist && !isPostgresUrl(target) && !existsSync(target)) throw noInput(`no store at ${target}: run "entente ingest PATH --db ${target}" first`);
  try {
    return { store: await openStore(target, opts), target };
  } catch (err) {
    throw asUserError(err, target) ?? err;
  }
}

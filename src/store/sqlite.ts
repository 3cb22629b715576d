// The SQLite Store: one better-sqlite3 connection in WAL mode, schema kept current by migrate().
import Database from 'better-sqlite3';
import { groupStale } from './groups.js';
import { migrate, type MigrateOptions } from './migrate.js';
import { storeOver } from './over-sql.js';
import { signStale } from './signatures.js';
import { summarizeStale } from './summaries.js';
import { sqliteSql } from './sqlite-sql.js';
import type { Store } from './types.js';

/** How long an open waits for another process that is switching the same new file to WAL. */
const WAL_WAIT_MS = 60_000;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Two processes that open one new file at once both switch it to WAL; SQLite answers the second
 * with "database is locked" at once, without calling its busy handler (seen in the concurrent-ingest
 * test: 3 of 8 runs). The second waits a moment and tries again, as long as a writer would wait.
 */
function enableWal(db: Database.Database): void {
  const until = Date.now() + WAL_WAIT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > until) throw err;
      Atomics.wait(pause, 0, 0, 20);
    }
  }
}

export async function openSqliteStore(file: string, opts: MigrateOptions = {}): Promise<Store> {
  const db = new Database(file);
  try {
    enableWal(db);
    // WAL + NORMAL: a commit is in the WAL before COMMIT returns, so a killed process (SIGKILL,
    // crash) loses nothing committed; only an OS crash or power cut may roll back the last few
    // commits (never corrupt), and a rerun stores them again. FULL fsynced every story (profile:
    // a quarter of the writer thread's time).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // the CLI, a server and other ingest processes may share one file; a writer commits batches
    // of stories, so a waiting writer may wait a while (under load, 5 s was seen to run out)
    db.pragma('busy_timeout = 60000');
    // A story touches ~240 pages over some 40 tables, indexes and FTS trees. Checkpointing every
    // 1,000 WAL pages (the default) copied and fsynced every few stories on the writer thread, and a
    // 2 MB page cache re-read index pages each story: 10,000 pages (a 40 MB WAL at most between
    // checkpoints) and a 16 MB cache halved the writer's wall time per story (bench: 11 -> 6.7 ms
    // one per transaction, 9.4 -> 4.4 ms eight per transaction). Durability is unchanged: commits
    // are in the WAL either way, and a checkpoint only moves them into the main file.
    db.pragma('wal_autocheckpoint = 10000');
    // A larger cache (128 MB) gave the writer nothing more, measured with commits of 64 stories.
    db.pragma('cache_size = -16384');
    // Statement journals (each multi-row INSERT in a write transaction keeps one, to undo just that
    // statement) and the summaries' GROUP BY and UNION b-trees in memory: on disk, a statement
    // journal over 64 KB became a temp file written and deleted per statement. Writer's SQLite time
    // on the bench corpus 3.2 -> 2.6 s. Only temporary data: commits and the WAL are unchanged.
    db.pragma('temp_store = MEMORY');
    migrate(db, undefined, opts);
    const sql = sqliteSql(db);
    if (opts.repair !== false) {
      await signStale(sql); // articles stored before migration 002 or under older MinHash settings
      await groupStale(sql); // events stored before migration 006
      await summarizeStale(sql); // events stored before migration 011
    }
    return storeOver(sql, async () => { db.close(); });
  } catch (err) {
    db.close();
    throw err;
  }
}

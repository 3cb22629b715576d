// PostgreSQL advisory lock keys, apart from pg-sql.ts so that SQLite-only code (migrate.ts) can
// name them without loading the pg driver.

/** Advisory lock keys (arbitrary constants, unique within entente). */
export const LOCK_MIGRATE = 7_140_001;
export const LOCK_WRITE = 7_140_002;

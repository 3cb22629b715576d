// A user error is reported in one line naming what to fix, and an exit code that says which kind
// (BSD sysexits, documented in README "Exit codes"), never a stack trace nor "internal error".

/** Exit codes: 1 some inputs were skipped, 64 usage, 66 no input, 69 service unavailable, 70 internal error, 73 cannot write the output. */
export const EXIT = { skipped: 1, usage: 64, noInput: 66, unavailable: 69, internal: 70, cannotCreate: 73, interrupted: 130 } as const;

export class UsageError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.usage) {
    super(message);
  }
}

/** A file or store the user named is missing or unreadable. */
export const noInput = (message: string): UsageError => new UsageError(message, EXIT.noInput);
/** A database or queue the user named does not answer or refuses us. */
export const unavailable = (message: string): UsageError => new UsageError(message, EXIT.unavailable);

const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE']);
const FILE = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EROFS']);
// PostgreSQL SQLSTATE classes the user fixes: 08 connection, 28 authorisation, 3D no such database, 57P0x shutting down
const PG_USER = /^(08|28|3D|57P0)/;

/**
 * A thrown error as the user's problem when it is one (an unreachable PostgreSQL, a file that is not
 * a SQLite store, a missing file), else null: then it is a bug, reported as an internal error.
 * `store` names the --db target for the message.
 */
export function asUserError(err: unknown, store?: string): UsageError | null {
  if (err instanceof UsageError) return err;
  const e = err as NodeJS.ErrnoException & { address?: string; port?: number; severity?: string };
  if (!e || typeof e !== 'object') return null;
  const code = typeof e.code === 'string' ? e.code : '';
  const where = store ? ` at ${redact(store)}` : '';
  if (NETWORK.has(code) || (e.severity && PG_USER.test(code)) || /Connection terminated|timeout expired/i.test(e.message ?? '')) {
    const what = store && /^postgres(ql)?:/i.test(store) ? 'PostgreSQL' : 'the database';
    return unavailable(`cannot reach ${what}${where}: ${e.message}${code && !e.message?.includes(code) ? ` (${code})` : ''}; check that it is running and the --db URL (or ENTENTE_DB)`);
  }
  if (code === 'SQLITE_NOTADB' || /file is not a database/i.test(e.message ?? '')) return noInput(`${store ?? 'the store'} is not a SQLite database: give --db an entente store (or a postgres:// URL)`);
  if (code === 'SQLITE_CANTOPEN') return noInput(`cannot open the store${where}: check the path and its folder's permissions`);
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') return noInput(`the store${where} is read-only: check its permissions`);
  if (FILE.has(code) && e.path) return noInput(`cannot read ${e.path}: ${code === 'ENOENT' ? 'no such file or folder' : code === 'EISDIR' ? 'a folder, not a file' : code === 'ENOTDIR' ? 'not a folder' : 'permission denied'}`);
  return null;
}

/** A store URL without its password, for messages. */
export const redact = (target: string): string => target.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@');

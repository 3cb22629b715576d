// Checks a large data file once per content instead of once per start-up. Checking every entry of
// the converted lexicons and the city table with zod cost a tenth of the pipeline's start-up;
// the files only change when someone edits or re-imports them. A file that passed its check gets a
// stamp in dist/data/checked/: the sha256 of its text and of the compiled module that holds the
// check (so a changed schema checks again). A start-up whose file and checker match the stamp
// skips the per-entry check; any other runs it, and a bad entry still stops start-up with the
// entry named. A stamp that cannot be written (read-only install) only costs the check's time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath, repoRoot } from './data.js';
import { writeAtomic } from './atomic-file.js';

/** Bump when the stamp's meaning changes. */
const FORMAT = 1;

const checkerText = new Map<string, string>();

function stampPath(parts: readonly string[]): string {
  return join(repoRoot(), 'dist', 'data', 'checked', `${parts.join('__')}.stamp`);
}

function fingerprint(text: string, checkerUrl: string): string {
  let code = checkerText.get(checkerUrl);
  if (code === undefined) {
    try {
      code = readFileSync(fileURLToPath(checkerUrl), 'utf8');
    } catch {
      code = `unreadable ${checkerUrl} ${Date.now()}`; // never matches a stamp: the check runs
    }
    checkerText.set(checkerUrl, code);
  }
  return createHash('sha256').update(`${FORMAT}\n`).update(code).update('\n').update(text).digest('hex');
}

/**
 * The parsed file data/<parts>, with `check` run on it unless a stamp says this text already
 * passed the check of the module at `checkerUrl` (pass `import.meta.url`). `check` throws on a bad
 * entry, naming it.
 */
export function loadCheckedJson<T>(parts: readonly string[], checkerUrl: string, check: (raw: unknown) => void): T {
  return checkedJson<T>(dataPath(...parts), stampPath(parts), checkerUrl, check);
}

/** loadCheckedJson on any file and stamp path (tests use temporary ones). */
export function checkedJson<T>(file: string, stampFile: string, checkerUrl: string, check: (raw: unknown) => void): T {
  const text = readFileSync(file, 'utf8');
  const raw = JSON.parse(text) as unknown;
  const print = fingerprint(text, checkerUrl);
  let stamp = '';
  try {
    stamp = readFileSync(stampFile, 'utf8').trim();
  } catch {
    // no stamp yet: check below
  }
  if (stamp === print) return raw as T;
  check(raw);
  try {
    writeAtomic(stampFile, `${print}\n`);
  } catch {
    // a read-only install: this process has checked the file, the next one will again
  }
  return raw as T;
}

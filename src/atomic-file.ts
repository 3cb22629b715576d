// Files entente writes for itself (precompiled data, check stamps) go through a temporary file and a
// rename, so a reader in another process or worker never sees half of one.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Write `data` to `path` whole or not at all; throws when the directory cannot be written. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${threadId}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

// Temp store files for tests, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDbPath(): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'entente-store-'));
  return { file: join(dir, 'test.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

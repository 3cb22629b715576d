// Where the repo and the read-only gold live. Compiled files sit in dist/<dir>/, so the
// repo root is found by walking up to the package.json rather than by a fixed depth.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function repoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

/** ENTENTE_SHARED if set, else ../shared beside the repo. Null when the folder is absent. */
export function sharedDir(root: string = repoRoot()): string | null {
  const dir = process.env['ENTENTE_SHARED'] ?? resolve(root, '..', 'shared');
  return existsSync(dir) ? dir : null;
}

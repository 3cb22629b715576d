// Locates the repo's data/ folder from compiled code (dist/src/...) or sources alike,
// so knowledge files stay plain JSON beside the code, editable without a rebuild.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function repoRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('entente: cannot find the repository root (package.json)');
    dir = up;
  }
  root = dir;
  return dir;
}

export function dataPath(...parts: string[]): string {
  return join(repoRoot(), 'data', ...parts);
}

export function loadJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(dataPath(...parts), 'utf8')) as T;
}

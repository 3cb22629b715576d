// Locate the repo's data/ folder from wherever this module runs (src/ under a loader,
// dist/src/ when compiled): walk up from this file until a folder holds package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function repoRoot(): string {
  if (root !== null) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json with a data/ folder above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** Absolute path of a file under data/, e.g. dataPath('intake', 'stopwords.json'). */
export function dataPath(...parts: string[]): string {
  return join(repoRoot(), 'data', ...parts);
}

/** Parsed JSON data file under data/. */
export function readDataJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(dataPath(...parts), 'utf8')) as T;
}

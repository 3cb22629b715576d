// Locate and read data/actors/*.json from source or compiled code (dist/src/actors/*.js):
// walk up from this module to the folder holding package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('actors: cannot find package.json above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export function readActorData<T>(file: string): T {
  return JSON.parse(readFileSync(join(projectRoot(), 'data', 'actors', file), 'utf8')) as T;
}

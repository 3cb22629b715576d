// Reads the stage's tables from data/place/, found by walking up from this file to the
// folder holding package.json (works from src/ under a runner and from dist/src/).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('place: no package.json above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export function readPlaceData<T>(file: string): T {
  return JSON.parse(readFileSync(join(projectRoot(), 'data', 'place', file), 'utf8')) as T;
}

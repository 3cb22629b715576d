// Where the intake tests find their fixtures (test/intake/fixtures, not copied to dist/)
// and the shared seed story (../shared beside the repo, absent on some machines).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';

export const fixture = (name: string): string => join(repoRoot(), 'test', 'intake', 'fixtures', name);
export const readFixture = (name: string): string => readFileSync(fixture(name), 'utf8');

export const SEED_PATH = join(repoRoot(), '..', 'shared', 'seed', '000_f94d700f3ff48329.txt');
export const hasSeed = (): boolean => existsSync(SEED_PATH);

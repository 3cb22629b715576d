// The import graph of src/: no cycle between files, and no import running back up from a lower
// layer to a higher one (a stage importing the store, the CLI or the API; the store importing a
// stage). Read from the TypeScript sources, so it checks what a reader of the code sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { repoRoot } from '../../src/data.js';

const SRC = join(repoRoot(), 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Value imports of each file (type-only imports vanish at run time and cannot form a cycle). */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of tsFiles(SRC)) {
    const deps: string[] = [];
    for (const m of readFileSync(f, 'utf8').matchAll(/^(import|export)\s(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)) {
      deps.push(normalize(join(dirname(f), m[2]!)).replace(/\.js$/, '.ts'));
    }
    g.set(f, deps);
  }
  return g;
}

/** The top folder of a file under src/ ("actors"), or the file's own name for top-level files. */
const area = (f: string): string => relative(SRC, f).split('/')[0]!.replace(/\.ts$/, '');

// Lower layers first. An area may import its own layer or lower ones, never a higher one.
const LAYERS: readonly (readonly string[])[] = [
  ['types', 'data', 'data-stamp', 'atomic-file', 'prng', 'doc', 'span-index', 'at', 'chars', 'countries', 'v8-tiering', 'parse-once', 'json-spans'],
  ['text', 'intake', 'time', 'quotes', 'place', 'actors', 'events', 'dedup'],
  ['pipeline', 'store'],
  ['ingest', 'analysis', 'output'],
  ['api', 'cluster', 'watch'],
  ['cli'],
];
const layerOf = (a: string): number => LAYERS.findIndex((l) => l.includes(a));

test('every area of src/ has a layer', () => {
  const unknown = [...new Set([...graph().keys()].map(area))].filter((a) => layerOf(a) < 0);
  assert.deepEqual(unknown, [], 'add new folders of src/ to LAYERS');
});

test('no import runs back up from a lower layer to a higher one', () => {
  const up: string[] = [];
  for (const [f, deps] of graph()) {
    for (const d of deps) if (layerOf(area(d)) > layerOf(area(f))) up.push(`${relative(SRC, f)} -> ${relative(SRC, d)}`);
  }
  assert.deepEqual(up, []);
});

test('no import cycle between files of src/', () => {
  const g = graph();
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (f: string, path: string[]): void => {
    state.set(f, 'open');
    for (const d of g.get(f) ?? []) {
      if (!g.has(d)) continue;
      if (state.get(d) === 'open') cycles.push([...path.slice(path.indexOf(d)), d].map((x) => relative(SRC, x)).join(' -> '));
      else if (!state.has(d)) visit(d, [...path, d]);
    }
    state.set(f, 'done');
  };
  for (const f of g.keys()) if (!state.has(f)) visit(f, [f]);
  assert.deepEqual(cycles, []);
});

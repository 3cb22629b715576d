// Knowledge is data: the word lists the stages read (cue words, heads, titles, stop words) live
// under data/, checked at load and documented, never as a literal set of English words in a
// stage's source. This reads the stages' TypeScript and fails on a `new Set([...])` or an
// `[...].includes(...)` of three or more lower-case words, or a regex alternation of five or more
// plain words. Tags of a closed scheme (POS tags, layer names, upper case) are not words and pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../../src/data.js';

const SRC = join(repoRoot(), 'src');
// The stages that read text. Time expressions are a grammar of regexes (timex-rules.ts), as chrono's are.
const STAGES = ['text', 'actors', 'time', 'place', 'quotes', 'events', 'dedup'];
// HTML element names are the markup's own closed scheme, not English words.
const ALLOWED = new Set(['src/intake/html.ts']);

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const WORD = String.raw`'[a-z][a-z' -]*'`;
const LITERAL_SET = new RegExp(String.raw`new Set\(\[\s*${WORD}(?:\s*,\s*${WORD}){2,}`, 'g');
const LITERAL_INCLUDES = new RegExp(String.raw`\[\s*${WORD}(?:\s*,\s*${WORD}){2,}\s*\]\.(?:includes|indexOf)\(`, 'g');
const WORD_ALTERNATION = /\(\?:[a-z]{3,}(?:\|[a-z]{3,}){4,}\)/g;

/** Every literal word list in a source text, as "line: text". */
export function literalWordLists(source: string): string[] {
  const out: string[] = [];
  for (const re of [LITERAL_SET, LITERAL_INCLUDES, WORD_ALTERNATION]) {
    for (const m of source.matchAll(re)) out.push(`${source.slice(0, m.index).split('\n').length}: ${m[0].slice(0, 80)}`);
  }
  return out;
}

test('the finder sees a literal word list in each of its shapes, and passes tag sets', () => {
  assert.equal(literalWordLists("const A = new Set(['police', 'troops', 'army']);").length, 1);
  assert.equal(literalWordLists("if (['these', 'those', 'the'].includes(det)) {}").length, 1);
  assert.equal(literalWordLists('if (/^(?:first|second|third|fourth|premier)$/.test(w)) {}').length, 1);
  assert.deepEqual(literalWordLists("const P = new Set(['DET', 'ADJ', 'NOUN']); const k = ['or', 'and'];"), []);
});

test('no stage keeps a word list in its source (they belong under data/)', () => {
  const found: string[] = [];
  for (const stage of STAGES) {
    for (const f of tsFiles(join(SRC, stage))) {
      const rel = relative(repoRoot(), f);
      if (rel === 'src/time/timex-rules.ts' || ALLOWED.has(rel)) continue;
      for (const hit of literalWordLists(readFileSync(f, 'utf8'))) found.push(`${rel}:${hit}`);
    }
  }
  assert.deepEqual(found, [], `word lists written in src/ (move them to data/ and load them checked):\n${found.join('\n')}`);
});

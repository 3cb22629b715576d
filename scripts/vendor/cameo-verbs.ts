// Reader for the PETRARCH-2 CAMEO verb dictionary (CAMEO.2.0.txt, Open Event Data Alliance, MIT).
// Format: dictionaries.rst beside the file. What is read:
//   &LABEL / +WORD ...      synonym sets (regular plurals added unless the label or phrase ends in _)
//   --- DESC [CODE] ---     a verb block and its default code ("---" = no event)
//   VERB {FORMS} [CODE]     a verb of the block, its irregular forms, its own code
//   +ASK_FOR {...} [CODE]   a multi-word verb; '+' marks the word that inflects
//   - PRE * POST [CODE]     a pattern: words before and after the verb
// Transformations (lines starting with ~) need a parse tree and are not read.

export interface VendorVerb {
  /** The words of the verb, lower case; `head` is the index of the one that inflects. */
  words: string[];
  head: number;
  /** Inflected forms of the whole verb phrase when the dictionary lists them; else null (regular). */
  forms: string[][] | null;
  code: string | null;
}

export type PatternPart =
  | { kind: 'word'; options: string[] }          // a noun (or synset), as the head of its phrase
  | { kind: 'phrase'; words: string[][] }        // {FINANCIAL AID}: consecutive words, each with options
  | { kind: 'pp'; prep: string; object: PatternPart | null }; // (FOR AID); (TO) when the object is an actor

export interface VendorPattern {
  pre: PatternPart[];
  post: PatternPart[];
  code: string | null;
  line: number;
  /** The verb the comment says the pattern is written for ("- * ON [190] # PRESS"), lower case; null when none. */
  intended: string | null;
  /** The post-verb side is one bare word written without brackets ("* DOWN", "* ON"), as it stands. */
  bareWord: string | null;
}

export interface VerbBlock {
  description: string;
  code: string | null;
  verbs: VendorVerb[];
  patterns: VendorPattern[];
  line: number;
}

export interface CameoVerbDictionary {
  synsets: Map<string, string[]>;
  blocks: VerbBlock[];
  /** Lines not understood, with their numbers: reported by the importer, never silently lost. */
  skipped: { line: number; text: string; why: string }[];
  /** Words that follow the verb inside the dictionary's multi-word verbs ("CLAMP_DOWN", "CALL_OFF"): its particles. */
  particles: Set<string>;
}

const stripComment = (s: string): string => s.replace(/#.*$/, '').trim();
const codeOf = (s: string): string | null | undefined => {
  const m = /\[([^\]]*)\]/.exec(s);
  if (!m) return undefined;
  // [042:043] gives the codes for source and target; the source's is the event's
  const c = m[1]!.trim().split(/[\s:]+/)[0]!.replace(/[^0-9-]/g, '');
  return /^\d{2,4}$/.test(c) ? c : null; // '---' (no event) and malformed codes
};

/** Regular plural of a (lower-case) noun phrase's last word, as PETRARCH generates it. */
export function pluralOf(word: string): string {
  if (/ss$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/s$/.test(word)) return word;
  return word + 's';
}

function synsetPhrases(label: string, lines: string[]): string[] {
  const noPlural = label.endsWith('_');
  const out: string[] = [];
  for (const raw of lines) {
    const endsBare = raw.endsWith('_');
    const phrase = raw.replace(/_+$/, '').toLowerCase().replace(/_/g, ' ').trim();
    if (!phrase) continue;
    out.push(phrase);
    if (!noPlural && !endsBare) {
      const ws = phrase.split(' ');
      ws[ws.length - 1] = pluralOf(ws[ws.length - 1]!);
      const pl = ws.join(' ');
      if (pl !== phrase) out.push(pl);
    }
  }
  return [...new Set(out)];
}

function parseVerb(text: string, blockCode: string | null): VendorVerb | string {
  const code = codeOf(text);
  const body = text.replace(/\[[^\]]*\]/, '').trim();
  const formsMatch = /\{([^}]*)\}/.exec(body);
  const main = body.replace(/\{[^}]*\}/, '').trim();
  if (!/^[A-Z+_'-]+$/i.test(main)) return `not a verb: ${main}`;
  const parts = main.split('_').filter(Boolean);
  let head = parts.findIndex((p) => p.startsWith('+'));
  if (head < 0) head = 0;
  const words = parts.map((p) => p.replace(/^\+/, '').toLowerCase());
  let forms: string[][] | null = null;
  if (formsMatch) {
    const listed = formsMatch[1]!.trim().split(/\s+/).filter(Boolean)
      .map((f) => f.split('_').filter(Boolean).map((w) => w.replace(/^\+/, '').toLowerCase()));
    forms = [words, ...listed.filter((f) => f.length === words.length)];
  }
  return { words, head, forms, code: code === undefined ? blockCode : code };
}

/** Splits a pattern side into parts: WORD, &SYN, {A B}, (PREP X). */
function parseSide(side: string, synsets: Map<string, string[]>, preps: ReadonlySet<string>): PatternPart[] | string {
  const parts: PatternPart[] = [];
  // $, +, ^ and % mark where actors stand; the sequence of words is what entente matches
  const tokens = (side.match(/\([^)]*\)|\{[^}]*\}|\S+/g) ?? []).filter((t) => !/^[$+^%]$/.test(t));
  const word = (w: string): PatternPart | string => {
    if (w.startsWith('&')) {
      const set = synsets.get(w.slice(1));
      return set ? { kind: 'word', options: set } : `unknown synset ${w}`;
    }
    if (!/^[A-Z][A-Z'-]*$/i.test(w)) return `not a word: ${w}`;
    const lw = w.toLowerCase();
    return { kind: 'word', options: [...new Set([lw, pluralOf(lw)])] };
  };
  const phrase = (inner: string): PatternPart | string => {
    const ws = inner.trim().split(/\s+/).filter(Boolean);
    if (ws.length === 1) return word(ws[0]!);
    const words: string[][] = [];
    for (const [i, w] of ws.entries()) {
      if (w.startsWith('&')) {
        const set = synsets.get(w.slice(1));
        if (!set) return `unknown synset ${w}`;
        words.push(set);
      } else if (/^[A-Z][A-Z'-]*$/i.test(w)) {
        const lw = w.toLowerCase();
        words.push(i === ws.length - 1 ? [...new Set([lw, pluralOf(lw)])] : [lw]);
      } else return `not a word: ${w}`;
    }
    return { kind: 'phrase', words };
  };
  for (const t of tokens) {
    let part: PatternPart | string;
    if (t.startsWith('(')) {
      const inner = t.slice(1, -1).replace(/(^|\s)[$+^%](?=\s|$)/g, ' ').trim();
      const m = /^(\S+)\s+(.+)$/.exec(inner);
      if (!m) part = /^[A-Z]+$/i.test(inner) ? { kind: 'pp', prep: inner.toLowerCase(), object: null } : `not a preposition: ${t}`;
      else {
        const obj = m[2]!.startsWith('{') ? phrase(m[2]!.slice(1, -1)) : phrase(m[2]!);
        part = typeof obj === 'string' ? obj : { kind: 'pp', prep: m[1]!.toLowerCase(), object: obj };
      }
    } else if (t.startsWith('{')) part = phrase(t.slice(1, -1));
    // "- * TO [030]": a bare preposition is written like "(TO)", a place for the target; read as a
    // noun it would match any "to" and gain a plural ("to|tos")
    else part = preps.has(t.toUpperCase()) ? { kind: 'pp', prep: t.toLowerCase(), object: null } : word(t);
    if (typeof part === 'string') return part;
    parts.push(part);
  }
  return parts;
}

/**
 * The prepositions and particles of the dictionary: words that open a parenthesised phrase
 * ("(FOR VISIT)", "(TO)") at least twice. Read from the dictionary itself, so no word list is kept.
 */
function prepositionsOf(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\(([A-Z]+)[\s)]/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
}

export function parseCameoVerbs(text: string): CameoVerbDictionary {
  const lines = text.split(/\r?\n/);
  const preps = prepositionsOf(text);
  const synsets = new Map<string, string[]>();
  const blocks: VerbBlock[] = [];
  const skipped: CameoVerbDictionary['skipped'] = [];
  let synLabel: string | null = null;
  let synLines: string[] = [];
  let block: VerbBlock | null = null;
  const endSynset = () => {
    if (synLabel) synsets.set(synLabel.replace(/_$/, ''), synsetPhrases(synLabel, synLines));
    synLabel = null;
    synLines = [];
  };
  for (const [i, raw] of lines.entries()) {
    const n = i + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) { if (line === '') endSynset(); continue; }
    if (line.startsWith('~')) continue; // transformations: need a parse tree
    if (line.startsWith('&')) { endSynset(); synLabel = stripComment(line).slice(1); continue; }
    if (synLabel && line.startsWith('+')) { synLines.push(stripComment(line).slice(1)); continue; }
    // "--- DELAY [120]--- ---": four headers have no space before the closing dashes
    const header = /^---\s+(.*?)\s+\[([^\]]*)\]\s*---/.exec(line);
    if (header) {
      endSynset();
      block = { description: header[1]!, code: codeOf(`[${header[2]!}]`) ?? null, verbs: [], patterns: [], line: n };
      blocks.push(block);
      continue;
    }
    if (!block) { skipped.push({ line: n, text: line, why: 'outside a verb block' }); continue; }
    if (line.startsWith('-')) {
      const body = stripComment(line.slice(1));
      const code = codeOf(body);
      const pat = body.replace(/\[[^\]]*\]/, '').trim();
      const star = pat.indexOf('*');
      if (star < 0) { skipped.push({ line: n, text: line, why: 'pattern without *' }); continue; }
      const pre = parseSide(pat.slice(0, star), synsets, preps);
      const post = parseSide(pat.slice(star + 1), synsets, preps);
      if (typeof pre === 'string' || typeof post === 'string') { skipped.push({ line: n, text: line, why: typeof pre === 'string' ? pre : post as string }); continue; }
      const intended = /#\s*([A-Z]+)\s*$/.exec(line)?.[1]?.toLowerCase() ?? null;
      const bare = /^\s*([A-Z]+)\s*$/.exec(pat.slice(star + 1))?.[1]?.toLowerCase() ?? null;
      block.patterns.push({ pre, post, code: code === undefined ? block.code : code, line: n, intended, bareWord: pre.length === 0 ? bare : null });
      continue;
    }
    const v = parseVerb(stripComment(line), block.code);
    if (typeof v === 'string') skipped.push({ line: n, text: line, why: v });
    else block.verbs.push(v);
  }
  endSynset();
  const particles = new Set(blocks.flatMap((b) => b.verbs.flatMap((v) => v.words.slice(v.head + 1))));
  return { synsets, blocks, skipped, particles };
}

/**
 * "- * ON [190] # PRESS": a lone particle after the verb (a word the dictionary's own multi-word
 * verbs end on, "CLAMP_DOWN", that WordNet knows as an adverb) belongs to the phrasal verb the
 * comment names ("press on"), not to every verb of the block ("campaigned on", "pushed back on"
 * are no attacks). That verb's pattern, with the particle right after it as one verb slot
 * ("~press_on"), or null when the pattern is no such particle or names no plain verb of the block.
 */
export function phrasalVerb(pat: Pick<VendorPattern, 'bareWord' | 'intended'>, particles: ReadonlySet<string>, adverbs: ReadonlySet<string>, plainVerbs: readonly string[]): string | null {
  const w = pat.bareWord;
  return w && adverbs.has(w) && particles.has(w) && pat.intended && plainVerbs.includes(pat.intended) ? `~${pat.intended}_${w}` : null;
}

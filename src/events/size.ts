// How many dead, injured and arrested: numbers next to the words that say what was counted
// ("killing all 224 people", "12 were wounded", "arrested three suspects").
import { loadJson } from '../data.js';
import type { Doc, EventSize, Sentence, Span, Token } from '../types.js';
import { tokenAt } from '../doc.js';
import { someCovers } from '../span-index.js';

interface NumberFile {
  words: Record<string, number>;
  multipliers: Record<string, number>;
  size: Record<'dead' | 'injured' | 'arrested', { verbs: string[]; nouns: string[] }>;
  countedNouns: string[];
  /** Plural nouns a number counts that are not people ("two years", "15 rounds"). */
  notCounted: string[];
  approximators: string[];
  vagueNumbers: string[];
  /** Head nouns of a crowd named by its size ("tens of thousands of people"). */
  crowdNouns: string[];
  /** Words between a death word and the act that caused it ("died in police firing", "died due to"). */
  deathCausePrepositions: string[];
}
const NUM = loadJson<NumberFile>('events', 'numbers.json');
const COUNTED = new Set(NUM.countedNouns);
const NOT_COUNTED = new Set(NUM.notCounted);

/** What a number counts may be people: a listed noun, or any other plural noun that is not a unit or a thing ("three fishermen"). */
function counted(t: Token | undefined): boolean {
  if (!t) return false;
  return COUNTED.has(t.norm) || (t.pos === 'NOUN' && /(s|men)$/.test(t.norm) && t.norm !== t.lemma && !NOT_COUNTED.has(t.norm));
}
const APPROX = new Set(NUM.approximators);

/** Whether a token belongs to a count ("more than 100,000", "some 300", "hundreds"). */
export const inCount = (t: Token): boolean => t.pos === 'NUM' || APPROX.has(t.norm);
const VAGUE = new Set(NUM.vagueNumbers);
/** A word of a count that stands for people: a number, a hedge, a vague number or a counted noun ("ten", "dozens", "others"). */
export const countWord = (t: Token): boolean => inCount(t) || VAGUE.has(t.norm) || COUNTED.has(t.norm);
/** A hedge that opens a count ("more than", "about", "over", "up to"): said of token `t` after `prev`. */
export const approximator = (t: Token, prev: Token | undefined): boolean => APPROX.has(t.norm) || (t.norm === 'to' && prev?.norm === 'up');
/** A word that is itself a number or a vague one ("12", "twelve", "dozen", "hundreds"), not a hedge or a noun. */
export const sizeWord = (t: Token): boolean => t.pos === 'NUM' || VAGUE.has(t.norm) || (t.norm in NUM.words && t.norm !== 'a' && t.norm !== 'an') || t.norm in NUM.multipliers;
const CROWD = new Set(NUM.crowdNouns);

/**
 * A crowd named only by its size: "thousands", "tens of thousands of people", "about 2,000 residents".
 * `words` are the lower-cased words of the phrase.
 */
export function isCrowd(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const head = words.at(-1)!;
  const sized = words.some((w) => VAGUE.has(w) || /^\d[\d,]*$/.test(w) || (w in NUM.multipliers));
  return sized && (VAGUE.has(head) || head in NUM.multipliers || /^\d[\d,]*$/.test(head) || CROWD.has(head));
}
const KINDS = (['dead', 'injured', 'arrested'] as const).map((k) => ({ kind: k, words: new Set(NUM.size[k].verbs.concat(NUM.size[k].nouns)) }));

/** The value of a number token (digits with commas, or a number word), or null. */
export function numberValue(tokens: Token[], i: number): number | null {
  const w = tokens[i]?.norm;
  if (!w) return null;
  let v: number | null = null;
  if (/^\d[\d,]*$/.test(w)) v = Number(w.replace(/,/g, ''));
  else if (w in NUM.words && w !== 'a' && w !== 'an') v = NUM.words[w]!;
  if (v === null) return null;
  const next = tokens[i + 1]?.norm ?? '';
  if (next in NUM.multipliers) v *= NUM.multipliers[next]!;
  return v;
}

type Kind = 'dead' | 'injured' | 'arrested';

/** One count of people in a sentence: its kind, value, and the token of the word that says what was counted. */
export interface Count {
  kind: Kind;
  value: number;
  approximate: boolean;
  /** Token index of the word naming the kind ("killed", "wounded", "arrests"), or of the number when none is near. */
  word: number;
  /** Token index of the number. */
  at: number;
}

const kindOf = (w: string): Kind | null => KINDS.find((k) => k.words.has(w))?.kind ?? null;

const CAUSE_PREPS = NUM.deathCausePrepositions.map((p) => p.split(' '));

/**
 * Whether the noun phrase that ends at token `head` (a material act: "firing", "the police action") is
 * what someone died of: a death word and a cause preposition stand before it ("more people died in
 * police firing", "deaths due to the shelling"). The phrase's own words (determiners, adjectives,
 * nouns, numbers) are crossed, at most four.
 */
export function diedOf(tokens: readonly Token[], s: Sentence, head: number): boolean {
  let i = head - 1;
  for (let n = 0; n < 4 && i >= s.tokenStart; n++, i--) {
    const t = tokenAt(tokens, i);
    // the tagger may read a noun modifier as a verb ("police firing"); an auxiliary, pronoun or clause word ends the phrase
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'VERB') || CAUSE_PREPS.some((p) => p.length === 1 && p[0] === t.norm)) break;
  }
  for (const p of CAUSE_PREPS) {
    const from = i - p.length + 1;
    if (from - 1 < s.tokenStart || !p.every((w, k) => tokenAt(tokens, from + k).norm === w)) continue;
    if (kindOf(tokenAt(tokens, from - 1).norm) === 'dead') return true;
  }
  return false;
}

/** Whether a word says people died or were hurt ("killed", "wounded", "died"): a harm, as numbers.json counts it. */
export const isHarmWord = (w: string): boolean => { const k = kindOf(w); return k === 'dead' || k === 'injured'; };

/**
 * The kind word a count belongs to, read outward from the number: after it across the counted noun
 * phrase and auxiliaries ("five others were injured", "three were wounded", "12 people dead"), or
 * before it across the words of the count ("killing at least 20", "injured more than 500"). The
 * nearer wins. `loose` is whether the words crossed after it were only auxiliaries and adverbs or a
 * plural name ("Two Palestinians were killed"), which the counted-noun test does not know.
 */
function kindWord(tokens: readonly Token[], s: Sentence, i: number): { kind: Kind; at: number; loose: boolean } | null {
  let after: { kind: Kind; at: number; loose: boolean } | null = null;
  let loose = true;
  for (let j = i + 1; j < s.tokenEnd && j <= i + 6; j++) {
    const t = tokenAt(tokens, j);
    const kind = kindOf(t.norm);
    if (kind) { after = { kind, at: j, loose }; break; }
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || COUNTED.has(t.norm)) {
      if (!(t.pos === 'PROPN' && /s$/.test(t.norm)) && !COUNTED.has(t.norm)) loose = false;
      continue;
    }
    if (t.norm === 'of' || t.pos === 'DET') { loose = false; continue; }
    break;
  }
  let before: { kind: Kind; at: number; loose: boolean } | null = null;
  for (let j = i - 1; j >= s.tokenStart && j >= i - 4; j--) {
    const t = tokenAt(tokens, j);
    const kind = kindOf(t.norm);
    if (kind) { before = { kind, at: j, loose: false }; break; }
    if (APPROX.has(t.norm) || t.pos === 'DET' || t.norm === 'to') continue;
    break;
  }
  if (after && before) return after.at - i <= i - before.at ? after : before;
  return after ?? before;
}

/**
 * The counts of people in a sentence, in text order; `times` are the document's time expressions: a
 * number inside one ("In 2019 police arrested 12") is a date, not a count. A sentence may hold several
 * counts of one kind ("killed 3 in Gaza and 5 in Rafah"); each is its own.
 */
export function readCounts(tokens: Token[], s: Sentence, times: readonly Span[] = []): Count[] {
  const out: Count[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const n = numberValue(tokens, i);
    if (n === null || n > 1_000_000) continue;
    // A year or a date is not a count.
    const next = tokens[i + 1]?.norm ?? '';
    const prev = tokens[i - 1]?.norm ?? '';
    if (/^(19|20)\d\d$/.test(tokenAt(tokens, i).norm) && !counted(tokens[i + 1])) continue;
    if (times.length > 0 && someCovers(times, tokenAt(tokens, i).start)) continue;
    if (/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(prev)) continue;
    const near = kindWord(tokens, s, i);
    // Look at the words right around the number: "killing (all) N people", "N people were killed", "N dead".
    const window: string[] = [];
    for (let k = Math.max(s.tokenStart, i - 3); k < Math.min(s.tokenEnd, i + 5); k++) if (k !== i) window.push(tokenAt(tokens, k).norm);
    // a count the kind word governs across the words of the count ("injured more than 500 at ...") counts people unless a unit follows
    const governed = near !== null && near.at < i && !NOT_COUNTED.has(next);
    const countsPeople = counted(tokens[i + 1]) || counted(tokens[i + 2]) || KINDS.some((k) => k.words.has(next)) || near?.loose === true || governed;
    if (!countsPeople && !KINDS.some((k) => k.words.has(prev) || k.words.has(tokens[i - 2]?.norm ?? ''))) continue;
    // The kind word read outward from the number; else, as before, the first kind named in the window.
    const inWindow = (k: (typeof KINDS)[number]) => window.some((w) => k.words.has(w));
    const kind = near?.kind ?? (KINDS.find((k) => inWindow(k) && !out.some((c) => c.kind === k.kind)) ?? KINDS.find(inWindow))?.kind;
    if (!kind) continue;
    // "at least 20", "more than 100", "dozens": the count is a floor or an estimate
    const approximate = VAGUE.has(tokenAt(tokens, i).norm) || APPROX.has(prev) || APPROX.has(tokens[i - 2]?.norm ?? '');
    out.push({ kind, value: n, approximate, word: near?.at ?? i, at: i });
  }
  return out;
}

/** The sentence's size: the first count of each kind (what a single event in the sentence carries). */
export function sizeOf(counts: readonly Count[]): EventSize {
  const size: EventSize = { dead: null, injured: null, arrested: null };
  for (const c of counts) {
    if (size[c.kind] !== null) continue;
    size[c.kind] = c.value;
    if (c.approximate) size.approximate = true;
  }
  return size;
}

/**
 * A sentence's counts, read once per sentence: the events stage asks for them while it codes the
 * sentence's candidates (a passive whose subject is a count) and again for the events' sizes.
 */
const COUNTS = new WeakMap<Sentence, Count[]>();
export function sentenceCounts(doc: Pick<Doc, 'tokens' | 'times'>, s: Sentence): Count[] {
  let counts = COUNTS.get(s);
  if (!counts) COUNTS.set(s, (counts = readCounts(doc.tokens, s, doc.times)));
  return counts;
}

// Text stage: sentences and tokens with POS and lemma from wink-nlp, as spans into doc.text.
// Only title/subtitle/body zones are read; credits and boilerplate get no sentences.
import { READ_ZONES, type Doc, type Sentence, type Token, type Zone } from '../types.js';
import { beginStory, wink } from './wink.js';
import { hasExtendedLatin, latinize } from './latin.js';
import { breakLongRuns } from './long-runs.js';
import { tokenAt } from '../doc.js';
import { at } from '../at.js';
import { isSpaceUnit, lowerCase } from '../chars.js';
import { loadWordSets } from '../data.js';

/** U+2019, the typographic apostrophe news text writes contractions with. */
const RIGHT_QUOTE = 0x2019;

/**
 * The most tokens one sentence may hold. News sentences stay far below it (the longest of the 50,000
 * in the bench corpus has 184); a longer run is a table, a list or a scrape without sentence ends,
 * and the later stages, some of whose checks grow with the square of a sentence's length, would
 * take minutes over it. It is cut, after a comma or semicolon where there is one.
 */
export const MAX_SENTENCE_TOKENS = 200;
const { softBreaks: SOFT_BREAKS } = loadWordSets(['softBreaks'], 'text', 'sentence-cuts.json');

/** Sentences of at most MAX_SENTENCE_TOKENS tokens covering [from, to); how many cuts were made. */
function pushCut(tokens: readonly Token[], from: number, to: number, zone: Zone, sentences: Sentence[]): number {
  let cuts = 0;
  while (to - from > MAX_SENTENCE_TOKENS) {
    let end = from + MAX_SENTENCE_TOKENS;
    for (let k = end - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) if (SOFT_BREAKS.has(tokenAt(tokens, k).text)) { end = k + 1; break; }
    pushSentence(tokens, from, end, zone, sentences);
    from = end;
    cuts++;
  }
  pushSentence(tokens, from, to, zone, sentences);
  return cuts;
}

function pushSentence(tokens: readonly Token[], tokenStart: number, tokenEnd: number, zone: Zone, sentences: Sentence[]): void {
  sentences.push({ start: tokenAt(tokens, tokenStart).start, end: tokenAt(tokens, tokenEnd - 1).end, tokenStart, tokenEnd, zone: zone.kind });
}

/** Tokens and sentences of one zone; returns how many overlong sentences were cut. */
export function tokenizeZone(text: string, zone: Zone, tokens: Token[], sentences: Sentence[]): number {
  const nlp = wink();
  const its = nlp.its;
  // wink splits words at Latin letters beyond Latin-1 ("Erdoğan" -> "Erdo" "ğ" "an"): it reads the
  // text with ASCII stand-ins of the same length, and tokens keep the letters as written
  const slice = text.slice(zone.start, zone.end);
  const wdoc = nlp.readDoc(breakLongRuns(latinize(slice)));
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as never) as unknown as string[];
  // wink token index -> our token index (SPACE tokens are dropped)
  const map = new Int32Array(values.length + 1);
  let off = zone.start;
  for (let i = 0; i < values.length; i++) {
    const v = at(values, i);
    const sp = at(spaces, i);
    off += sp.length;
    map[i] = tokens.length;
    // Line breaks and tabs are wink's 'tabCRLF' tokens, blank like the SPACE ones: its tokenizer
    // cuts them out of the text as runs of \t\r\n, and the four in its lexicon are blank too
    // (test/text/tokenize.test.ts checks), so the blank test drops them without asking each
    // token's type (one pass over the tokens less).
    if (pos[i] !== 'SPACE' && v.trim() !== '') {
      // compared in place: a slice per token only where the text differs from wink's value
      const written = text.startsWith(v, off) ? v : text.slice(off, off + v.length);
      const changed = written !== v && hasExtendedLatin(written);
      // "can’t", "won’t": the contraction's norm is spelt with a plain apostrophe, as the cue lists
      // spell it ("n’t" read as no negation, so "Trump won’t attack Iran" was an attack)
      const norm = v.length === 3 && v.charCodeAt(1) === RIGHT_QUOTE && v[2] === 't' && (v[0] === 'n' || v[0] === 'N') ? "n't" : lowerCase(changed ? written : v);
      const lemma = changed ? norm : lemmas[i] ?? v;
      tokens.push({
        start: off,
        end: off + v.length,
        text: changed ? written : v,
        norm,
        // most lemmas are the word itself: its norm, no second copy
        lemma: lemma === v ? norm : lowerCase(lemma),
        pos: pos[i] ?? 'X',
        spaceBefore: sp.length > 0 || off === 0 || isSpaceUnit(text.charCodeAt(off - 1)),
      });
    }
    off += v.length;
  }
  map[values.length] = tokens.length;
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  let cuts = 0;
  // a sentence wink ended inside a short parenthesis ("Goldman Sachs (GS.", "Amazon (AMZN.")
  // goes on past it: the stop was an abbreviation's
  let pending = -1;
  let lastEnd = -1;
  for (const [a, b] of spans) {
    const tokenStart = pending >= 0 ? pending : at(map, a);
    const tokenEnd = at(map, b + 1);
    if (tokenEnd <= tokenStart) continue;
    lastEnd = tokenEnd;
    if (tokenEnd < tokens.length && endsInParens(tokens, tokenStart, tokenEnd)) {
      pending = tokenStart;
      continue;
    }
    pending = -1;
    cuts += pushCut(tokens, tokenStart, tokenEnd, zone, sentences);
  }
  if (pending >= 0) cuts += pushCut(tokens, pending, lastEnd, zone, sentences);
  return cuts;
}

const PAREN_REACH = 6; // tokens of a short parenthesis on each side of the cut: "(GS.N)", "(VOWG_p.DE)"

/** Whether tokens [from, to) end inside a parenthesis opened among their last tokens and closed just after them. */
function endsInParens(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = to - 1; k >= Math.max(from, to - PAREN_REACH); k--) {
    const t = tokenAt(tokens, k).text;
    if (t === ')') return false;
    if (t !== '(') continue;
    for (let j = to; j < Math.min(tokens.length, to + PAREN_REACH); j++) {
      const u = tokenAt(tokens, j).text;
      if (u === ')') return true;
      if (u === '(') return false;
    }
    return false;
  }
  return false;
}

export function textStage(doc: Doc): Doc {
  beginStory();
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const zones = [...doc.zones].filter((z) => READ_ZONES.has(z.kind)).sort((a, b) => a.start - b.start);
  for (const z of zones) {
    const cuts = tokenizeZone(doc.text, z, tokens, sentences);
    if (cuts > 0) doc.messages.push({ stage: 'text', rule: 'text/long-sentence', level: 'warning', reason: `${cuts} cut(s) in runs of over ${MAX_SENTENCE_TOKENS} words without a sentence end (a table, a list or text without full stops): read in pieces`, start: z.start, end: z.end });
  }
  doc.tokens = tokens;
  doc.sentences = sentences;
  return doc;
}

// Per-document indexes the refiners share: which actor mention covers each token,
// and which tokens lie inside quotation marks.
import type { ActorMention, Doc, Mention, Sentence } from '../types.js';
import { CUES, QUOTE_CLOSE, QUOTE_OPEN } from './cues.js';
import { firstTokenAtOrAfter, tok } from '../doc.js';
import { int32At } from '../at.js';
import { storyCountry } from './home.js';
import { someCovers, spansWithin } from '../span-index.js';

export { firstTokenAtOrAfter };

export interface DocView {
  doc: Doc;
  /** actorAt[token] = index into doc.actors of the mention covering it, else -1. */
  actorAt: Int32Array;
  /** quoted[token] = 1 when the token lies between quotation marks. */
  quoted: Uint8Array;
  /** First token index of each actor mention. */
  actorFirstToken: Int32Array;
  actorLastToken: Int32Array;
  /** Mention type (PER, ORG, ...) of each actor mention, when the actors stage typed its span. */
  actorType: (Mention['type'] | null)[];
  /** The country the story is set in, by its places (home.ts), for generic agents with no country. */
  home: string | null;
}


/** A straight quote attached to the word before it and followed by a space or the end: a closing one. */
function closes(doc: Doc, i: number): boolean {
  const t = tok(doc, i);
  const before = doc.text[t.start - 1] ?? ' ';
  const after = doc.text[t.end] ?? ' ';
  return !/\s/.test(before) && /[\s]/.test(after);
}

function markQuotes(doc: Doc, s: Sentence, quoted: Uint8Array): void {
  let open = false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tok(doc, i).text;
    if (QUOTE_OPEN.has(t)) { open = true; quoted[i] = 1; continue; }
    if (QUOTE_CLOSE.has(t)) { quoted[i] = 1; open = false; continue; }
    if (t === '"') {
      // A straight quote that closes ("... before," adds X) with none open: the sentence began inside
      // a quotation opened in an earlier sentence, so what came before it was quoted.
      if (!open && closes(doc, i)) quoted.fill(1, s.tokenStart, i + 1);
      else { quoted[i] = 1; open = !open; }
      continue;
    }
    if (open) quoted[i] = 1;
  }
}

/** Tags of the words of a noun phrase before or around its head: "the three Syrian army units". */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
/** The same, and pronouns: the words an object may open with ("them", "his"). */
export const OBJECT_PHRASE_POS: ReadonlySet<string> = new Set([...NOUN_PHRASE_POS, 'PRON']);

export function buildView(doc: Doc): DocView {
  const n = doc.tokens.length;
  const actorAt = new Int32Array(n).fill(-1);
  const actorFirstToken = new Int32Array(doc.actors.length).fill(-1);
  const actorLastToken = new Int32Array(doc.actors.length).fill(-1);
  // a span's key as one number (start and end are offsets into the text, so start * (length + 1) + end
  // is one per span and exact far beyond any text's length): no string built per mention and actor
  const width = doc.text.length + 1;
  const mentionType = new Map<number, Mention['type']>();
  for (const m of doc.mentions) mentionType.set(m.start * width + m.end, m.type);
  const actorType = doc.actors.map((a: ActorMention) => mentionType.get(a.start * width + a.end) ?? null);
  doc.actors.forEach((a, idx) => {
    for (let t = firstTokenAtOrAfter(doc, a.start); t < n && tok(doc, t).start < a.end; t++) {
      actorAt[t] = idx;
      if (actorFirstToken[idx] === -1) actorFirstToken[idx] = t;
      actorLastToken[idx] = t;
    }
  });
  const quoted = new Uint8Array(n);
  for (const s of doc.sentences) markQuotes(doc, s, quoted);
  return { doc, actorAt, quoted, actorFirstToken, actorLastToken, actorType, home: storyCountry(doc) };
}

/** Whether the words of `phrase` end at token k. */
export function endsAt(view: DocView, k: number, phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) {
    if (view.doc.tokens[k - (phrase.length - 1 - i)]?.norm !== phrase[i]) return false;
  }
  return true;
}

/** A word that stands in a noun phrase before its head: a determiner, an adjective or a number ("the three Iraqi"). */
export function npModifierAt(doc: Doc, k: number): boolean {
  const t = tok(doc, k);
  return CUES.determiners.has(t.norm) || t.pos === 'ADJ' || t.pos === 'NUM';
}

/** An actor mention or a pronoun among tokens [from, to): without one there is no one to act. */
export function hasParty(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (int32At(view.actorAt, k) >= 0 || tok(view.doc, k).pos === 'PRON') return true;
  return false;
}

/** A verb, or an -ing or -ed form the tagger read as a noun in a list ("slaughtering, burning and burying", "raped and abducted"). */
const verbForm = (doc: Doc, k: number): boolean => {
  const t = tok(doc, k);
  return t.pos === 'VERB' || (t.pos === 'NOUN' && /..(ing|ed)$/.test(t.norm));
};

/**
 * "shelled, bombed and besieged rebel positions", "slaughtering, burning and burying 6,500 hogs": from
 * the comma right after a verb, a list of verbs that ends in "and" or "or" and a verb shares one object.
 * Returns the token after the list's last verb, or -1 when no such list starts at k.
 */
export function verbListEnd(doc: Doc, s: Sentence, k: number): number {
  // a list opens with a comma and a verb: ", and needs to be allowed" joins a clause of its own
  if (k + 1 >= s.tokenEnd || tok(doc, k).norm !== ',' || !verbForm(doc, k + 1)) return -1;
  let sawJoin = false;
  while (k + 1 < s.tokenEnd) {
    const w = tok(doc, k).norm;
    // ", and burying": a comma before the closing "and"
    if (w === ',' && k + 2 < s.tokenEnd && tok(doc, k + 1).pos === 'CCONJ' && verbForm(doc, k + 2)) { k++; continue; }
    const join = tok(doc, k).pos === 'CCONJ';
    if ((w !== ',' && !join) || !verbForm(doc, k + 1)) break;
    sawJoin ||= join;
    k += 2;
    if (sawJoin) return k;
  }
  return -1;
}

/** The items (times, places, ...) that lie wholly inside a sentence. */
export function inSentence<T extends { start: number; end: number }>(items: T[], s: Sentence): T[] {
  return spansWithin(items, s.start, s.end);
}

/** "lathi-charged", "fire-bombed": the index of the word written after a hyphen onto token i, if any. */
export function hyphenedTail(doc: Doc, i: number): number | null {
  const dash = doc.tokens[i + 1], tail = doc.tokens[i + 2];
  return dash && tail && dash.text === '-' && dash.start === tok(doc, i).end && tail.start === dash.end ? i + 2 : null;
}

/** Whether a character offset lies inside one of the document's time expressions ("March 5", "on Monday"). */
export function inTime(doc: Doc, offset: number): boolean {
  return someCovers(doc.times, offset);
}

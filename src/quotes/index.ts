// Quotes stage: direct quotations in the body and who said them ("...," Hollande said;
// Hollande said: "..."; X quoted Y as saying "..."), and reported speech (reported.ts). Analysts search these; every quote keeps
// its span, and so does its speaker.
import type { ActorMention, Doc, Quote, Span } from '../types.js';
import { actorRef, firstTokenAtOrAfter, overlapsAny, sentenceIndexOfToken, tok } from '../doc.js';
import { SPEECH_VERBS, isOpen, isClose, isStraight } from './cues.js';
import { reportedSpeech } from './reported.js';
import { wideMarks, type WideMark } from './wide-marks.js';
import { resolvePronounSpeakers } from './pronoun-speaker.js';
import { mergeReported } from './merge.js';
import { caselessSpan } from '../text/caseless.js';
import { firstCovering } from '../span-index.js';

const MIN_WORDS = 4; // shorter quoted runs are scare quotes ("grand coalition"), not statements
const SPEAKER_REACH = 8; // tokens after a closing or before an opening quote where the speaker may be
const SPEAKER_REACH_BEFORE = 12; // before an opening quote the verb may also come first: says the deputy superintendent of police, “

interface Run extends Span { open: number; close: number } // token indices of the marks

/**
 * How a straight mark is used, from its spacing: glued to the word after it and not to the one
 * before, it opens (` "we`); glued to the one before and not after, it closes (`them." `); else unknown.
 */
function straightRole(doc: Doc, i: number, to: number): 'open' | 'close' | null {
  const gluedBefore = !tok(doc, i).spaceBefore && i > 0;
  const gluedAfter = i + 1 < to && !tok(doc, i + 1).spaceBefore;
  if (gluedAfter && !gluedBefore) return 'open';
  if (gluedBefore && !gluedAfter) return 'close';
  return null;
}

/**
 * Quoted runs inside one body paragraph: curly marks pair; straight ones alternate, except that
 * one whose spacing says it opens starts a new run and one that says it closes never opens one
 * (scraped text often drops a mark, and blind alternation would then pair every quote wrongly).
 */
function quotedRuns(doc: Doc, from: number, to: number): Run[] {
  const runs: Run[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const t = tok(doc, i).text;
    const role = isStraight(t) ? straightRole(doc, i, to) : null;
    if (open < 0 && isOpen(t)) {
      if (role !== 'close') open = i;
    } else if (open >= 0 && role === 'open') open = i;
    else if (open >= 0 && isClose(t)) {
      runs.push({ start: tok(doc, open).end, end: tok(doc, i).start, open, close: i });
      open = -1;
    }
  }
  return runs;
}

/** The token that holds character `offset` (or the first after it), clamped to [from, to). */
const tokenHolding = (doc: Doc, offset: number, from: number, to: number): number => Math.min(Math.max(firstTokenAtOrAfter(doc, offset), from), to - 1);

/**
 * Quoted runs between wide marks (wide-marks.ts: ‘‘ ’’ and mojibake such as â€œ): an open mark pairs
 * with the next close one. The marks' tokens stand in for `open`/`close`, so the speaker is looked for
 * around them as around a one-character mark.
 */
function wideRuns(doc: Doc, marks: readonly WideMark[], from: number, to: number): Run[] {
  const runs: Run[] = [];
  let open: WideMark | null = null;
  for (const m of marks) {
    if (m.role === 'open') open = m;
    else if (open) {
      runs.push({ start: open.end, end: m.start, open: tokenHolding(doc, open.start, from, to), close: tokenHolding(doc, m.end - 1, from, to) });
      open = null;
    }
  }
  return runs;
}

function actorAt(doc: Doc, i: number): ActorMention | null {
  const t = doc.tokens[i];
  if (!t) return null;
  return firstCovering(doc.actors, t.start, t.end) ?? null;
}

/** The speaker near a quote: `," X said` / `," said X` after it, or `X said: "` / `X told reporters, "` before it. */
function findSpeaker(doc: Doc, run: Run, from: number, to: number, marks: readonly Span[]): Pick<Quote, 'speaker' | 'speakerText' | 'cue'> {
  const none = { speaker: null, speakerText: null, cue: null };
  const verbAt = (i: number) => SPEECH_VERBS.has(doc.tokens[i]?.norm ?? '');
  const party = (i: number) => {
    const t = tok(doc, i);
    // a piece of a wide mark ("â" of â€œ) is no speaker
    if (overlapsAny(marks, t.start, t.end)) return null;
    const a = actorAt(doc, i);
    if (a) return { speaker: actorRef(a), speakerText: a.text };
    return t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN' ? { speaker: null, speakerText: t.text } : null;
  };
  // After: ,” X said / ,” said X / ,” X told reporters. A quote that closes on a full stop ended its
  // sentence: the "he said" after it introduces the next quote, not this one.
  const closedSentence = run.close > run.open + 1 && tok(doc, run.close - 1).norm === '.';
  for (let i = run.close + 1; !closedSentence && i < Math.min(to, run.close + SPEAKER_REACH); i++) {
    if (!verbAt(i)) continue;
    // "X quoted Y as saying": Y spoke, X only reported it
    if (tok(doc, i).norm === 'quoted') {
      for (let k = i + 1; k < Math.min(to, i + 6); k++) {
        if (tok(doc, k).norm === 'as') break;
        const a = actorAt(doc, k);
        if (a) return { speaker: actorRef(a), speakerText: a.text, cue: span(doc, i) };
      }
    }
    for (let k = i - 1; k > run.close; k--) { const p = party(k); if (p) return { ...p, cue: span(doc, i) }; }
    // after the verb a bare noun is not a speaker ("said Tuesday"), an actor is ("said a senior police official")
    for (let k = i + 1; k < Math.min(to, i + 5); k++) {
      const p = party(k);
      if (!p) continue;
      // says K G Erda, senior police inspector: a name no dictionary knows takes its apposed role
      const role = p.speaker ? null : apposedRole(doc, k, to);
      if (role) return { speaker: actorRef(role), speakerText: role.text, cue: span(doc, i) };
      if (p.speaker || tok(doc, k).pos !== 'NOUN') return { ...p, cue: span(doc, i) };
    }
  }
  // Before: X said: “ / X said that “ / X told reporters, “ / X quoted Y as saying “
  for (let i = run.open - 1; i >= Math.max(from, run.open - SPEAKER_REACH_BEFORE); i--) {
    if (!verbAt(i)) continue;
    const asSaying = tok(doc, i).norm === 'saying' && doc.tokens[i - 1]?.norm === 'as';
    // the sentence before says nothing of who speaks here
    const sentStart = doc.sentences[sentenceIndexOfToken(doc, i)]?.tokenStart ?? from;
    for (let k = asSaying ? i - 2 : i - 1; k >= Math.max(from, sentStart, i - 6); k--) {
      const p = party(k);
      if (p && (p.speaker || !asSaying)) return { ...p, cue: span(doc, i) };
    }
    // inverted: says X, “ / said the minister: “
    for (let k = i + 1; k < run.open; k++) { const a = actorAt(doc, k); if (a) return { speaker: actorRef(a), speakerText: a.text, cue: span(doc, i) }; }
  }
  return none;
}

const NAME_REACH = 5; // tokens of a person's name before the comma of its apposition
const NAME_POS_CASELESS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);
const ROLE_REACH = 4; // tokens after that comma where the role's mention may start ("the deputy superintendent")

/**
 * The role apposed to a name that starts at token k: `K G Erda, senior police inspector, ...` /
 * `Ravi Kumar, the superintendent of police`. The name is a run of proper nouns (initials with their
 * stops); the role is an actor mention right after the comma, only determiners and modifiers before it.
 */
function apposedRole(doc: Doc, k: number, to: number): ActorMention | null {
  // in a text without capitals a name is tagged as any content word
  const sentenceEnd = doc.sentences[sentenceIndexOfToken(doc, k)]?.tokenEnd ?? to;
  const caseless = caselessSpan(doc.tokens, k, Math.min(to, sentenceEnd), (t) => t.text);
  const namePart = (c: number) => { const t = tok(doc, c); return t.pos === 'PROPN' || t.norm === '.' || (caseless && NAME_POS_CASELESS.has(t.pos)); };
  let c = k;
  while (c < Math.min(to, k + NAME_REACH) && namePart(c)) c++;
  if (c === k || c >= to || tok(doc, c).norm !== ',') return null;
  for (let j = c + 1; j < Math.min(to, c + 1 + ROLE_REACH); j++) {
    const a = actorAt(doc, j);
    if (a) return a;
    if (!['DET', 'ADJ', 'NOUN'].includes(tok(doc, j).pos)) return null;
  }
  return null;
}

function span(doc: Doc, i: number): Span {
  return { start: tok(doc, i).start, end: tok(doc, i).end };
}

export function quotesStage(doc: Doc): Doc {
  const quotes: Quote[] = [];
  for (const p of doc.article.paragraphs) {
    const from = firstTokenAtOrAfter(doc, p.start);
    const to = firstTokenAtOrAfter(doc, p.end);
    const runs = quotedRuns(doc, from, to);
    const marks = wideMarks(doc.text, p.start, p.end);
    // wide marks only where the one-character marks found nothing
    for (const w of wideRuns(doc, marks, from, to)) if (!runs.some((r) => r.start < w.end && w.start < r.end)) runs.push(w);
    for (const run of runs) {
      const text = doc.text.slice(run.start, run.end).trim().replace(/[,;:]+$/, '');
      if (text.split(/\s+/).length < MIN_WORDS) continue;
      const start = doc.text.indexOf(text, run.start);
      quotes.push({ start, end: start + text.length, text, ...findSpeaker(doc, run, from, to, marks), kind: 'direct' });
    }
  }
  quotes.push(...mergeReported(quotes, reportedSpeech(doc, quotes)));
  doc.quotes = quotes.sort((a, b) => a.start - b.start);
  resolvePronounSpeakers(doc, doc.quotes);
  return doc;
}

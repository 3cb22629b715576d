// A Doc whose whole text is one body zone: for callers that bring clean text and want to
// run stages directly (scorers, tests), skipping intake's zoning.
import type { ActorMention, ActorRef, Doc, Span, Token } from './types.js';

export function bodyDoc(text: string, published: string | null = null, id = 'doc'): Doc {
  return {
    id, text,
    article: { id, url: null, source: null, title: null, subtitle: null, byline: null, credit: null, published,
      publishedFrom: published ? 'caller' : 'none', language: 'en', body: text, paragraphs: [{ start: 0, end: text.length }] },
    zones: [{ kind: 'body', start: 0, end: text.length }],
    tokens: [], sentences: [], mentions: [], actors: [], times: [], places: [], events: [], messages: [],
  };
}

/** Index of the first token that ends after `offset` (binary search): the token at or after it. */
export function firstTokenAtOrAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tok(doc, mid).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence holding token `k` (binary search over the sentences, which run in token order), or -1. */
export function sentenceIndexOfToken(doc: Pick<Doc, 'sentences'>, k: number): number {
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (s.tokenEnd <= k) lo = mid + 1;
    else if (s.tokenStart > k) hi = mid;
    else return mid;
  }
  return -1;
}

/** The reference an event or a quote keeps to the actor a mention resolved to. */
export function actorRef(m: ActorMention): ActorRef {
  return { start: m.start, end: m.end, actorId: m.actor.id, code: m.actor.code, sector: m.actor.sector, text: m.text };
}

/** The token at index i; a clear RangeError, not a TypeError on undefined, when i is out of range. */
export function tokenAt(tokens: readonly Token[], i: number): Token {
  const t = tokens[i];
  if (t === undefined) throw new RangeError(`token index ${i} out of range (0..${tokens.length - 1})`);
  return t;
}

/** The document's token at index i (see tokenAt). */
export function tok(doc: Pick<Doc, 'tokens'>, i: number): Token {
  return tokenAt(doc.tokens, i);
}

// The two helpers below are loops of their own, not closures in their callers' token loops: a
// closure over a loop's variables made V8 allocate a context for every token (issue 16).

/** Whether the tokens from i on are these words ("according to"). */
export function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) if (tokens[i + n]?.norm !== words[n]) return false;
  return true;
}

/** Whether any of the spans overlaps [start, end). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const p of spans) if (p.start < end && start < p.end) return true;
  return false;
}

/**
 * Coding is skipped for documents intake flagged as not English or with no body; the reason is
 * already a message. (Here rather than in pipeline.ts so the store-writing thread of a parallel
 * ingest can ask without loading the NLP stages and their dictionaries.)
 */
export function codable(doc: Doc): boolean {
  if (doc.article.body.trim() === '') return false;
  const lang = doc.article.language;
  return lang === null || lang === 'en';
}

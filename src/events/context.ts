// PLOVER contexts from keywords in the event's sentence (data/events/contexts.json).
import { loadJson } from '../data.js';
import type { Sentence, Token } from '../types.js';
import { tokenAt } from '../doc.js';

const raw = loadJson<Record<string, string[] | string>>('events', 'contexts.json');
const BY_WORD = new Map<string, string[]>();
for (const [ctx, words] of Object.entries(raw)) {
  if (!Array.isArray(words)) continue;
  for (const w of words) BY_WORD.set(w, [...(BY_WORD.get(w) ?? []), ctx]);
}

/** The first words of the two-word keys: a token starts no pair key unless its norm is one of them. */
const PAIR_FIRST = new Set([...BY_WORD.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

/** The last sentence's own keyword contexts: a sentence's events all read the same words (issue 16). */
let lastTokens: Token[] | null = null;
let lastSentence: Sentence | null = null;
let lastFound: readonly string[] = [];

/** The contexts the keywords of sentence s name (a pair key may take the next sentence's first word, as it always has). */
function sentenceContexts(tokens: Token[], s: Sentence): readonly string[] {
  if (tokens === lastTokens && s === lastSentence) return lastFound;
  const out = new Set<string>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokenAt(tokens, i);
    for (const c of BY_WORD.get(t.norm) ?? BY_WORD.get(t.lemma) ?? []) out.add(c);
    // the two-word key only after a word some key starts with: no string built per token
    if (!PAIR_FIRST.has(t.norm)) continue;
    const pair = BY_WORD.get(`${t.norm} ${tokens[i + 1]?.norm ?? ''}`);
    if (pair) for (const c of pair) out.add(c);
  }
  lastTokens = tokens;
  lastSentence = s;
  lastFound = [...out];
  return lastFound;
}

export function readContexts(tokens: Token[], s: Sentence, own: string[]): string[] {
  const out = new Set(own);
  for (const c of sentenceContexts(tokens, s)) out.add(c);
  return [...out].sort();
}

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

export function readContexts(tokens: Token[], s: Sentence, own: string[]): string[] {
  const out = new Set(own);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokenAt(tokens, i);
    for (const c of BY_WORD.get(t.norm) ?? BY_WORD.get(t.lemma) ?? []) out.add(c);
    const pair = BY_WORD.get(`${t.norm} ${tokens[i + 1]?.norm ?? ''}`);
    if (pair) for (const c of pair) out.add(c);
  }
  return [...out].sort();
}

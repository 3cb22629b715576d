// Idioms (data/events/idioms.json): phrases whose words look like an event trigger but are not one
// ("court arrest" is seeking arrest as a protest, "declined to comment" refuses nothing, "strike a
// deal" hits no one). A trigger whose head lies inside one is not proposed.
import { z } from 'zod';
import { loadJson } from '../data.js';
import type { Sentence, Token } from '../types.js';
import { compilePattern, type Slot } from './lexicon.js';
import { matchFrom } from './match.js';
import { tokenAt } from '../doc.js';
import { PARSE_ONCE } from '../parse-once.js';

const IdiomFile = z.object({
  _doc: z.string().optional(),
  idioms: z.array(z.object({ p: z.string().min(1), why: z.string().min(1), gap: z.number().int().min(0).max(6).optional() }).strict()).min(1),
}).strict();

interface Idiom { slots: Slot[] }

/** The idioms by their possible first words: a token is tried only against idioms that can start on it. */
let BY_FIRST: Map<string, Idiom[]> | null = null;

function load(): Map<string, Idiom[]> {
  const file = IdiomFile.parse(loadJson<unknown>('events', 'idioms.json'), PARSE_ONCE);
  const byFirst = new Map<string, Idiom[]>();
  for (const i of file.idioms) {
    const slots = compilePattern(i.p, i.gap ?? 2);
    const head = slots[0];
    if (!head || head.kind !== 'alt') throw new Error(`data/events/idioms.json: an idiom must start with a word: ${i.p}`);
    for (const w of head.byFirst.keys()) {
      const list = byFirst.get(w);
      if (list) list.push({ slots }); else byFirst.set(w, [{ slots }]);
    }
  }
  return byFirst;
}

/** Token indices of the sentence that lie inside an idiom. */
export function idiomTokens(tokens: Token[], s: Sentence): Set<number> {
  BY_FIRST ??= load();
  const out = new Set<number>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const idioms = BY_FIRST.get(tokenAt(tokens, i).norm);
    if (!idioms) continue;
    for (const idiom of idioms) {
      const end = matchFrom(tokens, idiom.slots, 0, i, s.tokenEnd, []);
      for (let k = i; k < end; k++) out.add(k);
    }
  }
  return out;
}

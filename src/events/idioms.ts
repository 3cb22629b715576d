// Idioms (data/events/idioms.json): phrases whose words look like an event trigger but are not one
// ("court arrest" is seeking arrest as a protest, "declined to comment" refuses nothing, "strike a
// deal" hits no one). A trigger whose head lies inside one is not proposed.
import { z } from 'zod';
import { loadJson } from '../data.js';
import type { Sentence, Token } from '../types.js';
import { compilePattern, type Slot } from './lexicon.js';
import { matchFrom } from './match.js';
import { tokenAt } from '../doc.js';

const IdiomFile = z.object({
  _doc: z.string().optional(),
  idioms: z.array(z.object({ p: z.string().min(1), why: z.string().min(1), gap: z.number().int().min(0).max(6).optional() }).strict()).min(1),
}).strict();

interface Idiom { slots: Slot[]; first: ReadonlySet<string> }

let IDIOMS: Idiom[] | null = null;

function load(): Idiom[] {
  const file = IdiomFile.parse(loadJson<unknown>('events', 'idioms.json'));
  return file.idioms.map((i) => {
    const slots = compilePattern(i.p, i.gap ?? 2);
    const head = slots[0];
    if (!head || head.kind !== 'alt') throw new Error(`data/events/idioms.json: an idiom must start with a word: ${i.p}`);
    return { slots, first: new Set(head.byFirst.keys()) };
  });
}

/** Token indices of the sentence that lie inside an idiom. */
export function idiomTokens(tokens: Token[], s: Sentence): Set<number> {
  IDIOMS ??= load();
  const out = new Set<number>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    for (const idiom of IDIOMS) {
      if (!idiom.first.has(tokenAt(tokens, i).norm)) continue;
      const end = matchFrom(tokens, idiom.slots, 0, i, s.tokenEnd, []);
      for (let k = i; k < end; k++) out.add(k);
    }
  }
  return out;
}

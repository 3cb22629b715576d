// Parsers propose: lexicon matches that are used as verbs (or are event nouns), outside
// quotations, with the longest match winning where two overlap.
import type { Doc, Sentence } from '../types.js';
import { findTriggers, type TriggerMatch } from './match.js';
import { usedAsVerb } from './verbcheck.js';
import { ploverInfo } from './codes.js';
import type { PloverType } from '../types.js';

const ploverQuad = (t: PloverType): number => ploverInfo(t).quad;
import { hasParty, type DocView } from './view.js';

export interface Candidate extends TriggerMatch {
  head: number;
}

function specificity(m: TriggerMatch): number {
  const words = m.pattern.slots.filter((s) => s.kind === 'alt').length;
  return words * 100 + (m.end - m.start);
}


function inTime(doc: Doc, offset: number): boolean {
  return doc.times.some((t) => t.start <= offset && offset < t.end);
}

export function propose(doc: Doc, view: DocView, s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (const m of findTriggers(doc.tokens, s)) {
    const head = m.verbs[0] ?? m.start;
    if (view.quoted[head]) continue; // quoted speech is a statement, not the reporter's event
    if (view.actorAt[head]! >= 0 || inTime(doc, doc.tokens[head]!.start)) continue; // "United States", "March 5" are not verbs
    const frame = m.pattern.entry.frame;
    const afterActor = head > s.tokenStart && view.actorAt[head - 1]! >= 0;
    if (frame !== 'noun' && frame !== 'noun-possessor' && !usedAsVerb(doc, s, head, hasParty(view, s.tokenStart, head), afterActor)) continue;
    out.push({ ...m, head });
  }
  // Refiners decide: the most specific of overlapping matches wins.
  out.sort((a, b) => specificity(b) - specificity(a) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of out) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  // "called for sanctions against Nigeria": an event noun that is the object of a verbal event is its content.
  return kept.filter((c, i) => {
    const prev = kept[i - 1];
    const nominal = c.pattern.entry.frame === 'noun' || c.pattern.entry.frame === 'noun-possessor';
    const verbalPrev = prev && ploverQuad(prev.pattern.entry.type) % 2 === 1 && prev.pattern.entry.frame !== 'noun';
    return !(nominal && verbalPrev && c.start - prev.end <= 3);
  });
}

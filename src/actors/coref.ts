// Pronoun coreference: he/she/his/her/him -> the most recent named person before it in the
// same sentence, else the subject (first person mention) of the previous sentence. A
// possessive in a fronted phrase ("Following his meeting ..., Obama said") looks ahead.
import type { ActorMention } from '../types.js';
import type { Unit } from './trie.js';
import { at } from '../at.js';
import { unitAt } from './trie.js';
import { WORDS } from './words.js';

/** An actor mention while the stage builds it, with what coreference needs. */
export interface Built {
  m: ActorMention;
  /** Unit range. */
  from: number;
  to: number;
  sent: number;
  person: boolean;
  gender: 'm' | 'f' | null;
  /** Lower-case title held ("president"), for "the French president". */
  title: string | null;
  /** Matched by a short alias (a surname). */
  short?: boolean;
  /** A role phrase naming an office ("France's ambassador"), which a following name can take. */
  roleTitle?: boolean;
}

// pronoun -> gender and whether it stands before a noun (data/actors/word-classes.json); a Map, as
// it is looked up with words of the text ("constructor" must find nothing)
type Pronoun = { gender: 'm' | 'f'; possessive: boolean };
const CAPITALISED = /^\p{Lu}/u;
const PRONOUNS: ReadonlyMap<string, Pronoun> = new Map<string, Pronoun>([
  ...[...WORDS.malePronouns].map((w): [string, Pronoun] => [w, { gender: 'm', possessive: WORDS.possessivePronouns.has(w) }]),
  ...[...WORDS.femalePronouns].map((w): [string, Pronoun] => [w, { gender: 'f', possessive: WORDS.possessivePronouns.has(w) }]),
]);

export function resolvePronouns(built: Built[], units: readonly Unit[]): Built[] {
  // people by sentence, in text order
  const bySent = new Map<number, Built[]>();
  for (const b of built) if (b.person) (bySent.get(b.sent) ?? bySent.set(b.sent, []).get(b.sent)!).push(b);
  for (const l of bySent.values()) l.sort((a, b) => a.from - b.from);
  const inSent = (s: number): Built[] => bySent.get(s) ?? [];
  const out = [...built];
  const indexOf = new Map(built.map((b, i) => [b, i]));
  const root = (b: Built): number => {
    const i = indexOf.get(b)!;
    return b.m.via === 'coref' && b.m.antecedent !== undefined ? b.m.antecedent : i;
  };
  const fits = (b: Built, g: 'm' | 'f'): boolean => b.gender === null || b.gender === g;
  // "Orvald Prinze said he had flown": a name no dictionary knows, subject of a verb, is a person
  // the pronoun may stand for; an earlier known person is then no safe antecedent (left unresolved)
  const covered = new Uint8Array(units.length);
  for (const b of built) for (let k = b.from; k < b.to && k < units.length; k++) covered[k] = 1;
  const unknownSubjectAt = (k: number): boolean => {
    const u = unitAt(units, k);
    if (u.pos !== 'PROPN' || covered[k] || !CAPITALISED.test(u.text)) return false;
    const next = k + 1 < units.length ? unitAt(units, k + 1) : null;
    if (next === null || next.sent !== u.sent || next.pos !== 'VERB') return false;
    // a name opens its clause; after a preposition it is a date or a place ("on Tuesday said")
    let first = k;
    while (first > 0 && unitAt(units, first - 1).sent === u.sent && unitAt(units, first - 1).pos === 'PROPN' && !covered[first - 1]) first--;
    return first === 0 || unitAt(units, first - 1).sent !== u.sent || unitAt(units, first - 1).pos !== 'ADP';
  };
  /** The last unit before `to` in sentence `sent`, from `from` on, that is such a name; -1 if none. */
  const unknownSubjectBefore = (sent: number, from: number, to: number): number => {
    for (let k = to - 1; k >= from && unitAt(units, k).sent === sent; k--) if (unknownSubjectAt(k)) return k;
    return -1;
  };
  const inPP = (b: Built): boolean => b.from > 0 && unitAt(units, b.from - 1).sent === b.sent && unitAt(units, b.from - 1).pos === 'ADP';
  // the person opens an attribution ("according to X"): the source of the report, not its subject
  const citedSource = (b: Built): boolean => b.from > 1 && unitAt(units, b.from - 2).sent === b.sent && WORDS.attributionHeads.has(unitAt(units, b.from - 2).norm) && unitAt(units, b.from - 1).pos === 'ADP';
  // one pronoun at a time in its own function: the closures below read k, and a closure over the
  // loop's variables made V8 allocate a context for every unit of the story (issue 16)
  const resolve = (k: number, u: Unit, p: { gender: 'm' | 'f'; possessive: boolean }): void => {
    const sent = u.sent;
    let ante: Built | undefined;
    // same sentence: the latest person not inside a prepositional phrase ("against Syrian President X"), else the latest
    // that is not the source the sentence cites ("according to the DCP, she had stolen twice")
    const before = inSent(sent).filter((b) => b.to <= k && fits(b, p.gender));
    const free = before.filter((b) => !inPP(b));
    if (free.length) ante = free[free.length - 1];
    else if (before.length && !citedSource(at(before, before.length - 1))) ante = before[before.length - 1];
    if (!ante && p.possessive) {
      // cataphora: "Following his meeting with X, Obama said"
      let c = k + 1;
      while (c < units.length && unitAt(units, c).sent === sent && unitAt(units, c).norm !== ',') c++;
      const after = inSent(sent).find((b) => b.from === c + 1 && fits(b, p.gender));
      if (after) ante = after;
    }
    // a name no dictionary knows stands between the antecedent found and the pronoun
    if (unknownSubjectBefore(sent, ante && ante.sent === sent ? ante.to : 0, k) >= 0) return;
    if (!ante) {
      const prev = inSent(sent - 1).filter((b) => fits(b, p.gender));
      // the subject: the first person not inside a prepositional phrase
      ante = prev.find((b) => !inPP(b)) ?? prev[0];
      // ... or opens the previous sentence before it
      if (ante && ante.from > 0 && unknownSubjectBefore(sent - 1, 0, ante.from) >= 0) return;
    }
    if (!ante) return;
    const m: ActorMention = { start: u.start, end: u.end, text: u.text, actor: ante.m.actor, via: 'coref', antecedent: root(ante) };
    const b: Built = { m, from: k, to: k + 1, sent, person: true, gender: ante.gender, title: ante.title };
    out.push(b);
    indexOf.set(b, out.length - 1);
    // a resolved pronoun carries the chain to the next sentence ("He ... He ...")
    const list = bySent.get(sent) ?? bySent.set(sent, []).get(sent)!;
    let pos = list.length;
    while (pos > 0 && at(list, pos - 1).from > k) pos--;
    list.splice(pos, 0, b);
  };
  for (let k = 0; k < units.length; k++) {
    const u = unitAt(units, k);
    // the tag first: a keyed read of a fresh string on every unit cost more than the whole check
    if (u.pos !== 'PRON' && u.pos !== 'DET') continue;
    const p = PRONOUNS.get(u.norm);
    if (p) resolve(k, u, p);
  }
  return out;
}

// "charged Trump's former campaign manager", "arrested Putin's former bodyguard": a party named as
// the possessor of a person or group acted on is not the one acted on (issue 15: "Trump's former
// campaign manager was charged" does not make Trump the recipient). The possessed phrase is, kept with
// its words and the possessor's country (PLOVER's coders code "X's Y" with X's country), its sector
// left for the analyst. When the possessed is a thing ("rejected the administration's request",
// "criticized Trump's decision") the possessor stays the party acted on. Which nouns name people or
// groups comes from WordNet (data/events/vendor/wordnet-party-nouns.json).
import type { ActorRef, Sentence } from '../types.js';
import type { DocView } from './view.js';
import type { Party } from './participants.js';
import { unnamedAfter } from './unnamed.js';
import { WORDS as ACTOR_WORDS } from '../actors/words.js';
import { normUnit } from '../actors/trie.js';
import { partyNoun } from './party-nouns.js';
import { int32At } from '../at.js';

/**
 * Whether the phrase from token `from` to text offset `end` names people: its last common noun does
 * ("former campaign manager Paul Manafort": manager), or, with none, it is a name ("Paul Manafort").
 */
function namesParty(view: DocView, from: number, end: number): boolean {
  let noun: { norm: string; lemma: string } | null = null;
  let name = false;
  for (let j = from; j < view.doc.tokens.length && view.doc.tokens[j]!.end <= end; j++) {
    const t = view.doc.tokens[j]!;
    if (t.pos === 'NOUN') noun = t;
    name = t.pos === 'PROPN';
  }
  return noun ? partyNoun(noun) : name;
}

/** Possessed phrases found here: never the acting state's own organ (code-candidate.ts), whatever their country. */
export const POSSESSED_REFS = new WeakSet<ActorRef>();

/**
 * The possessed phrase after the actor mention `idx` as the party acted on, when a possessive ending
 * follows the mention (or the mention is a person's name modifying the noun after it) and the phrase
 * names people; else 'none'. `refOf` gives the mention's
 * reference, asked for only then (the recipient search passes its own toRef).
 */
export function possessedParty(view: DocView, s: Sentence, idx: number, refOf: (view: DocView, idx: number) => ActorRef): Party | 'none' {
  const k = int32At(view.actorLastToken, idx) + 1;
  if (k >= s.tokenEnd) return 'none';
  // "Trump’s": the curly apostrophe read as the straight one, as the actors stage reads it
  const possessive = ACTOR_WORDS.possessive.has(normUnit(view.doc.tokens[k]?.norm ?? ''));
  // "four Trump associates": a person's name used as a modifier of people is their possessor too
  const compound = !possessive && view.actorType[idx] === 'PER' && view.doc.tokens[k]?.pos === 'NOUN';
  if (!possessive && !compound) return 'none';
  const from = possessive ? k + 1 : k;
  // "the party's Senate candidate", "North Korea's nuclear and missile programs": a possessed phrase
  // that holds a name of its own or is no plain noun phrase is left as it was read, by its possessor
  if (from >= s.tokenEnd) return 'none';
  const next = int32At(view.actorAt, from);
  // "Evo Morales supporters": a role the actors stage read on its own is the party, not the name before it
  if (compound && next >= 0 && view.doc.actors[next]?.via === 'generic') return { refs: [refOf(view, next)], token: from };
  if (next >= 0) return 'none';
  const np = unnamedAfter(view, s, from);
  if (!np) return 'none';
  const owned = np.refs[0]!;
  if (!namesParty(view, from, owned.end)) return 'none';
  const possessor = refOf(view, idx);
  const text = view.doc.text.slice(possessor.start, owned.end);
  const ref: ActorRef = { start: possessor.start, end: owned.end, actorId: `unresolved:${text.toLowerCase()}`, code: possessor.code, sector: null, text };
  POSSESSED_REFS.add(ref);
  return { refs: [ref], token: int32At(view.actorFirstToken, idx) };
}

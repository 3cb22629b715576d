// Nouns that name people or groups of people (WordNet 3.1's noun.person and noun.group, converted by
// scripts/vendor/import-wordnet-nouns.ts into data/events/vendor/wordnet-party-nouns.json): "the man",
// "a bodyguard", "the team" are parties even when no actor dictionary knows them.
import { loadWordSets } from '../data.js';

let NOUNS: ReadonlySet<string> | null = null; // read on first use: most sentences never ask

/** Whether a token names people or a group of them (by its lemma, or the word itself). */
export function partyNoun(t: { norm: string; lemma: string }): boolean {
  NOUNS ??= loadWordSets(['nouns'], 'events', 'vendor', 'wordnet-party-nouns.json').nouns;
  return NOUNS.has(t.lemma) || NOUNS.has(t.norm);
}

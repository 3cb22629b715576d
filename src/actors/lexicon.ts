// The one token trie over every name the actors stage knows: people, organisations,
// countries/capitals/demonyms and role words. Filled at module load from the precompiled index
// (lexicon-index.ts); each branch is built on the first match that starts with its first word.
import type { OrgEntry, PersonEntry } from './dictionary.js';
import type { PlaceName } from './countries.js';
import type { RoleEntry } from './roles.js';
import { builtInItems, loadIndex, type IndexItem } from './lexicon-index.js';
import { TokenTrie } from './trie.js';
import { at } from '../at.js';

export type Target =
  | { kind: 'person'; person: PersonEntry; /** matched by a part of the name (a surname) */ short: boolean }
  | { kind: 'org'; org: OrgEntry }
  | { kind: 'place'; place: PlaceName; name: string }
  | { kind: 'role'; role: RoleEntry };

export function priority(t: Target): number {
  switch (t.kind) {
    case 'person':
    case 'org':
      return 4;
    case 'place':
      return t.place.kind === 'demonym' || t.place.kind === 'region' ? 2 : 3;
    case 'role':
      return 1;
  }
}

/** The built-in names; filled once below and never changed (users' actors are an overlay: knowledge.ts). */
export const TRIE = new TokenTrie<Target>();

/** A person target whose entry is parsed when a match first reads it (people.ts). */
class PersonTarget {
  readonly kind = 'person';
  readonly #item: IndexItem & { kind: 'person' };
  constructor(item: IndexItem & { kind: 'person' }, readonly short: boolean) {
    this.#item = item;
  }
  get person(): PersonEntry {
    return this.#item.person;
  }
}

function target(it: IndexItem, short: boolean): Target {
  switch (it.kind) {
    case 'person':
      return new PersonTarget(it, short);
    case 'org':
      return { kind: 'org', org: it.org };
    case 'place':
      return { kind: 'place', place: it.place, name: it.alias };
    case 'role':
      return { kind: 'role', role: it.role };
  }
}

/** Where the built-in names' index came from at load: the precompiled file, or computed because it was missing or stale. */
export let INDEX_FROM: 'file' | 'missing' | 'stale' = 'file';

(function build(): void {
  const items = builtInItems();
  const { index, from } = loadIndex(items);
  INDEX_FROM = from;
  const short = new Set(index.short);
  items.forEach((it, i) => {
    const k = at(index.first, i);
    if (k >= 0) TRIE.addLazy(at(index.keys, k), it.alias, target(it, short.has(i)), it.kind !== 'role');
  });
})();

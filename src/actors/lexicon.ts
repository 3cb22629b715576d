// The one token trie over every name the actors stage knows: people, organisations,
// countries/capitals/demonyms and role words. Built once at module load.
import { ORGS, PEOPLE, type OrgEntry, type PersonEntry } from './dictionary.js';
import { PLACE_NAMES, type PlaceName } from './countries.js';
import { ROLES, type RoleEntry } from './roles.js';
import { TokenTrie, aliasUnits } from './trie.js';

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

export const TRIE = new TokenTrie<Target>();

/** Put a person's name and aliases into the trie (only `names` when given: the new ones of an update). */
export function indexPerson(p: PersonEntry, names: Iterable<string> = [p.name, ...(p.aliases ?? [])]): void {
  const full = aliasUnits(p.name).length;
  for (const a of new Set(names)) TRIE.add(a, { kind: 'person', person: p, short: aliasUnits(a).length < full });
}

export function indexOrg(o: OrgEntry, names: Iterable<string> = [o.name, ...(o.aliases ?? [])]): void {
  for (const a of new Set(names)) TRIE.add(a, { kind: 'org', org: o });
}

(function build(): void {
  for (const p of PEOPLE) indexPerson(p);
  for (const o of ORGS) indexOrg(o);
  for (const [name, place] of PLACE_NAMES) TRIE.add(name, { kind: 'place', place, name });
  for (const r of ROLES) for (const w of r.words) TRIE.add(w, { kind: 'role', role: r }, false);
})();

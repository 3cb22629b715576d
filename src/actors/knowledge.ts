// What the actors stage knows, owned by a pipeline. The built-in names (one trie, loaded once and
// never changed afterwards) are shared by every pipeline; a pipeline made with users' actor files
// gets its own overlay of their entries on top, so two pipelines in one process can know
// different actors and neither changes the other (the way a spaCy Language owns its vocab).
import type { OrgEntry, PersonEntry } from './dictionary.js';
import { TRIE, type Target } from './lexicon.js';
import { TokenTrie, aliasUnits, type TrieMatch, type Unit } from './trie.js';

export interface ActorKnowledge {
  /** The users' actor files this knowledge was made with (empty: built-in only). */
  readonly files: readonly string[];
  /** Longest name match at unit i; on equal length the users' entries win. */
  /** `caseless`: the sentence has no capitals (trie.ts matchAt). */
  matchAt(units: readonly Unit[], i: number, caseless?: boolean): TrieMatch<Target> | null;
}

/** The built-in dictionary, countries, capitals, demonyms and role words. */
export const BUILT_IN: ActorKnowledge = { files: [], matchAt: (units, i, caseless) => TRIE.matchAt(units, i, caseless) };

/** Users' entries in the format of data/actors/people.json and organizations.json. */
export interface UserActors {
  people: PersonEntry[];
  organizations: OrgEntry[];
}

/**
 * `base` with `actors` laid over it. An entry whose id the base already has replaces that entry:
 * its fields are the user's, and the old entry's names still find it (now as the user's entry).
 */
export function withActors(base: ActorKnowledge, actors: UserActors, files: readonly string[]): ActorKnowledge {
  const overlay = new TokenTrie<Target>();
  const people = new Map<string, PersonEntry>();
  const orgs = new Map<string, OrgEntry>();
  for (const p of actors.people) {
    people.set(p.id, p);
    const full = aliasUnits(p.name).length;
    for (const a of new Set([p.name, ...(p.aliases ?? [])])) overlay.add(a, { kind: 'person', person: p, short: aliasUnits(a).length < full });
  }
  for (const o of actors.organizations) {
    orgs.set(o.id, o);
    for (const a of new Set([o.name, ...(o.aliases ?? [])])) overlay.add(a, { kind: 'org', org: o });
  }
  // A base hit on an entry the user replaced points at the user's entry.
  const replace = (t: Target): Target => {
    if (t.kind === 'person') { const p = people.get(t.person.id); return p ? { ...t, person: p } : t; }
    if (t.kind === 'org') { const o = orgs.get(t.org.id); return o ? { ...t, org: o } : t; }
    return t;
  };
  return {
    files: [...base.files, ...files],
    matchAt(units, i, caseless) {
      const own = overlay.matchAt(units, i, caseless);
      const inherited = base.matchAt(units, i, caseless);
      if (!inherited) return own;
      if (own && own.to >= inherited.to) return own;
      return people.size + orgs.size === 0 ? inherited : { ...inherited, values: inherited.values.map(replace) };
    },
  };
}

// The dictionary of named actors: people with dated roles (data/actors/people.json) and
// organisations (data/actors/organizations.json). See data/actors/README.md.
import type { Actor, Sector } from '../types.js';
import { loadJson } from '../data.js';
import { at } from '../at.js';
import { loadPeople, type People } from './people.js';

export interface PersonRole {
  code: string;
  sector: Sector;
  title: string;
  /** YYYY-MM-DD, inclusive; missing means open. */
  start?: string;
  end?: string;
}

export interface PersonEntry {
  id: string;
  name: string;
  aliases?: string[];
  wikidata?: string;
  gender?: 'm' | 'f';
  roles: PersonRole[];
}

export interface OrgEntry {
  id: string;
  name: string;
  aliases?: string[];
  code: string;
  sector: Sector | null;
  wikidata?: string;
  /** igo, armed, legislature, military, police, party, media, ngo, government, company, judiciary, intelligence, religious */
  kind: string;
}

/**
 * entente's own people, then those converted from the Phoenix dictionary (data/actors/vendor, see
 * its SOURCE.json); the importer leaves out anyone the own file names, so own entries win. Each
 * entry is parsed on first use (people.ts).
 */
export const PEOPLE: People = loadPeople();
export const ORGS: OrgEntry[] = loadJson<{ organizations: OrgEntry[] }>('actors', 'organizations.json').organizations;

/** The role in force on `date` (YYYY-MM-DD...); see README for the rule when none is. */
export function roleOn(p: PersonEntry, date: string | null): { role: PersonRole | null; former: boolean } {
  const roles = [...p.roles].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  if (roles.length === 0) return { role: null, former: false };
  if (!date) return { role: at(roles, roles.length - 1), former: false };
  const d = date.slice(0, 10);
  // latest-starting role in force wins (a minister who becomes president the same year)
  let cur: PersonRole | null = null;
  for (const r of roles) if ((r.start ?? '') <= d && (!r.end || d <= r.end)) cur = r;
  if (cur) return { role: cur, former: false };
  const before = roles.filter((r) => r.end && r.end < d);
  if (before.length) return { role: at(before, before.length - 1), former: true };
  return { role: at(roles, 0), former: false };
}

export function personActor(p: PersonEntry, date: string | null): Actor {
  const { role, former } = roleOn(p, date);
  return {
    id: p.id,
    name: p.name,
    code: role?.code ?? null,
    // before the first role: the country is known, the sector is not; after the last: an ex-office-holder (ELI)
    sector: role ? (former ? 'ELI' : date && role.start && date.slice(0, 10) < role.start ? null : role.sector) : null,
    wikidata: p.wikidata ?? null,
  };
}

export function orgActor(o: OrgEntry): Actor {
  return { id: o.id, name: o.name, code: o.code, sector: o.sector, wikidata: o.wikidata ?? null };
}

/** The title held on `date`, lower-cased ("president"), for matching "the French president". */
export function titleOn(p: PersonEntry, date: string | null): string {
  return (roleOn(p, date).role?.title ?? '').toLowerCase();
}

// Role words and titles (data/actors/roles.json): "President", "troops", "authorities" -> a sector.
import type { Sector } from '../types.js';
import { loadJson } from '../data.js';
import { WORDS } from './words.js';

export interface RoleEntry {
  key: string;
  sector: Sector;
  /** May stand before a personal name ("President Barack Obama"). */
  title: boolean;
  /** Names one office holder: "the French president" may refer back to a named person. */
  person?: boolean;
  /** A plural agent that "these/those X" may refer back to ("these terrorists"). */
  group?: boolean;
  words: string[];
}

/** entente's own role words, then the generic agents converted from Phoenix (own words were left out of those). */
export const ROLES: RoleEntry[] = [
  ...loadJson<{ roles: RoleEntry[] }>('actors', 'roles.json').roles,
  ...loadJson<{ roles: RoleEntry[] }>('actors', 'vendor', 'agents.json').roles,
];

/** Adjectives that make a role non-national: no country is guessed for "international leaders". */
export const NON_NATIONAL = WORDS.nonNational;

/** The words of roles that name one office holder ("minister", "foreign minister", "president"). */
const PERSON_ROLE_WORDS: ReadonlySet<string> = new Set(ROLES.filter((r) => r.person === true).flatMap((r) => r.words.map((w) => w.toLowerCase())));

/** "Iran's foreign minister": a role phrase ending on one office holder's title names a person ("he" may refer back to it). */
export function namesOfficeHolder(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return PERSON_ROLE_WORDS.has(words.slice(-2).join(' ')) || PERSON_ROLE_WORDS.has(words[words.length - 1] ?? '');
}

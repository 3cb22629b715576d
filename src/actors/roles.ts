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

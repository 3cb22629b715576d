// Which graph node or dyad side a participant stands for. One rule, used by relations and blocs alike.
import { z } from 'zod';
import { loadJson } from '../data.js';
import type { StoredParticipant } from '../store/types.js';
import { PARSE_ONCE } from '../parse-once.js';

/**
 * - 'code': the country/non-state code alone (FRA, RUS, IMG).
 * - 'code-sector': code plus sector when known (FRA-GOV, RUS-MIL, RUS).
 * - 'split': the default for blocs. A country's government, army, police, people and press are one
 *   node (FRA); the sectors that stand against the state (REB, OPP, UAF) are their own node
 *   (RUS-REB), since their alignment is usually the reverse of their government's. Category codes
 *   that lump many organisations together (IMG, IGO, NGO, MNC, ISM) are split by the dictionary
 *   actor (IMG:isil) when the actor is a named one, so ISIL and another armed group stay apart.
 */
export type KeyMode = 'code' | 'code-sector' | 'split';

export const KEY_MODES: readonly KeyMode[] = ['code', 'code-sector', 'split'];

const NodeRules = z.object({ ownNodeSectors: z.array(z.string()), categoryCodes: z.array(z.string()) });
const RULES = NodeRules.parse(loadJson('analysis', 'nodes.json'), PARSE_ONCE);
/** Sectors that stand against their own state get a node of their own (data/analysis/nodes.json). */
const DISSIDENT_SECTORS = new Set(RULES.ownNodeSectors);
/** Non-state codes that name a kind of organisation, not one organisation. */
const CATEGORY_CODES = new Set(RULES.categoryCodes);

/** The node key of a participant, or null when it has no code (nothing to place it by). */
export function participantKey(p: Pick<StoredParticipant, 'code' | 'sector' | 'actor_id'>, mode: KeyMode = 'split'): string | null {
  const code = p.code?.toUpperCase();
  if (!code) return null;
  if (mode === 'code') return code;
  if (mode === 'code-sector') return p.sector ? `${code}-${p.sector}` : code;
  if (CATEGORY_CODES.has(code)) return namedActor(p.actor_id, code) ? `${code}:${p.actor_id}` : code;
  return p.sector && DISSIDENT_SECTORS.has(p.sector) ? `${code}-${p.sector}` : code;
}

/** Generic actor ids are "<CODE>" or "<CODE>-<SECTOR>" (see types.ts Actor.id); anything else is a dictionary entry. */
function namedActor(actorId: string, code: string): boolean {
  return actorId !== '' && actorId.toUpperCase() !== code && !actorId.toUpperCase().startsWith(`${code}-`);
}

/** The distinct keys of a participant list, in order. */
export function partyKeys(list: readonly StoredParticipant[], mode: KeyMode): string[] {
  const out: string[] = [];
  for (const p of list) {
    const k = participantKey(p, mode);
    if (k && !out.includes(k)) out.push(k);
  }
  return out;
}

// CAMEO event code -> PLOVER type. The code-level table (CAMEO2PLOVER-2021.txt) is read from
// ../shared at run time; the root mapping of the PLOVER manual is the fallback. The table is
// finer than the roots: 0813/0814 are RETREAT although 081 is CONCEDE, so look up the longest prefix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLOVER_TYPES, type PloverType } from '../../src/types.js';

export type CameoTable = ReadonlyMap<string, PloverType>;

const isPlover = (s: string): s is PloverType => (PLOVER_TYPES as readonly string[]).includes(s);

/** Parse lines like `0312: AGREE,  ,   military # ...` and `08: CONCEDE`. The first entry for a code wins. */
export function parseCameoTable(text: string): CameoTable {
  const table = new Map<string, PloverType>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([A-Z]+)/.exec(line);
    if (!m || !isPlover(m[2]!)) continue;
    if (!table.has(m[1]!)) table.set(m[1]!, m[2] as PloverType);
  }
  return table;
}

export function loadCameoTable(sharedDir: string): CameoTable {
  return parseCameoTable(readFileSync(join(sharedDir, 'eval/plover-gsr/CAMEO2PLOVER-2021.txt'), 'utf8'));
}

/** The manual's root mapping. 01 (statements) and 02 (appeals) have no PLOVER type: null. */
export function ploverFromCameoRoot(code: string): PloverType | null {
  const root = code.slice(0, 2);
  if (root === '08') return code.length >= 3 && code[2]! >= '4' ? 'RETREAT' : 'CONCEDE';
  const roots: Record<string, PloverType> = {
    '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID',
    '09': 'ACCUSE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN',
    '14': 'PROTEST', '15': 'MOBILIZE', '16': 'SANCTION', '17': 'COERCE',
    '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT',
  };
  return roots[root] ?? null;
}

/** Longest table prefix of the code, else the root mapping. */
export function ploverFromCameo(code: string, table?: CameoTable): PloverType | null {
  if (table) {
    for (let n = code.length; n >= 2; n--) {
      const hit = table.get(code.slice(0, n));
      if (hit) return hit;
    }
  }
  return ploverFromCameoRoot(code);
}

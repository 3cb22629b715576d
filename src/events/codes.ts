// CAMEO, Goldstein, quad class and PLOVER score for a coded event, from data files.
import { loadJson } from '../data.js';
import type { PloverType } from '../types.js';

interface PloverInfo { quad: 1 | 2 | 3 | 4; score: number; modes?: Record<string, number>; needsRecipient?: boolean }
const PLOVER = loadJson<Record<string, PloverInfo>>('events', 'plover.json');
const CAMEO = loadJson<Record<string, { label: string; goldstein: number }>>('events', 'cameo.json');

export function ploverInfo(type: PloverType): PloverInfo {
  const info = PLOVER[type];
  if (!info) throw new Error(`plover.json has no entry for ${type}`);
  return info;
}

export function ploverScore(type: PloverType, mode: string | null): number {
  const info = ploverInfo(type);
  return (mode ? info.modes?.[mode] : undefined) ?? info.score;
}

/** Goldstein weight of a CAMEO code, falling back to its parent codes. */
export function goldstein(cameo: string): number {
  for (let c = cameo; c.length >= 2; c = c.slice(0, -1)) {
    const hit = CAMEO[c] ?? CAMEO[c.padEnd(3, '0')];
    if (hit) return hit.goldstein;
  }
  return 0;
}

/**
 * GDELT's QuadClass of a CAMEO code, from its root: 01-05 verbal cooperation, 06-08 material
 * cooperation, 09-13 verbal conflict, 14-20 material conflict. It follows the matched pattern, so
 * an appeal (02x) coded REQUEST is cooperative while a demand (10x) is conflict.
 */
export function quadOfCameo(cameo: string, fallback: 1 | 2 | 3 | 4): 1 | 2 | 3 | 4 {
  const root = Number(cameo.slice(0, 2));
  if (!Number.isInteger(root) || root < 1 || root > 20) return fallback;
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

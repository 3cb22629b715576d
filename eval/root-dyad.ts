// Root+dyad F1 for CAMEO-coded gold (PETR-2): a system event is right when its CAMEO root (first two
// digits of `cameo`) equals a gold coding's root of the same sentence and both its source and target
// codes agree with that coding's (codesOk: same equivalences, empty gold wants empty system).
//   precision = system events that match some gold coding of their sentence / system events, over the
//               sentences that can be judged (a gold coding with a PLOVER root, or marked noevents);
//   recall    = gold codings with a PLOVER root (not CAMEO 01/02) matched by some system event / those codings.
// Not one-to-one, like the other event metrics: one compound event (USA+RUS -> CHE) can match two codings.
// CAMEO 01/02 codings are out of the recall denominator (PLOVER has no such types and the engine never
// emits them); a sentence coded only 01/02 is left out of precision, as in the `precision` metric.
import { codesOk, type Judged, type SysEvent } from './score-events.js';
import type { GoldEvent } from './gold/types.js';

export interface RootDyadScores {
  precision: number;
  recall: number;
  f1: number;
  n_system: number;
  n_gold: number;
  /** Gold codings with root 01/02: no PLOVER type, excluded. */
  n_no_plover: number;
}

export const cameoRoot = (code: string | undefined) => (code && /^\d{2}/.test(code) ? code.slice(0, 2) : null);

export function rootDyadMatch(g: GoldEvent, e: SysEvent): boolean {
  const root = cameoRoot(g.raw);
  return root !== null && root === cameoRoot(e.cameo) && codesOk(g.actors, e.actors) && codesOk(g.recipients, e.recipients);
}

export function scoreRootDyad(judged: readonly Judged[]): RootDyadScores {
  let nSys = 0, sysOk = 0, nGold = 0, goldOk = 0, noPlover = 0;
  for (const { gold, system } of judged) {
    const typed = gold.events.filter((g) => g.type !== null);
    noPlover += gold.events.length - typed.length;
    if (typed.length > 0 || gold.noEvents) {
      nSys += system.length;
      sysOk += system.filter((e) => gold.events.some((g) => rootDyadMatch(g, e))).length;
    }
    nGold += typed.length;
    goldOk += typed.filter((g) => system.some((e) => rootDyadMatch(g, e))).length;
  }
  const precision = nSys === 0 ? 0 : sysOk / nSys;
  const recall = nGold === 0 ? 0 : goldOk / nGold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, n_system: nSys, n_gold: nGold, n_no_plover: noPlover };
}

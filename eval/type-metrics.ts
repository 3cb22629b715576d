// Per-type precision / recall / F1, macro-F1 and a confusion matrix from (gold labels, system labels)
// per item (a sentence or a document). Pure functions; definitions also in eval/README.md.
//
// Per item, gold and system labels are aligned one-to-one: first equal labels pair up (as many as
// both have), then the leftover gold labels pair with the leftover system labels in order, and what
// is still left pairs with NONE. Every pair is one cell of the confusion matrix (rows gold, columns
// system), so for a type t: tp = cell(t, t), precision = tp / column sum, recall = tp / row sum.
import { formatTable } from './table.js';

/** The "no label" row / column: a system label with no gold partner, or a missed gold label. */
export const NONE = '(none)';

export type Confusion = Map<string, Map<string, number>>;

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  /** Gold labels of the type (row sum). */
  n_gold: number;
  /** System labels of the type (column sum). */
  n_system: number;
}

/** One-to-one alignment of one item's labels: [gold, system] pairs, NONE for an unpaired side. */
export function alignLabels(gold: readonly string[], system: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  const sysLeft = [...system];
  const goldLeft: string[] = [];
  for (const g of gold) {
    const i = sysLeft.indexOf(g);
    if (i >= 0) {
      pairs.push([g, g]);
      sysLeft.splice(i, 1);
    } else goldLeft.push(g);
  }
  const n = Math.max(goldLeft.length, sysLeft.length);
  for (let i = 0; i < n; i++) pairs.push([goldLeft[i] ?? NONE, sysLeft[i] ?? NONE]);
  return pairs;
}

export function addPairs(conf: Confusion, pairs: Iterable<[string, string]>): Confusion {
  for (const [g, s] of pairs) {
    const row = conf.get(g) ?? new Map<string, number>();
    row.set(s, (row.get(s) ?? 0) + 1);
    conf.set(g, row);
  }
  return conf;
}

/** Confusion matrix of many items, each a (gold labels, system labels) pair. */
export function confusionOf(items: Iterable<{ gold: readonly string[]; system: readonly string[] }>): Confusion {
  const conf: Confusion = new Map();
  for (const it of items) addPairs(conf, alignLabels(it.gold, it.system));
  return conf;
}

const cell = (conf: Confusion, g: string, s: string) => conf.get(g)?.get(s) ?? 0;
const ratio = (k: number, n: number) => (n === 0 ? 0 : k / n);

export function typeScore(conf: Confusion, type: string): TypeScore {
  const tp = cell(conf, type, type);
  let nGold = 0;
  for (const v of conf.get(type)?.values() ?? []) nGold += v;
  let nSys = 0;
  for (const row of conf.values()) nSys += row.get(type) ?? 0;
  const precision = ratio(tp, nSys);
  const recall = ratio(tp, nGold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, n_gold: nGold, n_system: nSys };
}

/** Scores of each of `types` that occurs in gold or system; types that occur nowhere are left out. */
export function perType(conf: Confusion, types: readonly string[]): Map<string, TypeScore> {
  const out = new Map<string, TypeScore>();
  for (const t of types) {
    const s = typeScore(conf, t);
    if (s.n_gold + s.n_system > 0) out.set(t, s);
  }
  return out;
}

/** Mean F1 over the types in `scores` (those that occur); 0 when there are none. */
export function macroF1(scores: ReadonlyMap<string, TypeScore>): number {
  if (scores.size === 0) return 0;
  let sum = 0;
  for (const s of scores.values()) sum += s.f1;
  return sum / scores.size;
}

/** Share of pairs on the diagonal, NONE-NONE excluded (never produced by alignLabels anyway). */
export function accuracy(conf: Confusion): number {
  let ok = 0, n = 0;
  for (const [g, row] of conf)
    for (const [s, v] of row) {
      if (g === NONE && s === NONE) continue;
      n += v;
      if (g === s) ok += v;
    }
  return ratio(ok, n);
}

/** Per-type table lines: type, P, R, F1, gold n, system n. */
export function perTypeLines(scores: ReadonlyMap<string, TypeScore>): string[] {
  const rows = [...scores].map(([t, s]) => [t, s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3), s.n_gold, s.n_system]);
  return formatTable(['type', 'P', 'R', 'F1', 'gold', 'system'], rows).split('\n');
}

/** Short column heads so 16 types fit a terminal: first four letters ("ASSA"), "-" for NONE. */
export const shortLabel = (t: string) => (t === NONE ? '-' : t.slice(0, 4));

/**
 * Matrix lines, rows gold and columns system, in `order` then any other label, NONE last; only
 * labels that occur on that side. Zeros print as ".".
 */
export function confusionLines(conf: Confusion, order: readonly string[] = []): string[] {
  const rank = (l: string) => (l === NONE ? Infinity : order.includes(l) ? order.indexOf(l) : order.length);
  const sort = (ls: Iterable<string>) => [...new Set(ls)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const rows = sort(conf.keys());
  const cols = sort([...conf.values()].flatMap((r) => [...r.keys()]));
  const body = rows.map((g) => [g, ...cols.map((s) => (cell(conf, g, s) === 0 ? '.' : cell(conf, g, s)))]);
  return formatTable(['gold \\ system', ...cols.map(shortLabel)], body).split('\n');
}

/**
 * Multi-label scores (each label a yes/no question per item, as for IndiaPoliceEvents sentences):
 * tp = items where gold and system both say yes; precision over system yeses, recall over gold yeses.
 */
export function binaryLabelScores(items: Iterable<{ gold: ReadonlySet<string>; system: ReadonlySet<string> }>, labels: readonly string[]): Map<string, TypeScore> {
  const tp = new Map<string, number>(), nGold = new Map<string, number>(), nSys = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const it of items)
    for (const l of labels) {
      if (it.gold.has(l)) inc(nGold, l);
      if (it.system.has(l)) inc(nSys, l);
      if (it.gold.has(l) && it.system.has(l)) inc(tp, l);
    }
  const out = new Map<string, TypeScore>();
  for (const l of labels) {
    const k = tp.get(l) ?? 0, g = nGold.get(l) ?? 0, s = nSys.get(l) ?? 0;
    const precision = ratio(k, s), recall = ratio(k, g);
    out.set(l, { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), n_gold: g, n_system: s });
  }
  return out;
}

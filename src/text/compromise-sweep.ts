// compromise's post-tagger (compromise 14.x, src/1-one/sweep/methods/sweep) picks the match rules
// worth trying on a sentence by walking every key of its rule index (a few thousand words and tags)
// and asking whether the sentence has it, concatenating rule lists as it goes: a quarter of each
// call's CPU on the short windows the verb check tags. This bulkMatch does the same work from the
// other side: it looks the sentence's own words and tags up in the index and visits the hits in the
// index's key order, so the rules, their order and the matches are exactly the library's.
// test/text/compromise-sweep.test.ts compares both on news sentences.

/** The compromise version whose sweep this one was checked against. */
export const SWEPT_VERSION = '14.17.0';

/** The library's match rule, as its buildNet parsed it (only the fields the sweep reads). */
interface Rule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net { hooks: Record<string, Rule[]>; always: Rule[] }
interface Methods { one: { match(docs: unknown[][], rule: Rule): { ptrs: number[][] } } }
export type BulkMatch = (docs: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => unknown[];

/** A rule with the words and tags it tests as small numbers, so a sentence's tests are array reads. */
interface Compiled { rule: Rule; match: number; needs: Int32Array; ifNo: Int32Array; wants: Int32Array }

/** A rule index compiled once (a net is built once and kept): every string a rule tests gets an id. */
interface Index {
  ids: Map<string, number>;
  /** Per id: its place in Object.keys(hooks) order, or -1 when it is no key. */
  keyAt: Int32Array;
  /** Per key place: its rules, in the index's order. */
  lists: Compiled[][];
  /** Stamps of this sentence's strings and of the rules already seen (by match text). */
  have: Uint32Array;
  seen: Uint32Array;
  turn: number;
  /** The id of '#' + tag and of '%' + switch + '%', by tag and by switch (-1: no key): no string built per term. */
  tagIds: Map<string, number>;
  switchIds: Map<string, number>;
}

const indexes = new WeakMap<Record<string, Rule[]>, Index>();

function indexOf(hooks: Record<string, Rule[]>): Index {
  const hit = indexes.get(hooks);
  if (hit) return hit;
  const ids = new Map<string, number>();
  const id = (s: string): number => {
    let i = ids.get(s);
    if (i === undefined) ids.set(s, (i = ids.size));
    return i;
  };
  const matches = new Map<string, number>();
  const keys = Object.keys(hooks);
  for (const k of keys) id(k);
  const lists = keys.map((k) => hooks[k]!.map((rule): Compiled => {
    let match = matches.get(rule.match);
    if (match === undefined) matches.set(rule.match, (match = matches.size));
    return { rule, match, needs: Int32Array.from(rule.needs, id), ifNo: Int32Array.from(rule.ifNo ?? [], id), wants: Int32Array.from(rule.wants, id) };
  }));
  const keyAt = new Int32Array(ids.size).fill(-1);
  keys.forEach((k, i) => { keyAt[ids.get(k)!] = i; });
  const index: Index = { ids, keyAt, lists, have: new Uint32Array(ids.size), seen: new Uint32Array(matches.size), turn: 0, tagIds: new Map(), switchIds: new Map() };
  indexes.set(hooks, index);
  return index;
}

/** The term fields the library's cacheDoc reads (compromise 14.x, src/1-one/cache/methods/cacheDoc.js). */
interface Term { normal: string; switch?: string; implicit?: string; machine?: string | null; root?: string; alias?: string[]; tags: Set<string> }

/** The id of a wrapped string ('#' + tag, '%' + switch + '%') by its bare part, memoised in `memo`. */
function wrappedId(index: Index, memo: Map<string, number>, bare: string, wrapped: () => string): number {
  let i = memo.get(bare);
  if (i === undefined) memo.set(bare, (i = index.ids.get(wrapped()) ?? -1));
  return i;
}

/**
 * The rules of `hooks` a piece may match, in the order the library's getHooks + trimDown give. The
 * strings the library's cacheDoc would put in the piece's set (each term's normal, %switch%,
 * implicit, machine, root, aliases and #tags) are stamped straight into the index instead: no set
 * and no '#' + tag string per term.
 */
function candidates(terms: readonly Term[], hooks: Record<string, Rule[]>): Rule[] {
  const index = indexOf(hooks);
  const turn = ++index.turn;
  const hit: number[] = [];
  const stamp = (i: number | undefined): void => {
    if (i === undefined || i < 0 || index.have[i] === turn) return;
    index.have[i] = turn;
    if (index.keyAt[i]! >= 0) hit.push(index.keyAt[i]!);
  };
  for (const t of terms) {
    if (t.normal !== '') stamp(index.ids.get(t.normal));
    if (t.switch) { const sw = t.switch; stamp(wrappedId(index, index.switchIds, sw, () => `%${sw}%`)); }
    if (t.implicit) stamp(index.ids.get(t.implicit));
    if (t.machine) stamp(index.ids.get(t.machine));
    if (t.root) stamp(index.ids.get(t.root));
    if (t.alias) for (const a of t.alias) stamp(index.ids.get(a));
    for (const tag of t.tags) stamp(wrappedId(index, index.tagIds, tag, () => '#' + tag));
  }
  hit.sort((a, b) => a - b);
  const out: Rule[] = [];
  for (const i of hit) {
    for (const c of index.lists[i]!) {
      if (index.seen[c.match] === turn) continue;
      index.seen[c.match] = turn;
      if (usable(c, index.have, turn)) out.push(c.rule);
    }
  }
  return out;
}

/** trimDown's three tests: every need present, no ifNo present, at least minWant wants present. */
function usable(c: Compiled, have: Uint32Array, turn: number): boolean {
  for (let k = 0; k < c.needs.length; k++) if (have[c.needs[k]!] !== turn) return false;
  for (let k = 0; k < c.ifNo.length; k++) if (have[c.ifNo[k]!] === turn) return false;
  if (c.wants.length === 0) return true;
  let found = 0;
  for (let k = 0; k < c.wants.length; k++) if (have[c.wants[k]!] === turn) found++;
  return found >= c.rule.minWant;
}

/**
 * The pieces the sweep may skip for the caller that runs compromise now, or null (none). The
 * post-tagger sweeps comma-split pieces of the text: every match lies inside one piece and tags only
 * its own terms, and a safe match tests the tags of its own terms only, so a caller that reads one
 * term's tags needs the matches of that term's piece and no other's (the verb check: issue 16).
 */
let piecesToSweep: ((pieces: readonly unknown[][]) => ReadonlySet<number>) | null = null;

/** Runs `run` (one compromise call) with the sweep limited to the pieces `pick` names. */
export function sweepingOnly<T>(pick: (pieces: readonly unknown[][]) => ReadonlySet<number>, run: () => T): T {
  piecesToSweep = pick;
  try {
    return run();
  } finally {
    piecesToSweep = null;
  }
}

const NO_RULES: Rule[] = [];

export const bulkMatch: BulkMatch = (docs, net, methods, opts = {}) => {
  const keep = piecesToSweep?.(docs);
  const lists = docs.map((piece, n) => {
    // a skipped piece is given no rules (its place kept, so each match keeps the piece it points to)
    if (keep && !keep.has(n)) return NO_RULES;
    let list = candidates(piece as Term[], net.hooks);
    if (net.always.length > 0) list = list.concat(net.always);
    const terms = piece.length;
    return list.filter((rule) => terms >= rule.minWords);
  });
  const results: unknown[] = [];
  for (let n = 0; n < lists.length; n++) {
    for (const rule of lists[n]!) {
      const res = methods.one.match([docs[n]!], rule);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Rule & { pointer: number[] } = Object.assign({}, rule, { pointer: ptr });
        if (rule.unTag !== undefined) todo.unTag = rule.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
};

// Community detection on a signed, weighted, undirected graph: Louvain-style local moves and
// aggregation over the signed modularity of Gómez, Jensen & Arenas (2009, Phys. Rev. E 80, 016114):
//   Q = 1/(2w⁺ + 2w⁻) · Σ_ij [ w_ij − γ(k⁺_i k⁺_j / 2w⁺ − k⁻_i k⁻_j / 2w⁻) ] δ(c_i, c_j)
// Positive ties pull nodes together beyond chance, negative ties push them apart beyond chance.
// graphology-communities-louvain assumes non-negative weights, hence this file.
// Deterministic: node order comes from a seeded PRNG over nodes given in a fixed order.
import { uniform as prng } from '../prng.js';
import { at } from '../at.js';

export interface SignedEdge {
  a: number;
  b: number;
  /** Net weight: positive for cooperation, negative for conflict. Zero edges are ignored. */
  w: number;
}

export interface LouvainOptions {
  /** PRNG seed for the node visiting order (default 1). */
  seed?: number;
  /** Resolution γ (default 1): higher splits more. */
  resolution?: number;
}

export interface Partition {
  /** Community of each node, numbered 0.. by decreasing size (ties: lowest node first). */
  community: number[];
  /** Signed modularity of the partition on the input graph. */
  modularity: number;
}

interface Level {
  n: number;
  /** adj[i]: neighbour -> [positive, negative] weight (no self entries). */
  adj: Map<number, [number, number]>[];
  /** Internal weight of each (super)node: the edges folded into it, counted once. */
  selfPos: number[];
  selfNeg: number[];
}


function shuffled(n: number, rand: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [at(order, j), at(order, i)];
  }
  return order;
}

function baseLevel(n: number, edges: readonly SignedEdge[]): Level {
  const adj = Array.from({ length: n }, () => new Map<number, [number, number]>());
  for (const { a, b, w } of edges) {
    if (a === b || w === 0) continue;
    for (const [u, v] of [[a, b], [b, a]] as const) {
      const cur = at(adj, u).get(v) ?? [0, 0];
      if (w > 0) cur[0] += w;
      else cur[1] -= w;
      at(adj, u).set(v, cur);
    }
  }
  return { n, adj, selfPos: new Array(n).fill(0), selfNeg: new Array(n).fill(0) };
}

function degrees(l: Level): { kp: number[]; kn: number[] } {
  const kp: number[] = [], kn: number[] = [];
  for (let i = 0; i < l.n; i++) {
    let p = 2 * at(l.selfPos, i), q = 2 * at(l.selfNeg, i);
    for (const [pw, nw] of at(l.adj, i).values()) {
      p += pw;
      q += nw;
    }
    kp.push(p);
    kn.push(q);
  }
  return { kp, kn };
}

/** Local moves until none improves Q; returns whether any node moved. Mutates comm. */
function localMoves(l: Level, comm: number[], gamma: number, rand: () => number): boolean {
  const { kp, kn } = degrees(l);
  const m2p = kp.reduce((s, x) => s + x, 0), m2n = kn.reduce((s, x) => s + x, 0);
  const totP = new Map<number, number>(), totN = new Map<number, number>(), size = new Map<number, number>();
  for (let i = 0; i < l.n; i++) {
    size.set(at(comm, i), (size.get(at(comm, i)) ?? 0) + 1);
    totP.set(at(comm, i), (totP.get(at(comm, i)) ?? 0) + at(kp, i));
    totN.set(at(comm, i), (totN.get(at(comm, i)) ?? 0) + at(kn, i));
  }
  let fresh = comm.reduce((m, c) => Math.max(m, c), l.n) + 1;
  // Gain (times 2w⁺+2w⁻, halved) of putting isolated node i into community c.
  const gain = (i: number, c: number, linkP: number, linkN: number) =>
    linkP - linkN - gamma * ((m2p ? (at(kp, i) * (totP.get(c) ?? 0)) / m2p : 0) - (m2n ? (at(kn, i) * (totN.get(c) ?? 0)) / m2n : 0));
  let movedAny = false;
  for (let pass = 0; pass < 100; pass++) {
    let moved = false;
    for (const i of shuffled(l.n, rand)) {
      const old = at(comm, i);
      totP.set(old, totP.get(old)! - at(kp, i));
      totN.set(old, totN.get(old)! - at(kn, i));
      size.set(old, size.get(old)! - 1);
      const links = new Map<number, [number, number]>();
      links.set(old, [0, 0]);
      for (const [j, [pw, nw]] of at(l.adj, i)) {
        const c = at(comm, j);
        const cur = links.get(c) ?? [0, 0];
        cur[0] += pw;
        cur[1] += nw;
        links.set(c, cur);
      }
      let best = -1, bestGain = 0;
      const EPS = 1e-12;
      // The old community first so that a tie keeps the node where it is.
      const candidates = [old, ...[...links.keys()].filter((c) => c !== old).sort((x, y) => x - y)];
      for (const c of candidates) {
        const [lp, ln] = links.get(c)!;
        const g = gain(i, c, lp, ln);
        if (g > bestGain + EPS) {
          best = c;
          bestGain = g;
        }
      }
      // Nowhere gains: the node stands alone (it keeps its community if it is alone there already).
      const target = best >= 0 ? best : size.get(old) === 0 ? old : fresh++;
      comm[i] = target;
      size.set(target, (size.get(target) ?? 0) + 1);
      totP.set(target, (totP.get(target) ?? 0) + at(kp, i));
      totN.set(target, (totN.get(target) ?? 0) + at(kn, i));
      if (target !== old) moved = movedAny = true;
    }
    if (!moved) break;
  }
  return movedAny;
}

/** Renumbers communities 0..k-1 in order of first appearance. */
function compact(comm: number[]): number[] {
  const ids = new Map<number, number>();
  return comm.map((c) => {
    if (!ids.has(c)) ids.set(c, ids.size);
    return ids.get(c)!;
  });
}

function aggregate(l: Level, comm: number[]): Level {
  const k = comm.reduce((m, c) => Math.max(m, c), -1) + 1;
  const adj = Array.from({ length: k }, () => new Map<number, [number, number]>());
  const selfPos = new Array<number>(k).fill(0), selfNeg = new Array<number>(k).fill(0);
  for (let i = 0; i < l.n; i++) {
    const ci = at(comm, i);
    selfPos[ci]! += l.selfPos[i]!;
    selfNeg[ci]! += l.selfNeg[i]!;
    for (const [j, [pw, nw]] of at(l.adj, i)) {
      const cj = at(comm, j);
      if (ci === cj) {
        // Each internal edge is seen from both ends: count half each time.
        selfPos[ci]! += pw / 2;
        selfNeg[ci]! += nw / 2;
      } else {
        const cur = at(adj, ci).get(cj) ?? [0, 0];
        cur[0] += pw;
        cur[1] += nw;
        at(adj, ci).set(cj, cur);
      }
    }
  }
  return { n: k, adj, selfPos, selfNeg };
}

/** Signed modularity of a partition (see the formula at the top). 0 for an empty graph. */
export function signedModularity(n: number, edges: readonly SignedEdge[], community: readonly number[], resolution = 1): number {
  const l = baseLevel(n, edges);
  const { kp, kn } = degrees(l);
  const m2p = kp.reduce((s, x) => s + x, 0), m2n = kn.reduce((s, x) => s + x, 0);
  if (m2p + m2n === 0) return 0;
  let inside = 0;
  const KP = new Map<number, number>(), KN = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = at(community, i);
    KP.set(c, (KP.get(c) ?? 0) + at(kp, i));
    KN.set(c, (KN.get(c) ?? 0) + at(kn, i));
    for (const [j, [pw, nw]] of at(l.adj, i)) if (community[j] === c) inside += pw - nw;
  }
  let expected = 0;
  for (const c of KP.keys()) expected += (m2p ? KP.get(c)! ** 2 / m2p : 0) - (m2n ? KN.get(c)! ** 2 / m2n : 0);
  return (inside - resolution * expected) / (m2p + m2n);
}

/** Partitions nodes 0..n-1 into communities that maximise signed modularity (heuristically). */
export function signedLouvain(n: number, edges: readonly SignedEdge[], opts: LouvainOptions = {}): Partition {
  const gamma = opts.resolution ?? 1;
  const rand = prng(opts.seed ?? 1);
  const base = baseLevel(n, edges);
  let level = base;
  // membership[i]: the node of the current level that original node i is folded into.
  let membership = Array.from({ length: n }, (_, i) => i);
  for (let depth = 0; depth < 50 && level.n > 1; depth++) {
    const comm = Array.from({ length: level.n }, (_, i) => i);
    if (!localMoves(level, comm, gamma, rand)) break;
    const c = compact(comm);
    membership = membership.map((m) => at(c, m));
    if (c.reduce((m, x) => Math.max(m, x), -1) + 1 === level.n) break;
    level = aggregate(level, c);
  }
  // A last round of single-node moves on the original graph mends what aggregation locked in.
  const final = membership.slice();
  localMoves(base, final, gamma, rand);
  const community = bySize(compact(final));
  return { community, modularity: signedModularity(n, edges, community, gamma) };
}

/** Renumbers communities by decreasing size, ties by their lowest node. */
function bySize(comm: number[]): number[] {
  const members = new Map<number, number[]>();
  comm.forEach((c, i) => members.set(c, [...(members.get(c) ?? []), i]));
  const order = [...members.entries()].sort((x, y) => y[1].length - x[1].length || x[1][0]! - y[1][0]!);
  const ids = new Map(order.map(([c], k) => [c, k]));
  return comm.map((c) => ids.get(c)!);
}

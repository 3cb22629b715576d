// Blocs: who sides with whom. Signed communities of the decayed actor graph (signed-graph.ts,
// signed-louvain.ts), the graph's structural balance, the quarrels inside each bloc, and the actors
// two hostile blocs both court. Pure: events in, JSON-friendly data out (the web page draws it).
import type { StoredEvent } from '../store/types.js';
import { structuralBalance, type Balance } from './balance.js';
import type { Bloc, BlocEdge, BlocNode, BlocRelation, BlocsResult, Courted, Tension } from './bloc-types.js';

export type { Bloc, BlocEdge, BlocNode, BlocRelation, BlocsResult, Courted, Tension } from './bloc-types.js';
import { signedGraph, type SignedGraph, type SignedGraphOptions, type SignedGraphResult } from './signed-graph.js';
import { signedLouvain } from './signed-louvain.js';
import { at } from '../at.js';

export interface BlocsOptions extends SignedGraphOptions {
  /** Seed of the community search's visiting order (default 1): same input and seed, same blocs. */
  seed?: number;
  /** Modularity resolution γ (default 1). */
  resolution?: number;
  /** Keep only this many actors, the most active (by events, then id); the rest are left out before blocs are sought. */
  top?: number;
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

/** Finds blocs in the events' signed actor graph. See BlocsOptions and SignedGraphOptions for the knobs. */
export function blocs(events: readonly StoredEvent[], opts: BlocsOptions = {}): BlocsResult {
  return blocsOf(signedGraph(events, opts), opts);
}

/** Blocs of an already built signed graph (blocs() builds it from events; dyad-graph.ts from summaries). */
export function blocsOf(built: SignedGraphResult, opts: BlocsOptions): BlocsResult {
  const g = built.graph;
  const actors = built.actors ?? g.order;
  if (opts.top !== undefined && g.order > opts.top) {
    const ranked = g.mapNodes((id, at) => ({ id, n: at.events })).sort((x, y) => y.n - x.n || (x.id < y.id ? -1 : 1));
    for (const { id } of ranked.slice(opts.top)) g.dropNode(id);
  }
  const ids = g.nodes().sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const edgeList = g.mapEdges((_k, at, s, t) => ({ a: index.get(s)!, b: index.get(t)!, w: at.weight }));
  const part = signedLouvain(ids.length, edgeList, { seed: opts.seed ?? 1, resolution: opts.resolution ?? 1 });
  const blocOf = (id: string) => at(part.community, index.get(id)!);

  const edges: BlocEdge[] = g
    .mapEdges((_k, at, s, t) => ({ source: s, target: t, weight: r4(at.weight), positive: r4(at.positive), negative: r4(at.negative), events: at.events }))
    .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight) || (x.source + x.target < y.source + y.target ? -1 : 1));
  const nodes: BlocNode[] = ids.map((id) => {
    const at = g.getNodeAttributes(id);
    let positive = 0, negative = 0;
    g.forEachEdge(id, (_k, e) => {
      positive += e.positive;
      negative += e.negative;
    });
    return { id, code: at.code, label: at.label, bloc: blocOf(id), events: at.events, positive: r4(positive), negative: r4(negative) };
  });

  const k = part.community.reduce((m, c) => Math.max(m, c), -1) + 1;
  const blocList: Bloc[] = Array.from({ length: k }, (_, b) => ({ id: b, members: ids.filter((id) => blocOf(id) === b), positive: 0, negative: 0 }));
  const between = new Map<string, BlocRelation>();
  const tensions: Tension[] = [];
  for (const e of edges) {
    const a = blocOf(e.source), b = blocOf(e.target);
    if (a === b) {
      at(blocList, a).positive += e.positive;
      at(blocList, a).negative += e.negative;
      if (e.negative > 0) tensions.push({ ...e, bloc: a, kind: e.weight < 0 ? 'hostile' : 'mixed' });
      continue;
    }
    const [x, y] = a < b ? [a, b] : [b, a];
    const rel = between.get(`${x}|${y}`) ?? { a: x, b: y, weight: 0, positive: 0, negative: 0 };
    rel.weight += e.weight;
    rel.positive += e.positive;
    rel.negative += e.negative;
    between.set(`${x}|${y}`, rel);
  }
  for (const bl of blocList) {
    bl.positive = r4(bl.positive);
    bl.negative = r4(bl.negative);
  }
  const rels = [...between.values()].map((r) => ({ ...r, weight: r4(r.weight), positive: r4(r.positive), negative: r4(r.negative) })).sort((p, q) => p.weight - q.weight);
  tensions.sort((p, q) => p.weight - q.weight);

  return {
    end: built.end,
    halfLifeDays: opts.halfLifeDays ?? 30,
    events: built.used,
    skipped: built.skipped,
    nodes,
    edges,
    blocs: blocList,
    between: rels,
    modularity: r4(part.modularity),
    balance: balanceOf(g),
    tensions,
    courted: courted(g, blocOf, rels),
    actors,
  };
}

function balanceOf(g: SignedGraph): Balance {
  const adj = new Map<string, Map<string, number>>(g.nodes().map((n) => [n, new Map()]));
  g.forEachEdge((_k, at, s, t) => {
    adj.get(s)!.set(t, at.weight);
    adj.get(t)!.set(s, at.weight);
  });
  return structuralBalance(adj);
}

function courted(g: SignedGraph, blocOf: (id: string) => number, rels: BlocRelation[]): Courted[] {
  const hostile = rels.filter((r) => r.weight < 0);
  const out: Courted[] = [];
  for (const x of [...g.nodes()].sort()) {
    const toBloc = new Map<number, number>();
    g.forEachEdge(x, (_k, at, s, t) => {
      if (at.weight <= 0) return;
      const other = s === x ? t : s;
      toBloc.set(blocOf(other), (toBloc.get(blocOf(other)) ?? 0) + at.weight);
    });
    for (const r of hostile) {
      const wa = toBloc.get(r.a), wb = toBloc.get(r.b);
      if (wa && wb) out.push({ actor: x, bloc: blocOf(x), sides: [{ bloc: r.a, weight: r4(wa) }, { bloc: r.b, weight: r4(wb) }], hostility: r.weight });
    }
  }
  return out;
}

/** The graph (for GraphML) with the blocs found in it: result.nodes[].bloc gives each node its bloc. */
export function blocsGraph(events: readonly StoredEvent[], opts: BlocsOptions = {}): { graph: SignedGraph; result: BlocsResult } {
  const built = signedGraph(events, opts);
  return { graph: built.graph, result: blocsOf(built, opts) };
}

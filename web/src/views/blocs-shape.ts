// Reads /api/blocs into the page's shape. The analysis stage names a few fields its own way
// (community for bloc, name for label...), so each is looked for under its likely names.
import type { BlocEdge, BlocNode, Blocs } from '../types.js';

type Raw = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const pick = (o: Raw, ...keys: string[]): unknown => keys.map((k) => o[k]).find((v) => v !== undefined && v !== null);

export function readBlocs(raw: unknown): Blocs {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Raw;
  const nodesRaw = (Array.isArray(r['nodes']) ? r['nodes'] : Array.isArray(r['actors']) ? r['actors'] : []) as Raw[];
  const edgesRaw = (Array.isArray(r['edges']) ? r['edges'] : Array.isArray(r['ties']) ? r['ties'] : []) as Raw[];
  // Blocs may also come as a list of { id, members } instead of a bloc on each node.
  const blocOf = new Map<string, string>();
  if (Array.isArray(r['blocs'])) {
    for (const b of r['blocs'] as Raw[]) {
      const id = str(pick(b, 'id', 'bloc', 'name')) ?? '';
      const members = pick(b, 'members', 'actors', 'nodes');
      if (Array.isArray(members)) for (const m of members) { const mid = typeof m === 'object' && m ? str((m as Raw)['id']) : str(m); if (mid) blocOf.set(mid, id); }
    }
  }
  const nodes: BlocNode[] = nodesRaw.map((n) => {
    const id = str(pick(n, 'id', 'actor', 'code', 'key')) ?? '?';
    return {
      id,
      label: str(pick(n, 'label', 'name', 'code')) ?? id,
      bloc: str(pick(n, 'bloc', 'community', 'group', 'cluster')) ?? blocOf.get(id) ?? '0',
      events: num(pick(n, 'events', 'count', 'degree', 'size')) ?? 1,
    };
  });
  const edges: BlocEdge[] = edgesRaw.map((e) => {
    let weight = num(pick(e, 'weight', 'sign', 'score', 'value')) ?? 0;
    const sign = pick(e, 'sign');
    if (typeof sign === 'string') weight = Math.abs(weight) * (sign.startsWith('-') || sign === 'negative' ? -1 : 1);
    return {
      source: str(pick(e, 'source', 'from', 'a')) ?? '?',
      target: str(pick(e, 'target', 'to', 'b')) ?? '?',
      weight,
      events: num(pick(e, 'events', 'count', 'n')) ?? 0,
    };
  });
  const ids = new Set(nodes.map((n) => n.id));
  for (const e of edges) for (const id of [e.source, e.target]) if (!ids.has(id)) { ids.add(id); nodes.push({ id, label: id, bloc: blocOf.get(id) ?? '0', events: 0 }); }
  const balanceRaw = pick(r, 'balance');
  const balance = num(balanceRaw) ?? (balanceRaw && typeof balanceRaw === 'object' ? num(pick(balanceRaw as Raw, 'ratio', 'balance', 'score', 'value')) : null);
  const tensions = (Array.isArray(r['tensions']) ? r['tensions'] : []) as Raw[];
  return {
    until: str(r['until']),
    nodes,
    edges,
    balance,
    tensions: tensions.map((t) => ({
      source: str(pick(t, 'source', 'a', 'from')) ?? '',
      target: str(pick(t, 'target', 'b', 'to')) ?? '',
      weight: num(pick(t, 'weight', 'score')) ?? 0,
      note: str(pick(t, 'note', 'reason', 'kind', 'type', 'description')) ?? '',
    })),
  };
}

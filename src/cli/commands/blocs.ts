// entente blocs [--db FILE] [--since DATE] [--until DATE] [--half-life DAYS] [--weight plover|goldstein|quad] [--seed N] [--format table|json]
import { blocs, type BlocsResult } from '../../analysis/blocs.js';
import { KEY_MODES } from '../../analysis/keys.js';
import { check, isoDate, oneOf, parse } from '../args.js';
import { UsageError } from '../errors.js';
import { table } from '../format.js';
import { dateBounds, readEvents, withStore } from './read-events.js';

/** What each number flag must be, in words a user can act on. */
const NUMBER_RULE: Record<string, string> = {
  '--half-life': 'must be a positive number of days (0: no decay)',
  '--seed': 'must be a whole number, 0 or more',
  '--co-actor': 'must be a share of the event weight, 0 or more (default 0.5)',
  '--resolution': 'must be a positive number (default 1)',
};

function number(value: unknown, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (String(value).trim() === '' || !Number.isFinite(n) || n < min) throw new UsageError(`${flag}: ${NUMBER_RULE[flag] ?? `expected a number >= ${min}`} (got ${String(value)})`);
  return n;
}

/** The options blocs() takes from the command line (shared with export --format graphml). */
export const BLOCS_FLAGS = {
  'half-life': { type: 'string' }, weight: { type: 'string' }, seed: { type: 'string' }, key: { type: 'string' },
  'co-actor': { type: 'string' }, end: { type: 'string' }, resolution: { type: 'string' },
} as const;

export function blocsOptions(values: Record<string, unknown>) {
  return {
    ...dateBounds(values),
    halfLifeDays: number(values['half-life'], '--half-life', 0),
    weight: oneOf(values['weight'] as string | undefined, ['plover', 'goldstein', 'quad'] as const, '--weight', 'plover'),
    seed: number(values['seed'], '--seed', 0),
    key: oneOf(values['key'] as string | undefined, KEY_MODES, '--key', 'split'),
    coActor: number(values['co-actor'], '--co-actor', 0),
    end: values['end'] === undefined ? undefined : check(isoDate, values['end'], '--end'),
    resolution: number(values['resolution'], '--resolution', 0),
  };
}

export async function blocsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { db: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, format: { type: 'string' }, ...BLOCS_FLAGS }, 'blocs');
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const format = oneOf(values.format as string | undefined, ['table', 'json'] as const, '--format', 'table');
  const opts = blocsOptions(values);
  const result = await withStore(values.db as string | undefined, async (store) => blocs(await readEvents(store, { since: opts.since, until: opts.until }), opts));
  process.stdout.write(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : render(result));
  return 0;
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

function render(r: BlocsResult): string {
  const out: string[] = [];
  const half = r.halfLifeDays > 0 && Number.isFinite(r.halfLifeDays) ? `half-life ${r.halfLifeDays} days` : 'no decay';
  out.push(`${r.nodes.length} actors, ${r.edges.length} ties from ${r.events} events (weights decayed to ${r.end ?? 'n/a'}, ${half}); signed modularity ${r.modularity}\n`);
  const groups = r.blocs.filter((b) => b.members.length > 1);
  const alone = r.blocs.filter((b) => b.members.length === 1).map((b) => `${b.members[0]}(${b.id})`);
  out.push(table(['bloc', 'members', 'inside +', 'inside -'], groups.map((b) => [b.id, b.members.join(' '), b.positive, b.negative]), 100));
  if (alone.length) out.push(`on their own: ${alone.join(' ')}\n`);
  out.push('\nbetween blocs (net weight; negative = hostile)\n');
  out.push(table(['a', 'b', 'weight', '+', '-'], r.between.map((x) => [x.a, x.b, x.weight, x.positive, x.negative])));
  const b = r.balance;
  out.push(`\nstructural balance: ${b.balanced}/${b.triads} closed triads balanced (${pct(b.share)}; weighted ${pct(b.weightedShare)}; weak balance ${pct(b.weakShare)}); +++ ${b.byType['+++']}, +-- ${b.byType['+--']}, ++- ${b.byType['++-']}, --- ${b.byType['---']}\n`);
  out.push(`\ntensions inside blocs: ${r.tensions.length ? '' : 'none'}\n`);
  if (r.tensions.length) out.push(table(['bloc', 'tie', 'kind', 'weight', '+', '-'], r.tensions.map((t) => [t.bloc, `${t.source} - ${t.target}`, t.kind, t.weight, t.positive, t.negative])));
  out.push(`\ncourted by hostile blocs: ${r.courted.length ? '' : 'none'}\n`);
  if (r.courted.length) out.push(table(['actor', 'bloc', 'sides (bloc: weight)', 'hostility'], r.courted.map((c) => [c.actor, c.bloc, c.sides.map((s) => `${s.bloc}: ${s.weight}`).join(', '), c.hostility])));
  out.push('\nstrongest ties\n');
  out.push(table(['tie', 'bloc', 'weight', '+', '-', 'events'], r.edges.slice(0, 20).map((e) => {
    const bs = new Map(r.nodes.map((n) => [n.id, n.bloc]));
    return [`${e.source} - ${e.target}`, `${bs.get(e.source)}/${bs.get(e.target)}`, e.weight, e.positive, e.negative, e.events];
  })));
  return out.join('');
}

// Alert rules (JSON or YAML), checked with an error that names the rule: what to watch (a dyad or
// an actor, PLOVER types or quad classes), over which window, and what raises an alert (a count, a
// rise over the pair's own baseline with a minimum count, or deaths in one event).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseYaml } from '../actors/yaml.js';
import { PLOVER_TYPES } from '../types.js';
import { at } from '../at.js';

const QUADS = { 'verbal-cooperation': [1], 'material-cooperation': [2], 'verbal-conflict': [3], 'material-conflict': [4], cooperation: [1, 2], conflict: [3, 4] } as const;
const code = z.string().regex(/^[A-Za-z0-9-]{2,60}$/, 'an actor code (TUR) or actor id').transform((s) => (/^[a-z]{3}$/i.test(s) ? s.toUpperCase() : s));
const num = z.coerce.number();

const Rule = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  dyad: z.tuple([code, code]).optional(),
  actor: code.optional(),
  type: z.union([z.enum(PLOVER_TYPES), z.array(z.enum(PLOVER_TYPES))]).optional(),
  quad: z.enum(Object.keys(QUADS) as [keyof typeof QUADS, ...(keyof typeof QUADS)[]]).optional(),
  window: z.string().regex(/^\d+(h|d)$/, 'a window such as 24h or 7d').default('24h'),
  count: num.pipe(z.number().int().min(1)).optional(),
  rise: z.strictObject({ factor: num.pipe(z.number().min(1)), baseline: num.pipe(z.number().int().min(1)).default(7), min: num.pipe(z.number().int().min(1)).default(3) }).optional(),
  deaths: num.pipe(z.number().int().min(1)).optional(),
}).refine((r) => [r.count, r.rise, r.deaths].filter((x) => x !== undefined).length === 1, 'exactly one trigger: count, rise or deaths')
  .refine((r) => !(r.dyad && r.actor), 'a dyad or an actor, not both');

export type AlertRule = z.infer<typeof Rule> & { days: number; quads: number[]; types: string[] };

/** Reads and checks a rules file; a bad rule is one line naming the file and the rule. */
export function loadRules(path: string): AlertRule[] {
  let raw: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    raw = /\.json$/i.test(path) || text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new Error(`alerts file ${path}: ${(e as Error).message}`);
  }
  const list = (raw as { rules?: unknown })?.rules;
  if (!Array.isArray(list) || list.length === 0) throw new Error(`alerts file ${path}: expected a "rules" list`);
  return list.map((item, i) => {
    const r = Rule.safeParse(item);
    const name = (item as { id?: unknown })?.id ?? `#${i + 1}`;
    if (!r.success) {
      const issue = at(r.error.issues, 0);
      throw new Error(`alerts file ${path}: rule ${String(name)}: ${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`);
    }
    const n = Number(r.data.window.slice(0, -1));
    const days = r.data.window.endsWith('d') ? n : Math.max(1, Math.ceil(n / 24));
    const types = r.data.type === undefined ? [] : Array.isArray(r.data.type) ? r.data.type : [r.data.type];
    return { ...r.data, days, quads: r.data.quad ? [...QUADS[r.data.quad]] : [], types };
  });
}

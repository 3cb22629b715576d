// Users' own actors: JSON or YAML files with `people` and `organizations` lists in the format of
// data/actors/people.json and organizations.json (data/actors/README.md, "Your own actors"),
// laid over the built-in dictionary in a new ActorKnowledge (knowledge.ts) for the pipeline that
// asks for them (the CLI's --actors); ENTENTE_ACTORS (paths separated by the OS path delimiter)
// is read once for the default pipeline. The built-in dictionary itself never changes.
import { readFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { z } from 'zod';
import { stateCode } from '../countries/table.js';
import { NON_STATE_CODES, SECTORS } from '../types.js';
import type { OrgEntry, PersonEntry } from './dictionary.js';
import { BUILT_IN, withActors, type ActorKnowledge, type UserActors } from './knowledge.js';
import { parseYaml, YamlError } from './yaml.js';
import { at } from '../at.js';

// Other sources' codes for a state (XKX, UNK, ROM ...) are read as entente's (KOS, ROU ...).
const code = z.string().regex(/^[A-Z]{3}$/, 'a 3-letter code: ISO-3166 alpha-3 or ' + NON_STATE_CODES.join('/')).transform(stateCode);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const name = z.string().trim().min(1);
const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  name,
  aliases: z.array(name).optional(),
  wikidata: z.string().regex(/^Q\d+$/, 'a Wikidata id like Q76').optional(),
};
const Role = z.strictObject({ code, sector: z.enum(SECTORS), title: z.string(), start: date.optional(), end: date.optional() });
const Person = z.strictObject({ ...common, gender: z.enum(['m', 'f']).optional(), roles: z.array(Role).min(1) });
const Org = z.strictObject({ ...common, code, sector: z.enum(SECTORS).nullable().default(null), kind: z.string().optional() });
const File = z.strictObject({ about: z.string().optional(), people: z.array(z.unknown()).optional(), organizations: z.array(z.unknown()).optional() });

/** YAML leaves empty values as null; optional fields mean "absent", so drop them. */
function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNulls);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k, x]) => x !== null || k === 'sector').map(([k, x]) => [k, dropNulls(x)]));
  return v;
}

function issue(e: z.ZodError): string {
  const i = at(e.issues, 0);
  return `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`;
}

/** Read and check one file (JSON by extension or a leading "{", else YAML). Throws a one-line error naming the file and entry. */
export function loadUserActors(path: string): UserActors {
  const fail = (msg: string): never => {
    throw new Error(`entente: actors file ${path}: ${msg}`);
  };
  let src = '';
  try {
    src = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = /\.json$/i.test(path) || src.trimStart().startsWith('{') ? JSON.parse(src) : parseYaml(src);
  } catch (e) {
    fail(e instanceof YamlError || e instanceof SyntaxError ? `not valid ${e instanceof YamlError ? 'YAML' : 'JSON'}: ${e.message}` : String(e));
  }
  const top = File.safeParse(dropNulls(raw));
  if (!top.success) fail(`expected a map with "people" and/or "organizations" lists (${issue(top.error)})`);
  const out: UserActors = { people: [], organizations: [] };
  const label = (e: unknown, list: string, i: number): string => {
    const n = e && typeof e === 'object' && 'name' in e ? ` ("${String((e as { name: unknown }).name)}")` : '';
    return `entry ${list}[${i}]${n}`;
  };
  (top.data!.people ?? []).forEach((e, i) => {
    const r = Person.safeParse(e);
    if (!r.success) fail(`${label(e, 'people', i)}: ${issue(r.error)}`);
    const p = r.data! as PersonEntry;
    for (const role of p.roles) if (role.start && role.end && role.end < role.start) fail(`${label(e, 'people', i)}: a role ends (${role.end}) before it starts (${role.start})`);
    out.people.push(p);
  });
  (top.data!.organizations ?? []).forEach((e, i) => {
    const r = Org.safeParse(e);
    if (!r.success) fail(`${label(e, 'organizations', i)}: ${issue(r.error)}`);
    out.organizations.push(r.data! as OrgEntry);
  });
  return out;
}

/** Entries of several files as one set: a later file's entry replaces an earlier one with its id. */
function combine(sets: readonly UserActors[]): UserActors {
  const people = new Map<string, PersonEntry>();
  const orgs = new Map<string, OrgEntry>();
  for (const a of sets) {
    for (const p of a.people) people.set(p.id, p);
    for (const o of a.organizations) orgs.set(o.id, o);
  }
  return { people: [...people.values()], organizations: [...orgs.values()] };
}

/** `base` with the actors of these files laid over it (a new knowledge; `base` is unchanged). Throws on the first bad file. */
export function knowledgeWithFiles(paths: readonly string[], base: ActorKnowledge = BUILT_IN): ActorKnowledge {
  if (paths.length === 0) return base;
  return withActors(base, combine(paths.map((p) => loadUserActors(p))), paths.map((p) => resolve(p)));
}

let envKnowledge: ActorKnowledge | null = null;

/** The default pipeline's knowledge: the built-in names plus the files in ENTENTE_ACTORS, read once. */
export function defaultActorKnowledge(): ActorKnowledge {
  if (envKnowledge) return envKnowledge;
  const v = process.env['ENTENTE_ACTORS'];
  envKnowledge = knowledgeWithFiles(v ? v.split(delimiter).filter((p) => p.trim() !== '') : []);
  return envKnowledge;
}

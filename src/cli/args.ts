// Argument parsing shared by the commands: node's parseArgs, then zod for values.
import type { Pipeline } from '../pipeline.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { EXIT, UsageError } from './errors.js';
import { helpText } from './help.js';
import { nearestOption } from './suggest.js';
import { readGivenDate } from '../intake/dates.js';
import { at } from '../at.js';

/** A YYYY-MM-DD the calendar has ("2015-02-30" is refused, never rolled into March). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').superRefine((s, ctx) => {
  const r = readGivenDate(s);
  if (!r || 'problem' in r) ctx.addIssue({ code: z.ZodIssueCode.custom, message: r && 'problem' in r ? r.problem : 'not a date' });
});
/** YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www, each a real period. */
export const period = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/, 'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www').superRefine((s, ctx) => {
  const bad = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
  const week = /-W(\d{2})$/.exec(s);
  if (week) { if (+at(week, 1) < 1 || +at(week, 1) > 53) bad(`there is no week ${+at(week, 1)}`); return; }
  const [, month, day] = s.split('-');
  if (month !== undefined && (+month < 1 || +month > 12)) return bad(`not a real date (there is no month ${+month})`);
  if (day !== undefined) {
    const r = readGivenDate(s);
    if (r && 'problem' in r) bad(r.problem);
  }
});

/** `--help`: the command's help text, printed on stdout with exit 0 (main.ts). */
export class HelpRequested extends UsageError {
  constructor(readonly text: string) {
    super('help', 0);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command's flags and positionals. `--help` shows the command's help; an unknown option names the
 * nearest known one; a negative number is taken as a value (`--half-life -3`), so the value check can
 * say what is wrong with it.
 */
export function parse(argv: string[], options: Options, command: string) {
  const end = argv.indexOf('--');
  const flags = end < 0 ? argv : argv.slice(0, end);
  if (flags.includes('--help') || flags.includes('-h')) throw new HelpRequested(helpText(command, Object.keys(options)));
  const args = argv.flatMap((a, i) => {
    const name = /^--([\w-]+)$/.exec(a)?.[1];
    const next = argv[i + 1];
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d|^-\.\d/.test(next) && (end < 0 || i < end)) return [`${a}=${next}`];
    if (i > 0 && /^-\d|^-\.\d/.test(a) && /^--([\w-]+)$/.test(at(argv, i - 1)) && options[at(argv, i - 1).slice(2)]?.type === 'string') return [];
    return [a];
  });
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(argumentProblem(err as NodeJS.ErrnoException, options, command));
  }
}

function argumentProblem(err: NodeJS.ErrnoException, options: Options, command: string): string {
  const first = err.message.split('\n')[0]!;
  const flag = /'(-{1,2}[^' ]+)/.exec(first)?.[1] ?? '';
  const see = `(entente ${command} --help lists them)`;
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = nearestOption(flag.replace(/^-+/, '').split('=')[0]!, Object.keys(options));
    return `unknown option ${flag.split('=')[0]}${near ? ` (did you mean --${near}?)` : ` for ${command} ${see}`}`;
  }
  if (/argument missing/.test(first)) return `${flag} needs a value ${see}`;
  if (/does not take an argument/.test(first)) return `${flag} is a switch: it takes no value`;
  if (/ambiguous/.test(first)) return `${flag}: its value starts with a dash; write ${flag}=VALUE`;
  return first;
}

export function check<T>(schema: z.ZodType<T>, value: unknown, flag: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new UsageError(`${flag}: ${r.error.issues[0]?.message ?? 'invalid value'} (got ${JSON.stringify(value)})`);
  return r.data;
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag}: expected one of ${allowed.join(', ')} (got ${value})`);
  return value as T;
}

/** `--actors FILE` (repeatable): the user's own actors, known to the pipeline this command runs (read before any input). */
export const ACTORS_OPTION = { actors: { type: 'string', multiple: true } } as const;

export async function applyActorFiles(files: unknown): Promise<Pipeline> {
  // loaded only when asked: an ingest's writer thread otherwise never loads the actor dictionary
  const { createPipeline } = await import('../pipeline.js');
  if (!Array.isArray(files) || files.length === 0) return createPipeline();
  try {
    return createPipeline({ actorFiles: files as string[] });
  } catch (err) {
    const message = (err as Error).message.replace(/^entente: /, '');
    // a file that cannot be read is missing input; a bad entry in it is a usage mistake
    throw new UsageError(message, /: cannot read it \(/.test(message) ? EXIT.noInput : EXIT.usage);
  }
}

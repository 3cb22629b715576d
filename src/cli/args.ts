// Argument parsing shared by the commands: node's parseArgs, then zod for values.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { UsageError } from './errors.js';
import { useActorFiles } from '../actors/index.js';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date');
export const period = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/, 'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www');

export function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]!);
  }
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

/** `--actors FILE` (repeatable): the user's own actors, merged into the dictionary before any input is read. */
export const ACTORS_OPTION = { actors: { type: 'string', multiple: true } } as const;

export function applyActorFiles(files: unknown): void {
  if (!Array.isArray(files) || files.length === 0) return;
  try {
    useActorFiles(files as string[]);
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^entente: /, ''));
  }
}

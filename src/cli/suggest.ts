// "did you mean --published?": the option someone meant, from the aliases in data/cli and edit distance.
import { z } from 'zod';
import { loadJson } from '../data.js';
import { at, own } from '../at.js';

const AliasFile = z.object({ aliases: z.record(z.string(), z.array(z.string().min(1)).min(1)) }).passthrough();

let aliases: Record<string, string[]> | null = null;

function loadAliases(): Record<string, string[]> {
  if (aliases) return aliases;
  const r = AliasFile.safeParse(loadJson<unknown>('cli', 'option-aliases.json'));
  if (!r.success) throw new Error(`data/cli/option-aliases.json: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  aliases = r.data.aliases;
  return aliases;
}

/** Levenshtein distance, stopping early once it passes `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(at(prev, j) + 1, at(row, j - 1) + 1, at(prev, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, at(row, j));
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return at(prev, b.length);
}

/** The known option nearest to what was typed: an alias first, else the closest name within a few edits; null when nothing is close. */
export function nearestOption(typed: string, known: readonly string[]): string | null {
  const word = typed.toLowerCase();
  for (const meant of own(loadAliases(), word) ?? []) if (known.includes(meant)) return meant;
  // a prefix ("--pub") or a longer form ("--actors" on a command with --actor)
  const prefixed = known.filter((k) => word.length >= 2 && (k.startsWith(word) || word.startsWith(k)));
  if (prefixed.length === 1) return at(prefixed, 0);
  const max = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3)); // "qq" is not a typo of "db"
  let best: { name: string; d: number } | null = null;
  for (const k of known) {
    const d = editDistance(word, k, max);
    if (d <= max && (!best || d < best.d)) best = { name: k, d };
  }
  return best?.name ?? null;
}

// Prints each chrono parser's regex fingerprint next to the one data/time/chrono-guards.json
// keeps, so a guard whose regex changed (a chrono upgrade) can be checked by hand and refreshed.
//   node dist/scripts/chrono-guards.js
import * as chrono from 'chrono-node';
import { ParsingContext } from 'chrono-node';
import { loadJson } from '../src/data.js';
import { patternPrint } from '../src/time/chrono-guard.js';

const file = loadJson<{ parsers: Record<string, { pattern: string }> }>('time', 'chrono-guards.json');
const context = new ParsingContext('', new Date(0), { forwardDate: false });
for (const p of chrono.casual.parsers) {
  const name = p.constructor.name;
  const now = patternPrint(p.pattern(context));
  const kept = file.parsers[name]?.pattern;
  console.log(`${name}: ${now}${kept === undefined ? ' (no guard)' : kept === now ? ' (guard in use)' : ` (guard stale: file has ${kept})`}`);
}

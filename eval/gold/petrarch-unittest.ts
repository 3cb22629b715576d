// The PETRARCH unit-test records (shared/eval/petrarch-unittest, MIT, Open Event Data Alliance):
// stylised sentences with the CAMEO coding PETRARCH must give, most about fictional states
// (Arnor = ARN, Gondor = GON) that only the suite's own actor dictionary knows. The records have
// the PETRARCH-2 validation file's shape, so petr2.ts reads them; this module picks the records
// PETRARCH itself runs and turns the suite's actor dictionary into entente's in-memory actors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgEntry, PersonEntry } from '../../src/actors/dictionary.js';
import type { UserActors } from '../../src/actors/index.js';
import { SECTORS, type Sector } from '../../src/types.js';
import { parseActors } from '../../scripts/vendor/phoenix-actors.js';
import { countryPart } from './actor-codes.js';
import type { CameoTable } from './cameo-to-plover.js';
import { parsePetr2, petr2GoldSentence } from './petr2.js';
import type { GoldSentence } from './types.js';

const DIR = ['eval', 'petrarch-unittest'];

/** The categories the file's <Include> names: PETRARCH runs those and skips the rest (AGENTS, COMPOUNDx). */
export function includedCategories(xml: string): Set<string> {
  const m = /<Include>([^<]*)<\/Include>/.exec(xml);
  return new Set((m?.[1] ?? '').split(/\s+/).filter(Boolean));
}

/** `sentence="false"` marks records the suite says PETRARCH does not implement. */
const notImplemented = (xml: string): Set<string> =>
  new Set([...xml.matchAll(/<Sentence\b[^>]*\bid="([^"]+)"[^>]*\bsentence="false"/g)].map((m) => m[1]!));

/**
 * The records PETRARCH runs: categories in <Include>, not marked sentence="false", not the
 * FINAL-RECORD sentinel. Each left-out record is counted in `skipped` with its reason.
 */
export function unitTestSentences(xml: string, table?: CameoTable, skipped?: string[]): GoldSentence[] {
  const include = includedCategories(xml);
  const off = notImplemented(xml);
  const out: GoldSentence[] = [];
  const left = new Map<string, number>();
  const leave = (why: string) => left.set(why, (left.get(why) ?? 0) + 1);
  for (const s of parsePetr2(xml, skipped)) {
    if (s.id === 'FINAL-RECORD') leave('the FINAL-RECORD sentinel');
    else if (s.category && include.size > 0 && !include.has(s.category)) leave(`category ${s.category} (not in <Include>)`);
    else if (off.has(s.id)) leave('marked sentence="false" (not implemented in PETRARCH)');
    else out.push(petr2GoldSentence(s, table));
  }
  for (const [why, n] of left) skipped?.push(`left out as PETRARCH leaves it out, ${n}: ${why}`);
  return out;
}

export function loadPetrarchUnitTest(sharedDir: string, table?: CameoTable, skipped?: string[]): GoldSentence[] {
  return unitTestSentences(readFileSync(join(sharedDir, ...DIR, 'PETR.UnitTest.records.xml'), 'utf8'), table, skipped);
}

const SECTOR_SET = new Set<string>(SECTORS);

/** The first 3-letter part after the country that entente has as a sector ("PSEREBHMS" -> REB). */
function sectorPart(code: string): Sector | null {
  for (let i = 3; i + 3 <= code.length; i += 3) {
    const part = code.slice(i, i + 3);
    if (SECTOR_SET.has(part)) return part as Sector;
  }
  return null;
}

const slug = (name: string, line: number): string => `petr-validate-${line}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/**
 * The suite's actor dictionary (PETR.Validate.actors.txt) as entente actors: an entry with dated
 * codes is a person with one role per date range; any other, an organisation with its code's
 * country part and sector. Codes are the suite's own, fictional ones included (not ISO-3166), so
 * they go in memory to createPipeline, not through the user files' check.
 */
export function validationActors(text: string): UserActors {
  const people: PersonEntry[] = [];
  const organizations: OrgEntry[] = [];
  for (const r of parseActors(text).records) {
    const [name, ...aliases] = r.names;
    if (!name) continue;
    const coded = r.codes.map((c) => ({ ...c, country: countryPart(c.code) })).filter((c) => c.country !== null);
    if (coded.length === 0) continue; // "BOROMIR [---]": no country, nothing to resolve to
    const id = slug(name, r.line);
    const names = aliases.length ? { aliases } : {};
    if (coded.some((c) => c.start || c.end)) {
      const roles = coded.map((c) => ({ code: c.country!, sector: sectorPart(c.code) ?? 'UNK', title: '', ...(c.start ? { start: c.start } : {}), ...(c.end ? { end: c.end } : {}) }));
      people.push({ id, name, ...names, roles });
    } else {
      const c = coded[0]!;
      organizations.push({ id, name, ...names, code: c.country!, sector: sectorPart(c.code), kind: 'validation' });
    }
  }
  return { people, organizations };
}

export function loadValidationActors(sharedDir: string): UserActors {
  return validationActors(readFileSync(join(sharedDir, ...DIR, 'dictionaries', 'PETR.Validate.actors.txt'), 'utf8'));
}

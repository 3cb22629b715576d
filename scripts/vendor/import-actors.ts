// Converts the Phoenix country-actor dictionary (people with dated roles) and the generic-agent
// dictionary of PETRARCH-2 into entente's actor data: data/actors/vendor/people.json (the format
// of people.json) and data/actors/vendor/agents.json (the format of roles.json). Run at development
// time (`npm run import:vendor`); entente's own files win wherever they name the same person or word.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNTRIES } from '../../src/actors/countries.js';
import { SECTORS, type Sector } from '../../src/types.js';
import { parseActors, parseAgents, type DatedCode } from './phoenix-actors.js';
import { PLACE_NAMES } from '../../src/actors/countries.js';
import { wink } from '../../src/text/wink.js';
import { outDir, sourceRecord, vendorDir } from './paths.js';

const SECTOR_MAP = JSON.parse(readFileSync(join('data', 'actors', 'vendor-sectors.json'), 'utf8')) as Record<string, string>;
const sectorOf = (s: string): Sector | null => {
  const mapped = SECTOR_MAP[s] ?? ((SECTORS as readonly string[]).includes(s) ? s : undefined);
  return mapped && (SECTORS as readonly string[]).includes(mapped) ? (mapped as Sector) : null;
};

const slug = (name: string): string => name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

interface Role { code: string; sector: Sector | null; title: string; start?: string; end?: string }

function roleOf(dc: DatedCode): Role | null {
  const country = dc.code.slice(0, 3);
  if (!COUNTRIES.has(country)) return null; // IGOs and non-state codes are not people's countries here
  return { code: country, sector: sectorOf(dc.code.slice(3, 6)), title: '', ...(dc.start ? { start: dc.start } : {}), ...(dc.end ? { end: dc.end } : {}) };
}

const EDGES = JSON.parse(readFileSync(join('data', 'actors', 'vendor-agent-edges.json'), 'utf8')) as { words: string[]; thingsFirst: string[] };
const EDGE_WORDS = new Set(EDGES.words);
/** Agent words that name things more often than people ("carrier"): left out. */
const THINGS_FIRST = new Set(EDGES.thingsFirst);

/**
 * A generic agent names people or bodies ("nurses", "riot police"). Left out: phrases that begin or
 * end with a function word ("ambassador to"), names entente already reads as places or demonyms,
 * and single adjectives ("jewish", "military"), which qualify an agent rather than name one.
 */
function notAnAgent(w: string): 'edgeWord' | 'placeName' | 'adjective' | 'thingFirst' | null {
  const words = w.split(' ');
  if (THINGS_FIRST.has(w)) return 'thingFirst';
  if (EDGE_WORDS.has(words[0]!) || EDGE_WORDS.has(words[words.length - 1]!)) return 'edgeWord';
  if (PLACE_NAMES.has(w)) return 'placeName';
  if (words.length === 1) {
    const nlp = wink();
    const pos = nlp.readDoc(`the ${w}`).tokens().out(nlp.its.pos) as string[];
    if (pos[1] === 'ADJ') return 'adjective';
  }
  return null;
}

function main(): void {
  const shared = vendorDir(process.argv[2]);
  const dir = join(shared, 'vendor', 'petrarch2-dictionaries');
  const countriesFile = join(dir, 'Phoenix.Countries.actors.txt');
  const agentsFile = join(dir, 'Phoenix.agents.txt');

  // people: entente's own names win
  const own = JSON.parse(readFileSync(join('data', 'actors', 'people.json'), 'utf8')) as { people: { name: string; aliases?: string[] }[] };
  const ownNames = new Set(own.people.flatMap((p) => [p.name, ...(p.aliases ?? [])]).map((n) => n.toLowerCase()));
  const { records, skipped } = parseActors(readFileSync(countriesFile, 'utf8'));
  const people: unknown[] = [];
  const ids = new Set<string>();
  const counts = { records: records.length, people: 0, undated: 0, ownAlready: 0, noRole: 0, oneWordNamesDropped: 0, skippedLines: skipped.length };
  for (const r of records) {
    const dated = r.codes.some((c) => c.start || c.end) || r.codes.some((c) => c.code.length > 3);
    if (!dated) continue; // a country and its places: the country table has those
    // one-word names ("Hope", "Justice") would match ordinary words; full names only
    const names = [...new Set(r.names)].filter((n) => { const multi = n.includes(' '); if (!multi) counts.oneWordNamesDropped++; return multi; });
    if (names.length === 0) continue;
    if (names.some((n) => ownNames.has(n.toLowerCase()))) { counts.ownAlready++; continue; }
    const roles = r.codes.map(roleOf).filter((x): x is Role => x !== null && x.sector !== null);
    if (roles.length === 0) { counts.noRole++; continue; }
    let id = `phoenix-${slug(names[0]!)}`;
    for (let k = 2; ids.has(id); k++) id = `phoenix-${slug(names[0]!)}-${k}`;
    ids.add(id);
    const from = `Phoenix.Countries.actors.txt:${r.line}`;
    if (roles.some((x) => x.start || x.end)) {
      people.push({ id, name: names[0], aliases: names.slice(1), roles, from });
      counts.people++;
    } else {
      // no dated role: an office or a body ("German Chancellor", "Afghan National Security
      // Forces"); as a named actor it would hide the person who holds the office, so left out
      counts.undated++;
    }
  }

  // generic agents: words entente's roles.json already has stay with entente
  const ownRoles = JSON.parse(readFileSync(join('data', 'actors', 'roles.json'), 'utf8')) as { roles: { words: string[] }[] };
  const ownWords = new Set(ownRoles.roles.flatMap((r) => r.words.map((w) => w.toLowerCase())));
  const bySector = new Map<Sector, Set<string>>();
  const agentCounts = { lines: 0, words: 0, ownAlready: 0, noSector: 0, edgeWord: 0, placeName: 0, adjective: 0, thingFirst: 0 };
  for (const a of parseAgents(readFileSync(agentsFile, 'utf8'))) {
    agentCounts.lines++;
    const sector = sectorOf(a.code);
    if (!sector) { agentCounts.noSector++; continue; }
    const set = bySector.get(sector) ?? new Set<string>();
    for (const w of a.words) {
      if (ownWords.has(w)) { agentCounts.ownAlready++; continue; }
      const why = notAnAgent(w);
      if (why) { agentCounts[why]++; continue; }
      set.add(w);
    }
    bySector.set(sector, set);
  }
  const roles = [...bySector.entries()].sort().map(([sector, words]) => {
    agentCounts.words += words.size;
    return { key: `phoenix-${sector.toLowerCase()}`, sector, title: false, group: true, words: [...words].sort() };
  });

  const out = outDir('actors');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'people.json'), `{"about":"People with dated roles converted from the Phoenix country-actor dictionary (PETRARCH-2, Open Event Data Alliance, MIT; LICENSE here) by scripts/vendor/import-actors.ts. Do not edit: data/actors/people.json wins on any shared name; rerun the importer.","people":[\n${people.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`);
  writeFileSync(join(out, 'agents.json'), JSON.stringify({ about: 'Generic agents (role words) converted from the Phoenix agents dictionary (PETRARCH-2, MIT) by scripts/vendor/import-actors.ts; data/actors/roles.json wins on any shared word.', roles }, null, 1) + '\n');
  copyFileSync(join(dir, 'LICENSE'), join(out, 'LICENSE'));
  writeFileSync(join(out, 'SOURCE.json'), JSON.stringify(sourceRecord([countriesFile, agentsFile], { ...counts, ...Object.fromEntries(Object.entries(agentCounts).map(([k, v]) => [`agents_${k}`, v])) }), null, 1) + '\n');
  process.stdout.write(`actors: ${counts.people} people, ${counts.undated} undated offices and bodies left out (${counts.records} records; ${counts.ownAlready} already entente's own, ${counts.noRole} without a country role, ${counts.oneWordNamesDropped} one-word names dropped); agents: ${agentCounts.words} words in ${roles.length} sectors\n`);
}

main();

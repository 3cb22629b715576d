// `--actor Russia`: a name typed where a code is expected is looked up in the actor dictionary
// (countries, capitals, demonyms, organisations, people) and said out loud, never a silent 0 events.
import { COUNTRIES, PLACE_NAMES } from '../actors/countries.js';
import { ORGS, PEOPLE } from '../actors/dictionary.js';
import { UsageError } from './errors.js';
import { editDistance } from './suggest.js';
import { at } from '../at.js';

interface Match {
  /** What the store filter takes: a code (RUS) or an actor id (putin-vladimir). */
  value: string;
  label: string;
}

const CODE = /^[A-Z]{3}(-[A-Z]{3})?$|:/;

function matches(name: string): Match[] {
  const key = name.trim().toLowerCase();
  const out: Match[] = [];
  const add = (m: Match): void => { if (!out.some((x) => x.value === m.value)) out.push(m); };
  for (const [n, p] of PLACE_NAMES) {
    if (p.kind !== 'region' && p.code && n.toLowerCase() === key) add({ value: p.code, label: `${p.code} (${COUNTRIES.get(p.code)?.name ?? p.kind})` });
  }
  for (const o of ORGS) if ([o.name, ...(o.aliases ?? [])].some((a) => a.toLowerCase() === key)) add({ value: o.id, label: `${o.id} (${o.name}, ${o.code})` });
  for (let i = 0; i < PEOPLE.length; i++) {
    if (PEOPLE.names(i).some((a) => a.toLowerCase() === key)) { const p = PEOPLE.entry(i); add({ value: p.id, label: `${p.id} (${p.name})` }); }
  }
  return out;
}

/** Close names, for "did you mean": countries and organisations within two edits. */
function near(name: string): string[] {
  const key = name.trim().toLowerCase();
  const scored = new Map<string, number>();
  const consider = (label: string, n: string): void => {
    const d = editDistance(key, n.toLowerCase(), 2);
    if (d <= 2 && d < (scored.get(label) ?? 3)) scored.set(label, d);
  };
  for (const [n, p] of PLACE_NAMES) if (p.kind === 'country') consider(`${n} (${p.code})`, n);
  for (const o of ORGS) consider(`${o.name} (${o.id})`, o.name);
  const best = Math.min(...scored.values());
  return [...scored].filter(([, d]) => d === best).map(([l]) => l).slice(0, 3);
}

/**
 * The store filter value for an --actor/--recipient argument: a code is kept (upper-cased), a name is
 * resolved, and the resolution is told on `say` ("Russia is RUS; showing RUS"). An unknown name is a usage error.
 */
export function resolveActorArg(value: string | undefined, flag: string, say: (line: string) => void, codesOnly = false): string | undefined {
  if (value === undefined) return undefined;
  const given = value.trim();
  if (CODE.test(given)) return given;
  if (/^[a-z]{3}(-[a-z]{3})?$/i.test(given) && COUNTRIES.has(given.slice(0, 3).toUpperCase())) return given.toUpperCase();
  const found = matches(given).filter((m) => !codesOnly || CODE.test(m.value));
  if (found.length === 0) {
    if (/^[A-Za-z]{3}(-[A-Za-z]{3})?$/.test(given)) return given.toUpperCase(); // a code the dictionary does not list (IGO, REB ...)
    const close = near(given);
    throw new UsageError(`${flag}: "${given}" is neither an actor code (RUS, RUS-MIL) nor a name in the actor dictionary${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}`);
  }
  const chosen = at(found, 0);
  say(found.length === 1
    ? `${flag}: ${given} is ${chosen.label}; showing ${chosen.value}`
    : `${flag}: ${given} matches ${found.map((m) => m.label).join(', ')}; showing ${chosen.value} (give a code or id to choose)`);
  return chosen.value;
}

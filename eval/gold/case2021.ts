// CASE 2021 Task 2 snippets (ACLED-style sub-event labels) and their PLOVER types. Read from ../shared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PloverType } from '../../src/types.js';
import { readRecord } from './tolerant.js';

/**
 * ACLED-style label -> PLOVER type; null = no PLOVER equivalent (the snippet is excluded and counted).
 * Why each one is in eval/README.md. Violence of any kind is ASSAULT because PLOVER merged FIGHT into
 * ASSAULT; the CAMEO2PLOVER-2021 table puts 175 (violent repression) and 1712 (destroy property) there too.
 */
export const CASE2021_TO_PLOVER: Readonly<Record<string, PloverType | null>> = {
  ABDUCT_DISSAP: 'ASSAULT',
  AGREEMENT: 'AGREE',
  AIR_STRIKE: 'ASSAULT',
  ARMED_CLASH: 'ASSAULT',
  ARREST: 'COERCE',
  ART_MISS_ATTACK: 'ASSAULT',
  ATTACK: 'ASSAULT',
  CHANGE_TO_GROUP_ACT: null,
  CHEM_WEAP: 'ASSAULT',
  DISR_WEAP: 'COERCE',
  FORCE_AGAINST_PROTEST: 'ASSAULT',
  GOV_REGAINS_TERIT: 'ASSAULT',
  GRENADE: 'ASSAULT',
  HQ_ESTABLISHED: null,
  MOB_VIOL: 'ASSAULT',
  NON_STATE_ACTOR_OVERTAKES_TER: 'ASSAULT',
  NON_VIOL_TERRIT_TRANSFER: 'RETREAT',
  OTHER: null,
  PEACE_PROTEST: 'PROTEST',
  PROPERTY_DISTRUCT: 'ASSAULT',
  PROTEST_WITH_INTER: 'PROTEST',
  REM_EXPLOS: 'ASSAULT',
  SEX_VIOL: 'ASSAULT',
  SUIC_BOMB: 'ASSAULT',
  VIOL_DEMONSTR: 'PROTEST',
  ORG_CRIME: null,
  NATURAL_DISASTER: null,
  MAN_MADE_DISASTER: null,
  DIPLO: null,
  ATTRIB: null,
};

/** Undefined for a label the inventory does not have (a loader error, not a silent exclusion). */
export function ploverOfCaseLabel(label: string): PloverType | null | undefined {
  return Object.hasOwn(CASE2021_TO_PLOVER, label) ? CASE2021_TO_PLOVER[label] : undefined;
}

const Row = z.object({ id: z.string().min(1), text: z.string().min(1), label: z.string().regex(/^[A-Z_]+$/) });
export type CaseSnippet = z.infer<typeof Row>;

/** Tab-separated with a header `id	EventSnippet	SubType`; blank lines skipped. */
/** With `skipped`, a row that cannot be read (or has an unknown label) is noted there and left out. */
export function parseCase2021(tsv: string, skipped?: string[]): CaseSnippet[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split('\t') ?? [];
  const [iId, iText, iLabel] = ['id', 'EventSnippet', 'SubType'].map((h) => header.indexOf(h));
  if (iId! < 0 || iText! < 0 || iLabel! < 0) throw new Error(`case2021: unexpected header ${header.join('|')}`);
  return lines.flatMap((l, i) => {
    const row = readRecord(`row ${i + 2}`, () => {
      const cols = l.split('\t');
      const r = Row.parse({ id: cols[iId!]?.trim(), text: cols[iText!]?.trim(), label: cols[iLabel!]?.trim() });
      if (ploverOfCaseLabel(r.label) === undefined) throw new Error(`case2021 ${r.id}: unknown label ${r.label}`);
      return r;
    }, skipped);
    return row ? [row] : [];
  });
}

export function loadCase2021(sharedDir: string, skipped?: string[]): CaseSnippet[] {
  return parseCase2021(readFileSync(join(sharedDir, 'eval/case2021-task2/test_set_final_release_with_labels.tsv'), 'utf8'), skipped);
}

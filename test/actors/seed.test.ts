// Checks the actors stage on the shared seed story: how many surface forms from the analyst's
// Actors table (read at run time from ../shared, never copied here) resolve to the expected code
// (and sector). Skips when ../shared is absent. The stage's speed is measured by `npm run bench`,
// never asserted here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';
import { annotate } from '../../src/pipeline.js';
import type { ActorMention, Doc } from '../../src/types.js';

const SHARED = process.env['ENTENTE_SHARED'] ?? join(repoRoot(), '..', 'shared');

const SEED = join(SHARED, 'seed', '000_f94d700f3ff48329.txt');
const READING = join(SHARED, 'seed', 'READING.md');
const present = existsSync(SEED) && existsSync(READING);
if (!present) console.log(`# actors seed test skipped: ${SEED} or ${READING} not found`);

interface Row {
  actor: string;
  expect: { code: string; sector: string | null }[];
  forms: string[];
}

function readTable(md: string): Row[] {
  const sect = md.split(/^## /m).find((s) => s.startsWith('Actors'));
  if (!sect) return [];
  const rows: Row[] = [];
  for (const line of sect.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || cells[1] === 'actor' || /^-+$/.test(cells[1] ?? '')) continue;
    const [, actor, codeCell, formsCell] = cells as [string, string, string, string];
    // "FRA GOV (head of state ...)", "TUR (MIL)", "BEL GOV / BEL COP"
    const expect = codeCell
      .replace(/\(.*?\)/g, '')
      .split('/')
      .map((p) => p.trim().split(/\s+/))
      .filter((p) => /^[A-Z]{3}$/.test(p[0] ?? ''))
      .map((p) => ({ code: p[0]!, sector: p[1] && /^[A-Z]{3}$/.test(p[1]) ? p[1] : null }));
    rows.push({ actor, expect, forms: formsCell.replace(/\(.*?\)/g, '').split(',').map((f) => f.trim()).filter(Boolean) });
  }
  return rows;
}

const strip = (s: string): string => s.replace(/^(the|these|those)\s+/i, '').toLowerCase();

/** Mentions that stand for one occurrence of the form: same text, or lying inside an occurrence of it. */
function mentionsFor(doc: Doc, form: string): ActorMention[] {
  const f = strip(form);
  const out = doc.actors.filter((a) => strip(a.text) === f);
  if (out.length) return out;
  const lower = doc.text.toLowerCase();
  const hits: ActorMention[] = [];
  for (let i = lower.indexOf(f); i >= 0; i = lower.indexOf(f, i + 1)) {
    for (const a of doc.actors) if (a.start >= i && a.end <= i + f.length) hits.push(a);
  }
  return hits;
}

test('seed: READING.md actor surface forms resolve', { skip: !present }, () => {
  const text = readFileSync(SEED, 'utf8');
  const doc = annotate({ text, published: '2015-11-26' }, { until: 'actors' });
  const rows = readTable(readFileSync(READING, 'utf8'));
  assert.ok(rows.length > 5, 'Actors table not found in READING.md');
  let forms = 0;
  let codeOk = 0;
  let fullOk = 0;
  const misses: string[] = [];
  for (const row of rows) {
    for (const form of row.forms) {
      forms++;
      const ms = mentionsFor(doc, form);
      const c = ms.some((m) => row.expect.some((e) => e.code === m.actor.code));
      const s = ms.some((m) => row.expect.some((e) => e.code === m.actor.code && (e.sector === null || e.sector === m.actor.sector)));
      if (c) codeOk++;
      if (s) fullOk++;
      if (!s) misses.push(`${row.actor}: "${form}" -> ${ms.map((m) => `${m.actor.code ?? '-'} ${m.actor.sector ?? '-'}`).join(', ') || 'nothing'}`);
    }
  }
  console.log(`# seed actors: ${codeOk}/${forms} forms with the right code, ${fullOk}/${forms} with code and sector; ${doc.actors.length} actor mentions, ${doc.mentions.length} typed mentions`);
  for (const m of misses) console.log(`#   miss ${m}`);
  assert.ok(codeOk / forms >= 0.85, `only ${codeOk}/${forms} forms resolved`);
});

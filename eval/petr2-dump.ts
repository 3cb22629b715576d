// Dev-half miss dump for the PETR-2 validation set, by root+dyad error class (issue 15).
//   node dist/eval/petr2-dump.js [--all]
// For each dev record: the sentence, the gold codings (CAMEO code, source, target) and entente's
// events (CAMEO code, actors, recipients, trigger), grouped by the class of its first error:
//   no event      gold codings with a PLOVER root, and entente gave nothing
//   wrong root    entente gave events, none with a gold root
//   wrong source  an event with the gold root, its source codes differ
//   wrong target  root and source right, target differs
//   extra         all gold codings matched (or none asked for), but other events came out too
// Only the dev half is ever listed (eval/split.ts); the test half is never read.
import { annotate } from '../src/pipeline.js';
import { loadCameoTable } from './gold/cameo-to-plover.js';
import { loadPetr2 } from './gold/petr2.js';
import type { GoldEvent, GoldSentence } from './gold/types.js';
import { sharedDir } from './paths.js';
import { cameoRoot, rootDyadMatch } from './root-dyad.js';
import { codesOk, sysEventOf, type SysEvent } from './score-events.js';
import { halfOf } from './split.js';

type Klass = 'right' | 'no event' | 'wrong root' | 'wrong source' | 'wrong target' | 'extra';

function classOf(gold: GoldSentence, system: readonly SysEvent[]): Klass {
  const typed = gold.events.filter((g) => g.type !== null);
  for (const g of typed) {
    if (system.some((e) => rootDyadMatch(g, e))) continue;
    if (system.length === 0) return 'no event';
    const sameRoot = system.filter((e) => cameoRoot(e.cameo) === cameoRoot(g.raw));
    if (sameRoot.length === 0) return 'wrong root';
    if (!sameRoot.some((e) => codesOk(g.actors, e.actors))) return 'wrong source';
    return 'wrong target';
  }
  if ((typed.length > 0 || gold.noEvents) && system.some((e) => !typed.some((g) => rootDyadMatch(g, e)))) return 'extra';
  return 'right';
}

const fmtGold = (g: GoldEvent) => `${g.raw} ${g.actors.join('+') || '-'} -> ${g.recipients.join('+') || '-'}${g.type ? '' : ' (01/02, not scored)'}`;

function main(): void {
  const dir = sharedDir();
  if (!dir) { console.log('SKIP: ../shared not found'); return; }
  const all = process.argv.includes('--all');
  const gold = loadPetr2(dir, loadCameoTable(dir), []).filter((g) => halfOf(g.id.split('+')[0]!) === 'dev');
  const groups = new Map<Klass, string[]>();
  for (const g of gold) {
    const doc = annotate({ id: g.id, text: g.text, ...(g.published ? { published: g.published } : {}) }, {});
    const system = doc.events.map(sysEventOf);
    const k = classOf(g, system);
    if (k === 'right' && !all) { groups.set(k, [...(groups.get(k) ?? []), g.id]); continue; }
    const lines = [`${g.id}: ${g.text.replace(/\s+/g, ' ').trim()}`];
    for (const e of g.events) lines.push(`  gold  ${fmtGold(e)}`);
    if (g.noEvents) lines.push('  gold  (no events)');
    for (const e of doc.events)
      lines.push(`  sys   ${e.cameo} ${e.type} ${e.actor.map((a) => `${a.code ?? '?'}[${a.text}]`).join('+') || '-'} -> ${e.recipient.map((a) => `${a.code ?? '?'}[${a.text}]`).join('+') || '-'}  trigger "${doc.text.slice(e.trigger.start, e.trigger.end)}"${e.modality.negated ? ' negated' : ''}`);
    for (const m of doc.messages) if (m.stage === 'events' || m.stage === 'actors') lines.push(`  msg   ${m.stage}: ${m.reason}`);
    groups.set(k, [...(groups.get(k) ?? []), lines.join('\n')]);
  }
  for (const [k, items] of groups) {
    console.log(`\n=== ${k} (${items.length}) ===`);
    for (const it of items) console.log(k === 'right' && !all ? `  ${it}` : it);
  }
}

main();

// Dev-half party misses of the sentence-level event sets (issue 15's "wrong actor" and "wrong
// recipient" classes, eval/error-classes.ts):
//   node dist/eval/party-dump.js [--actor] [plover-gsr|petr2 ...]
// For each dev gold event whose matched system event has the right type and actor but other recipient
// codes (with --actor: the right type and other actor codes): the sentence, the gold codes, the system
// event's parties with their words, and the trigger. Only the dev half is ever listed (eval/split.ts).
import { annotate } from '../src/pipeline.js';
import type { Doc, Event } from '../src/types.js';
import { loadCameoTable } from './gold/cameo-to-plover.js';
import { loadPetr2 } from './gold/petr2.js';
import { loadPloverGsr } from './gold/plover-gsr.js';
import type { GoldEvent, GoldSentence } from './gold/types.js';
import { sharedDir } from './paths.js';
import { codesOk, matchEvent, sysEventOf } from './score-events.js';
import { halfOf } from './split.js';

const SETS: Record<string, (dir: string) => GoldSentence[]> = {
  'plover-gsr': (dir) => loadPloverGsr(dir, []),
  petr2: (dir) => loadPetr2(dir, loadCameoTable(dir), []),
};

const parties = (refs: Event['actor']): string => refs.map((r) => `${r.code ?? '?'}[${r.text}]`).join('+') || '-';

/** The lines for one gold event whose match misses the wanted party, or none. */
function missLines(g: GoldSentence, ge: GoldEvent, doc: Doc, wantActor: boolean): string[] {
  const system = doc.events.map(sysEventOf);
  const m = system.length ? matchEvent(ge, system) : undefined;
  if (!m || m.type !== ge.type) return [];
  const actorOk = codesOk(ge.actors, m.actors);
  if (wantActor ? actorOk : !actorOk || codesOk(ge.recipients, m.recipients)) return [];
  const e = doc.events[system.indexOf(m)]!;
  return [
    `${g.id}: ${g.text.replace(/\s+/g, ' ').trim()}`,
    `  gold  ${ge.type} ${ge.raw} ${ge.actors.join('+') || '-'} -> ${ge.recipients.join('+') || '-'}`,
    `  sys   ${e.type} ${e.cameo} ${parties(e.actor)} -> ${parties(e.recipient)}  trigger "${doc.text.slice(e.trigger.start, e.trigger.end)}"`,
  ];
}

function main(): void {
  const dir = sharedDir();
  if (!dir) { console.log('SKIP: ../shared not found'); return; }
  const args = process.argv.slice(2);
  const wantActor = args.includes('--actor');
  const names = args.filter((a) => !a.startsWith('--'));
  for (const name of names.length ? names : Object.keys(SETS)) {
    const load = SETS[name];
    if (!load) { console.log(`unknown set ${name}; one of ${Object.keys(SETS).join(', ')}`); continue; }
    const dev = load(dir).filter((g) => halfOf(g.id.split('+')[0]!) === 'dev');
    const out: string[][] = [];
    for (const g of dev) {
      const doc = annotate({ id: g.id, text: g.text, ...(g.published ? { published: g.published } : {}) }, {});
      for (const ge of g.events) if (ge.type) { const lines = missLines(g, ge, doc, wantActor); if (lines.length) out.push(lines); }
    }
    console.log(`\n=== ${name}, dev half: ${out.length} gold events with the right type and ${wantActor ? 'another actor' : 'the right actor but another recipient'} ===`);
    for (const lines of out) console.log(`${lines.join('\n')}\n`);
  }
}

main();

// The two label sets as scorer entries: CASE 2021 Task 2 (one label per snippet) and
// IndiaPoliceEvents (yes/no police-action labels per sentence). Definitions in eval/README.md.
import { annotate } from '../src/pipeline.js';
import { missClasses } from './error-classes.js';
import type { Event, PloverType } from '../src/types.js';
import { CASE2021_TO_PLOVER, loadCase2021, ploverOfCaseLabel } from './gold/case2021.js';
import { loadIndiaPolice, sampleDocs } from './gold/india-police.js';
import { INDIA_TO_PLOVER, indiaLabelsOf, indiaQuoteLabels, SCORED_INDIA_LABELS } from './india-map.js';
import type { ScorerEntry } from './scorers.js';
import { HALVES, halfOf, inHalf, scoreByHalves } from './split.js';
import { accuracy, binaryLabelScores, confusionLines, confusionOf, macroF1, NONE, perType, perTypeLines } from './type-metrics.js';

/** A document's single type: its most confident event's, the first on ties; NONE when it has none. */
export function docType(events: readonly Pick<Event, 'type' | 'confidence'>[]): PloverType | typeof NONE {
  let best: Pick<Event, 'type' | 'confidence'> | undefined;
  for (const e of events) if (!best || e.confidence > best.confidence) best = e;
  return best?.type ?? NONE;
}

/** PLOVER types the map produces, in map order: the types macro-F1 averages over. */
export const CASE_TYPES = [...new Set(Object.values(CASE2021_TO_PLOVER).filter((t): t is PloverType => t !== null))];

interface CaseItem {
  id: string;
  label: string;
  gold: string[];
  system: string[];
  /** Whether the snippet got any event, and the events stage's rule ids on it (for the miss classes). */
  anyEvent: boolean;
  rules: string[];
}

function caseScores(items: readonly CaseItem[]): Record<string, number> {
  const conf = confusionOf(items);
  const types = perType(conf, CASE_TYPES);
  return { accuracy: accuracy(conf), n_accuracy: items.length, macro_f1: macroF1(types), n_macro_f1: types.size };
}

export const case2021Scorer: ScorerEntry = {
  name: 'case2021',
  run(sharedDir, notes) {
    const items: CaseItem[] = [];
    const excluded = new Map<string, number>();
    const skipped: string[] = [];
    for (const s of loadCase2021(sharedDir, skipped)) {
      const gold = ploverOfCaseLabel(s.label);
      if (!gold) {
        excluded.set(s.label, (excluded.get(s.label) ?? 0) + 1);
        continue;
      }
      const doc = annotate({ id: s.id, text: s.text });
      const sys = docType(doc.events);
      items.push({ id: s.id, label: s.label, gold: [gold], system: sys === NONE ? [] : [sys], anyEvent: doc.events.length > 0, rules: doc.messages.filter((m) => m.stage === 'events').map((m) => m.rule) });
    }
    const nExcluded = [...excluded.values()].reduce((a, b) => a + b, 0);
    if (skipped.length) notes.push(`skipped ${skipped.length} unreadable records:`, ...skipped.slice(0, 10).map((l) => `  ${l}`));
    notes.push(`excluded (no PLOVER equivalent), ${nExcluded} snippets: ${[...excluded].map(([l, n]) => `${l} ${n}`).join(', ')}`);
    for (const half of HALVES) {
      const sub = inHalf(items, half, (x) => x.id);
      notes.push(`per mapped PLOVER type, ${half} half (document type = most confident event):`, ...perTypeLines(perType(confusionOf(sub), CASE_TYPES)).map((l) => `  ${l}`));
    }
    // Which labels are missed, and as what, is read on the dev half only.
    const dev = inHalf(items, 'dev', (x) => x.id);
    notes.push(`dev-half misses by class (eval/error-classes.ts): ${missClasses(dev.filter((x) => x.system[0] !== x.gold[0]))}`);
    const perLabel = new Map<string, [number, number]>();
    for (const it of dev) {
      const [ok, n] = perLabel.get(it.label) ?? [0, 0];
      perLabel.set(it.label, [ok + Number(it.system[0] === it.gold[0]), n + 1]);
    }
    const hits = [...perLabel].sort((a, b) => b[1][1] - a[1][1]).map(([l, [ok, n]]) => `${l}→${CASE2021_TO_PLOVER[l]} ${ok}/${n}`);
    notes.push('right per gold label, dev half:');
    for (let i = 0; i < hits.length; i += 4) notes.push(`  ${hits.slice(i, i + 4).join(', ')}`);
    notes.push('confusion, dev half (rows gold, columns system; - = no event):', ...confusionLines(confusionOf(dev), CASE_TYPES).map((l) => `  ${l}`));
    return { ...scoreByHalves(items, (x) => x.id, caseScores), n_excluded: nExcluded };
  },
};

/** 1 = every document: the whole set annotates in ~10 s, inside the ~20 s budget. Raise to sample. */
export const INDIA_SAMPLE_EVERY = 1;

interface IndiaItem {
  docId: string;
  gold: Set<string>;
  system: Set<string>;
  /** The same labels without the police-actor requirement (diagnostic). */
  anyActor: Set<string>;
  /** The labels from events alone, without police statements (diagnostic). */
  eventsOnly: Set<string>;
}

function indiaScores(items: readonly IndiaItem[]): Record<string, number> {
  const scores = binaryLabelScores(items, SCORED_INDIA_LABELS);
  const out: Record<string, number> = {};
  for (const [l, s] of scores) {
    const k = l.toLowerCase();
    Object.assign(out, { [`${k}_precision`]: s.precision, [`n_${k}_precision`]: s.n_system, [`${k}_recall`]: s.recall, [`n_${k}_recall`]: s.n_gold, [`${k}_f1`]: s.f1 });
  }
  return { ...out, macro_f1: macroF1(scores), n_macro_f1: scores.size, n_sentences: items.length };
}

export const indiaPoliceScorer: ScorerEntry = {
  name: 'india-police',
  run(sharedDir, notes) {
    const skipped: string[] = [];
    const all = loadIndiaPolice(sharedDir, skipped);
    const docs = sampleDocs(all, INDIA_SAMPLE_EVERY);
    const items: IndiaItem[] = [];
    let unplaced = 0, fail = 0;
    const devMisses: { anyEvent: boolean; rules: string[] }[] = [];
    for (const d of docs) {
      unplaced += d.unplaced;
      const doc = annotate({ id: String(d.id), text: d.text, ...(d.published ? { published: d.published } : {}) });
      for (const s of d.sentences) {
        if (s.labels.includes('FAIL')) fail++;
        const inSentence = doc.events.filter((e) => e.trigger.start >= s.start && e.trigger.start < s.end);
        const saidHere = (doc.quotes ?? []).filter((q) => { const at = q.cue?.start ?? q.start; return at >= s.start && at < s.end; });
        const fromQuotes = saidHere.flatMap(indiaQuoteLabels);
        const fromEvents = new Set(inSentence.flatMap((e) => indiaLabelsOf(e, doc.text)));
        if (halfOf(String(d.id)) === 'dev' && s.labels.includes('ANY_ACTION') && !fromEvents.has('ANY_ACTION') && !fromQuotes.length) {
          devMisses.push({ anyEvent: inSentence.length > 0, rules: doc.messages.filter((m) => m.stage === 'events' && m.start !== undefined && m.start >= s.start && m.start < s.end).map((m) => m.rule) });
        }
        items.push({
          docId: String(d.id),
          gold: new Set<string>(s.labels),
          system: new Set([...fromEvents, ...fromQuotes]),
          anyActor: new Set(inSentence.flatMap((e) => indiaLabelsOf(e, doc.text, true))),
          eventsOnly: fromEvents,
        });
      }
    }
    // Documents are annotated whole, so the split is by document: a story's sentences stay together.
    const byDoc = (x: IndiaItem) => x.docId;
    if (skipped.length) notes.push(`skipped ${skipped.length} unreadable records:`, ...skipped.slice(0, 10).map((l) => `  ${l}`));
    notes.push(INDIA_SAMPLE_EVERY === 1 ? `all ${docs.length} documents, ${items.length} sentences` : `sample: every ${INDIA_SAMPLE_EVERY}th document in doc_id order, ${docs.length} of ${all.length} documents, ${items.length} sentences`);
    notes.push(`label map: ${Object.entries(INDIA_TO_PLOVER).map(([l, m]) => `${l} = ${m ?? 'no PLOVER equivalent, excluded'}`).join('; ')}`);
    notes.push(`FAIL: ${fail} gold sentences not scored${unplaced ? `; ${unplaced} gold sentences not found in their document` : ''}`);
    for (const half of HALVES) {
      const sub = inHalf(items, half, byDoc);
      notes.push(`per label (sentence level), ${half} half:`, ...perTypeLines(binaryLabelScores(sub, SCORED_INDIA_LABELS)).map((l) => `  ${l}`));
    }
    notes.push(`ANY_ACTION dev-half misses by class (eval/error-classes.ts; "wrong event": an event without a police actor): ${missClasses(devMisses)}`);
    const loose = binaryLabelScores(inHalf(items, 'dev', byDoc).map((x) => ({ gold: x.gold, system: x.anyActor })), SCORED_INDIA_LABELS);
    for (const half of HALVES) {
      const any = binaryLabelScores(inHalf(items, half, byDoc).map((x) => ({ gold: x.gold, system: x.eventsOnly })), ['ANY_ACTION']).get('ANY_ACTION')!;
      notes.push(`ANY_ACTION from events alone, without police statements (diagnostic), ${half} half: P ${any.precision.toFixed(3)} R ${any.recall.toFixed(3)} F1 ${any.f1.toFixed(3)}`);
    }
    notes.push(`dev half without the police-actor requirement (diagnostic, not scored): ${[...loose].map(([l, x]) => `${l} P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)} F1 ${x.f1.toFixed(3)}`).join('; ')}`);
    return { ...scoreByHalves(items, byDoc, indiaScores), n_fail_excluded: fail };
  },
};

// One input to one stored Doc: the single ingest path shared by the CLI (in-process and with
// worker threads), the HTTP API and the cluster worker. Intake and annotation may run elsewhere
// (a worker thread); storing and judging the outcome always happen here.
import { codable } from '../doc.js';
import type { IngestResult, Store } from '../store/index.js';
import type { Doc, Message, RawInput } from '../types.js';
import type { Pipeline } from '../pipeline.js';
import { at } from '../at.js';

/** How one input ended: stored (added, already there, a near copy) or skipped with a reason. */
export interface ItemOutcome {
  /** The input's path, id or article id, for logs and summaries. */
  label: string;
  status: 'added' | 'exists' | 'duplicate' | 'skipped';
  articleId: string | null;
  events: number;
  duplicateOf?: string;
  /** Why the input was skipped (no article). */
  skipReason?: string;
  /** Stored but not coded (not English ...): why. */
  uncoded?: string;
  /** Stored, but intake had a doubt worth showing (bad bytes replaced, markup too deep ...). */
  warnings: string[];
}

/** Intake notes worth showing for stored articles: damage and guesses, not routine fallbacks. */
const worthShowing = (m: Message): boolean =>
  (m.level === 'warning' && m.rule !== 'intake/readability-no-article') || m.rule === 'intake/decoded';

export const labelOf = (input: RawInput, doc?: Doc): string => input.path ?? input.id ?? doc?.id ?? 'input';

/** Intake, annotation (only when new and codable) and storage of one input, in this thread. */
export async function ingestInput(store: Store, input: RawInput, source?: string, pipeline?: Pipeline): Promise<ItemOutcome> {
  return storeDoc(store, input, await annotateNew(store, input, pipeline), source);
}

/** Intake, then the NLP stages (of `pipeline`, else the default one) unless the story is stored already (or cannot be coded). */
export async function annotateNew(store: Store, input: RawInput, pipeline?: Pipeline): Promise<Doc> {
  // loaded on first use: a parallel ingest's writer thread never annotates, and so never loads the stages' dictionaries
  const { intake, createPipeline } = await import('../pipeline.js');
  const doc = intake(input);
  // A copy of a stored story is recorded as another source of it; its events are not coded again.
  if (codable(doc) && !(await store.findDuplicate(doc))) (pipeline ?? createPipeline()).runStages(doc);
  return doc;
}

/**
 * The Doc without the layers only the stages read (tokens, sentences, mentions, name pairs): what a
 * batch waiting for its commit holds. Same article object, so its MinHash signature stays cached.
 */
export function forStore(doc: Doc): Doc {
  const { namePairs: _names, ...rest } = doc;
  return { ...rest, tokens: [], sentences: [], mentions: [] };
}

/** Stores an intaken Doc (annotated when it was new and codable); a Doc with no body is logged as skipped. */
export async function storeDoc(store: Store, input: RawInput, doc: Doc, source?: string): Promise<ItemOutcome> {
  return (await storeDocs(store, [{ input, doc }], source))[0]!;
}

/**
 * Stores several Docs in one transaction (group commit) and says how each ended. Nothing is
 * reported before its commit, so an outcome returned here survives a SIGKILL.
 */
export async function storeDocs(store: Store, items: readonly { input: RawInput; doc: Doc }[], source?: string): Promise<ItemOutcome[]> {
  const out: (ItemOutcome | null)[] = [];
  const batch: { doc: Doc; at: number }[] = [];
  for (const { input, doc } of items) {
    const label = labelOf(input, doc);
    const intakeNotes = doc.messages.filter((m) => m.stage === 'intake');
    if (doc.article.body.trim() === '') {
      // no body is no article: the error, else intake's last doubt, says why
      const why = intakeNotes.find((m) => m.level === 'error') ?? intakeNotes.filter((m) => m.level === 'warning').pop();
      out.push(await storeSkip(store, label, why?.reason ?? 'no body text found'));
      continue;
    }
    batch.push({ doc, at: out.length });
    out.push(null);
  }
  const opts = source === undefined ? {} : { source };
  if (batch.length === 0) return out as ItemOutcome[];
  const results = batch.length === 1 ? [await store.ingest(at(batch, 0).doc, opts)] : await store.ingestMany(batch.map((b) => ({ doc: b.doc, opts })));
  for (const [i, { doc, at: slot }] of batch.entries()) out[slot] = outcomeOf(labelOf(at(items, slot).input, doc), doc, at(results, i));
  return out as ItemOutcome[];
}

function outcomeOf(label: string, doc: Doc, r: IngestResult): ItemOutcome {
  const intakeNotes = doc.messages.filter((m) => m.stage === 'intake');
  const warnings = intakeNotes.filter(worthShowing).map((m) => (m.level === 'info' ? `not UTF-8, ${m.reason}` : m.reason));
  const out: ItemOutcome = { label, status: r.article, articleId: doc.article.id, events: r.events, warnings };
  if (r.duplicateOf) out.duplicateOf = r.duplicateOf;
  if (!codable(doc)) {
    const notes = intakeNotes.filter((m) => m.level !== 'error');
    out.uncoded = (notes.find((m) => m.rule === 'intake/not-english') ?? notes[0])?.reason ?? 'not coded';
  }
  return out;
}

/** An input that gave no article, logged in the store with its reason. */
export async function storeSkip(store: Store, label: string, reason: string): Promise<ItemOutcome> {
  await store.recordSkip(label, reason);
  return { label, status: 'skipped', articleId: null, events: 0, skipReason: reason, warnings: [] };
}

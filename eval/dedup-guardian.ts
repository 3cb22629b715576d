// Cross-article event deduplication on the shared Guardian sample (../shared/eval/guardian-sdf-sample:
// Syria, the SDF, Isis, 2017-2019; read at run time, never copied). Its articles are ingested into
// a store of their own and the hand-judged pairs of eval/gold/dedup-events-guardian.json are
// checked against the store's groups: a wrong merge is a judged pair of two events grouped
// together that are not one event; a same-event pair left apart is a missed duplicate.
// ENTENTE_DEDUP_DUMP_GUARDIAN=FILE writes the candidate pairs to judge (outside the repo: they
// quote the articles).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { annotate } from '../src/pipeline.js';
import { openStore, type StoredEvent } from '../src/store/index.js';
import { parseCsv } from '../test/dedup/csv.js';
import { repoRoot } from './paths.js';

const FILE = ['eval', 'guardian-sdf-sample', 'Guardian_SDF_sample.csv'];
const LABELS = join(repoRoot(), 'eval', 'gold', 'dedup-events-guardian.json');

const Label = z.object({ a: z.string(), b: z.string(), same: z.boolean(), reason: z.string() });
const Labels = z.object({ note: z.string(), pairs: z.array(Label) });

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** An event's label id: "g" + the origin's row id, a hash of its evidence sentence's words, its type and parties. */
export function guardianKey(rowId: string, e: StoredEvent): string {
  const h = createHash('sha1').update(words(e.event_text).join(' ')).digest('hex').slice(0, 12);
  const who = (ps: StoredEvent['actor']) => ps.map((p) => p.code ?? p.actor_id).join('+');
  return `g${rowId}:${h}:${e.event}:${who(e.actor)}>${who(e.recipient)}`;
}

export interface GuardianDedup {
  guardian_articles: number;
  guardian_events: number;
  guardian_judged: number;
  guardian_merged: number;
  guardian_wrong: number;
  guardian_same: number;
  guardian_same_left: number;
}

export async function measureGuardian(sharedDir: string): Promise<GuardianDedup | null> {
  const file = join(sharedDir, ...FILE);
  if (!existsSync(file)) return null;
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) return null;
  const [idAt, dateAt, textAt] = [0, header.indexOf('date'), header.indexOf('text')];
  const dir = mkdtempSync(join(tmpdir(), 'entente-dedup-guardian-'));
  const store = await openStore(join(dir, 'eval.db'));
  try {
    const rowOfDoc = new Map<string, string>();
    for (const r of rows) {
      if (r.length !== header.length) continue;
      const id = `guardian:${r[idAt]}`;
      rowOfDoc.set(id, r[idAt]!);
      await store.ingest(annotate({ id, text: r[textAt]!, ...(r[dateAt] ? { published: r[dateAt] } : {}) }), { source: 'guardian' });
    }
    const events = (await store.events()).map((e) => ({ e, key: guardianKey(rowOfDoc.get(e.doc_id) ?? '?', e) }));
    const byKey = new Map<string, StoredEvent[]>();
    for (const k of events) byKey.set(k.key, [...(byKey.get(k.key) ?? []), k.e]);

    const dumpFile = process.env['ENTENTE_DEDUP_DUMP_GUARDIAN'];
    if (dumpFile) {
      // Pairs a dedup rule might join: the store grouped them, or one type, dates a day apart at most, a party in common.
      const out: string[] = [];
      const party = (e: StoredEvent) => new Set([...e.actor, ...e.recipient].map((x) => x.code ?? x.actor_id));
      for (let i = 0; i < events.length; i++) {
        for (let j = i + 1; j < events.length; j++) {
          const [a, b] = [events[i]!, events[j]!];
          if (a.e.doc_id === b.e.doc_id || a.e.event !== b.e.event) continue;
          const together = a.e.group_id === b.e.group_id;
          const candidate = a.e.date !== null && b.e.date !== null && a.e.date.length === 10 && b.e.date.length === 10 &&
            Math.abs(Date.parse(a.e.date) - Date.parse(b.e.date)) <= 86_400_000 && [...party(a.e)].some((x) => party(b.e).has(x));
          if (together || candidate) out.push(JSON.stringify({ a: a.key, b: b.key, together, sa: a.e.event_text, sb: b.e.event_text, da: a.e.date, db: b.e.date }));
        }
      }
      writeFileSync(dumpFile, out.join('\n') + '\n');
    }

    const c: GuardianDedup = { guardian_articles: rowOfDoc.size, guardian_events: events.length, guardian_judged: 0, guardian_merged: 0, guardian_wrong: 0, guardian_same: 0, guardian_same_left: 0 };
    if (!existsSync(LABELS)) return c;
    for (const p of Labels.parse(JSON.parse(readFileSync(LABELS, 'utf8'))).pairs) {
      const a = byKey.get(p.a), b = byKey.get(p.b);
      if (!a || !b) continue; // no longer coded so
      c.guardian_judged++;
      const together = a.some((x) => b.some((y) => x.group_id === y.group_id));
      if (together) c.guardian_merged++;
      if (together && !p.same) c.guardian_wrong++;
      if (p.same) { c.guardian_same++; if (!together) c.guardian_same_left++; }
    }
    return c;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

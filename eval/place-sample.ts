// The hand-read sample of event places (eval/place-sample/reuters-60.json): which of the 60 events a
// developer judged are still coded with the same place and evidence, so a change to placing shows
// whether the verdicts still describe today's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { StoredEvent } from '../src/store/index.js';
import { repoRoot } from './paths.js';

const Sample = z.object({
  right: z.number().int(),
  of: z.number().int(),
  items: z.array(z.object({ row: z.number().int(), trigger: z.tuple([z.number(), z.number()]), type: z.string(), country: z.string().nullable(), from: z.string(), verdict: z.enum(['right', 'wrong']), why: z.string() })),
}).passthrough();

export function placeSampleNote(events: readonly StoredEvent[]): string {
  const sample = Sample.parse(JSON.parse(readFileSync(join(repoRoot(), 'eval', 'place-sample', 'reuters-60.json'), 'utf8')));
  let same = 0;
  for (const it of sample.items) {
    const e = events.find((x) => x.doc_id === `isot:${it.row}` && x.event === it.type && x.span[0] <= it.trigger[0] && it.trigger[0] < x.span[1]);
    if (e?.event_loc && e.event_loc.country === it.country && e.event_loc.from === it.from) same++;
  }
  return `dedup-events: hand-read place sample: ${sample.right} of ${sample.of} places judged right (eval/place-sample/reuters-60.json); ${same} of ${sample.of} still placed as judged`;
}

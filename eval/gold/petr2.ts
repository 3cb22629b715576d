// PETRARCH-2 validation records. The file is not well-formed XML (a `#` comment header, and
// `<Sentence .../>` written self-closing before its children), so it is read by pattern:
// split on `<Sentence `, then pick attributes, `<EventCoding>` and `<Text>` out of each chunk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { countryPart } from './actor-codes.js';
import { ploverFromCameo, type CameoTable } from './cameo-to-plover.js';
import type { GoldEvent, GoldSentence } from './types.js';
import { isoDay, readRecord } from './tolerant.js';

// The PETRARCH unit tests also write a discard or unreadable input as `error="storydiscard"` (nothing is coded) and
// two test codes with a letter after the CAMEO digits ("174K").
const Coding = z.union([
  z.object({ eventcode: z.string().regex(/^\d{2,4}[A-Z]?$/), sourcecode: z.string().default(''), targetcode: z.string().default('') }),
  z.object({ noevents: z.string().regex(/^true$/i) }),
  z.object({ error: z.enum(['storydiscard', 'sentencediscard', 'bad_input_parse']) }).transform(() => ({ noevents: 'true' })),
]);
type Coding = z.infer<typeof Coding>;

const SentenceAttrs = z.object({
  id: z.string().min(1),
  date: z.string().optional(),
  category: z.string().optional(),
});

export interface Petr2Sentence {
  id: string;
  category: string | null;
  /** YYYY-MM-DD from the YYYYMMDD `date` attribute. */
  published: string | null;
  text: string;
  codings: Coding[];
}

/** name="value" pairs of one tag (single or double quotes). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

/** Rebuild a sentence from CoNLL-U token lines (FORM column, no space where MISC says SpaceAfter=No). */
export function textFromConllu(parse: string): string {
  let out = '';
  for (const line of parse.split(/\r?\n/)) {
    const cols = line.split('\t');
    if (cols.length < 10 || !/^\d+$/.test(cols[0]!)) continue;
    out += cols[1]! + (/SpaceAfter=No/.test(cols[9]!) ? '' : ' ');
  }
  return out.trim();
}

/** With `skipped`, a sentence that cannot be read is noted there and left out (tolerant.ts). */
export function parsePetr2(xml: string, skipped?: string[]): Petr2Sentence[] {
  const start = xml.indexOf('<Sentences>');
  const end = xml.lastIndexOf('</Sentences>');
  const body = xml
    .slice(start < 0 ? 0 : start + '<Sentences>'.length, end < 0 ? undefined : end)
    .replace(/<!--[\s\S]*?-->/g, '');
  const out: Petr2Sentence[] = [];
  body.split(/<Sentence\s/).slice(1).forEach((chunk, i) => {
    const tagEnd = chunk.indexOf('>');
    const read = readRecord(`sentence ${i + 1}`, () => {
      const attrs = SentenceAttrs.parse(attributes(chunk.slice(0, tagEnd)));
      // The CoNLL-U parse follows the text; cut it off so nothing in it can match the patterns.
      const [head = '', parse = ''] = chunk.slice(tagEnd + 1).split(/<Parse\b[^>]*>/);
      const codings = [...head.matchAll(/<EventCoding\b([^>]*?)\/?>/g)].map((m) => Coding.parse(attributes(m[1]!)));
      const textMatch = /<Text>([\s\S]*?)<\/Text>/.exec(head);
      const published = isoDay(attrs.date);
      if (attrs.date && !published) {
        if (!skipped) throw new Error(`${attrs.id}: date ${attrs.date} is not YYYYMMDD`);
        skipped.push(`${attrs.id}: date ${JSON.stringify(attrs.date)} not read, scored undated`);
      }
      return {
        id: attrs.id,
        category: attrs.category ?? null,
        published,
        // One record has an empty <Text>; its words survive in the parse.
        text: decodeEntities(textMatch?.[1] ?? '').replace(/\s+/g, ' ').trim() || textFromConllu(parse),
        codings,
      };
    }, skipped);
    if (read) out.push(read);
  });
  return out;
}

export function petr2GoldSentence(s: Petr2Sentence, table?: CameoTable): GoldSentence {
  const codes = (c: string) => {
    const p = countryPart(c);
    return p ? [p] : [];
  };
  const events: GoldEvent[] = [];
  for (const c of s.codings) {
    if (!('eventcode' in c)) continue;
    events.push({ type: ploverFromCameo(c.eventcode, table), raw: c.eventcode, actors: codes(c.sourcecode), recipients: codes(c.targetcode) });
  }
  const noEvents = events.length === 0 && s.codings.some((c) => 'noevents' in c);
  return { id: s.id, text: s.text, ...(s.published ? { published: s.published } : {}), events, noEvents };
}

export function loadPetr2(sharedDir: string, table?: CameoTable, skipped?: string[]): GoldSentence[] {
  const xml = readFileSync(join(sharedDir, 'eval/petr2-gsr-validation/PETR2_GSR_validation.xml'), 'utf8');
  return parsePetr2(xml, skipped).map((s) => petr2GoldSentence(s, table));
}

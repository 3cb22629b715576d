// PETRARCH-2 validation records. The file is not well-formed XML (a `#` comment header, and
// `<Sentence .../>` written self-closing before its children), so it is read by pattern:
// split on `<Sentence `, then pick attributes, `<EventCoding>` and `<Text>` out of each chunk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { countryPart } from './actor-codes.js';
import { ploverFromCameo, type CameoTable } from './cameo-to-plover.js';
import type { GoldEvent, GoldSentence } from './types.js';

const Coding = z.union([
  z.object({ eventcode: z.string().regex(/^\d{2,4}$/), sourcecode: z.string().default(''), targetcode: z.string().default('') }),
  z.object({ noevents: z.string().regex(/^true$/i) }),
]);
type Coding = z.infer<typeof Coding>;

const SentenceAttrs = z.object({
  id: z.string().min(1),
  date: z.string().regex(/^\d{8}$/).optional(),
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

export function parsePetr2(xml: string): Petr2Sentence[] {
  const start = xml.indexOf('<Sentences>');
  const end = xml.lastIndexOf('</Sentences>');
  const body = xml
    .slice(start < 0 ? 0 : start + '<Sentences>'.length, end < 0 ? undefined : end)
    .replace(/<!--[\s\S]*?-->/g, '');
  const out: Petr2Sentence[] = [];
  for (const chunk of body.split(/<Sentence\s/).slice(1)) {
    const tagEnd = chunk.indexOf('>');
    const attrs = SentenceAttrs.parse(attributes(chunk.slice(0, tagEnd)));
    // The CoNLL-U parse follows the text; cut it off so nothing in it can match the patterns.
    const [head = '', parse = ''] = chunk.slice(tagEnd + 1).split(/<Parse\b[^>]*>/);
    const codings = [...head.matchAll(/<EventCoding\b([^>]*?)\/?>/g)].map((m) => Coding.parse(attributes(m[1]!)));
    const textMatch = /<Text>([\s\S]*?)<\/Text>/.exec(head);
    const d = attrs.date;
    out.push({
      id: attrs.id,
      category: attrs.category ?? null,
      published: d ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null,
      // One record has an empty <Text>; its words survive in the parse.
      text: decodeEntities(textMatch?.[1] ?? '').replace(/\s+/g, ' ').trim() || textFromConllu(parse),
      codings,
    });
  }
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

export function loadPetr2(sharedDir: string, table?: CameoTable): GoldSentence[] {
  const xml = readFileSync(join(sharedDir, 'eval/petr2-gsr-validation/PETR2_GSR_validation.xml'), 'utf8');
  return parsePetr2(xml).map((s) => petr2GoldSentence(s, table));
}

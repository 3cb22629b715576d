// PLACEHOLDER until the intake stage lands: the whole text is one body zone.
import type { Doc, RawInput } from '../types.js';
import { createHash } from 'node:crypto';
export function intake(input: RawInput): Doc {
  const text = input.text ?? new TextDecoder().decode(input.bytes ?? new Uint8Array());
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return {
    id: input.id ?? id, text,
    article: { id, url: input.url ?? null, source: input.source ?? null, title: input.title ?? null, subtitle: null, byline: null, credit: null,
      published: input.published ?? null, publishedFrom: input.published ? 'caller' : 'none', language: 'en', body: text, paragraphs: [{ start: 0, end: text.length }] },
    zones: [{ kind: 'body', start: 0, end: text.length }], tokens: [], sentences: [], mentions: [], actors: [], times: [], places: [], events: [], messages: [],
  };
}

// A Doc whose whole text is one body zone: for callers that bring clean text and want to
// run stages directly (scorers, tests), skipping intake's zoning.
import type { Doc } from './types.js';

export function bodyDoc(text: string, published: string | null = null, id = 'doc'): Doc {
  return {
    id, text,
    article: { id, url: null, source: null, title: null, subtitle: null, byline: null, credit: null, published,
      publishedFrom: published ? 'caller' : 'none', language: 'en', body: text, paragraphs: [{ start: 0, end: text.length }] },
    zones: [{ kind: 'body', start: 0, end: text.length }],
    tokens: [], sentences: [], mentions: [], actors: [], times: [], places: [], events: [], messages: [],
  };
}

// Build a Doc up to the actors stage and find actor mentions by their text.
import { annotate, codable, type Pipeline } from '../../src/pipeline.js';
import { textStage } from '../../src/text/tokenize.js';
import { actorsStage } from '../../src/actors/index.js';
import type { ActorMention, Doc } from '../../src/types.js';

/** `pipeline` (default: the default pipeline) up to the actors stage. */
export function actorsOf(text: string, published?: string, pipeline?: Pipeline): Doc {
  const input = published ? { text, published } : { text };
  const doc = pipeline ? pipeline.annotate(input, { until: 'actors' }) : annotate(input, { until: 'actors' });
  if (!codable(doc) && text.trim() !== '') {
    // intake may misjudge the language of a short, name-heavy test sentence; these tests are about actors
    console.log(`# actors test: intake did not code this text (language ${doc.article.language}); running text+actors directly`);
    doc.article.language = 'en';
    textStage(doc);
    actorsStage(doc);
  }
  return doc;
}

/** Actor mentions whose text is exactly `surface` (in text order). */
export function find(doc: Doc, surface: string): ActorMention[] {
  return doc.actors.filter((a) => a.text === surface);
}

export function one(doc: Doc, surface: string, nth = 0): ActorMention {
  const m = find(doc, surface)[nth];
  if (!m) throw new Error(`no actor mention "${surface}" (#${nth}); have: ${doc.actors.map((a) => a.text).join(' | ')}`);
  return m;
}

/** The country code the actors stage gives the first mention whose text is `phrase`. */
export function codeOf(text: string, phrase: string, published = '2020-02-02'): string | null {
  return one(actorsOf(text, published), phrase).actor.code;
}

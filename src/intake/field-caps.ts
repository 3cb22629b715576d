// Bounds on an article's metadata fields. A caller or a page can send a title of millions of
// characters; stored whole it would bloat every event row that repeats it, the API's pages and the
// web page. Each cap sits far above any real value, so only junk is cut, and a cut is a warning
// stored with the article.
import { createHash } from 'node:crypto';
import type { Article, Message } from '../types.js';

/** Characters kept per field, and why that many. */
export const FIELD_CAPS = {
  /** The longest real headlines run to ~300 characters. */
  title: 1_000,
  /** A standfirst is a sentence or two. */
  subtitle: 2_000,
  /** Several authors with their roles. */
  byline: 500,
  credit: 500,
  /** A publisher's name. */
  source: 300,
  /** The sitemap protocol's and most browsers' practical URL limit. */
  url: 2_048,
  /** A caller's record id (JSONL id, feed guid): a URL-like guid fits. */
  id: 512,
} as const;

const cut = (s: string, n: number): string => {
  let end = n;
  if (/[\uD800-\uDBFF]/.test(s.charAt(end - 1))) end--; // never half a surrogate pair
  return s.slice(0, end);
};

/**
 * The article's fields (and the caller's id) within FIELD_CAPS. Text fields are cut; an over-long
 * URL is dropped (a cut URL points somewhere else); an over-long id keeps a prefix plus a hash of the
 * whole, so two ids stay two. Each change is a warning in `messages`.
 */
export function capFields(article: Article, id: string, messages: Message[]): string {
  const warn = (reason: string): void => { messages.push({ stage: 'intake', rule: 'intake/field-capped', level: 'warning', reason }); };
  for (const k of ['title', 'subtitle', 'byline', 'credit', 'source'] as const) {
    const v = article[k];
    if (v && v.length > FIELD_CAPS[k]) {
      article[k] = cut(v, FIELD_CAPS[k]);
      warn(`${k} cut to ${article[k]!.length} of ${v.length} characters (cap ${FIELD_CAPS[k]})`);
    }
  }
  if (article.url && article.url.length > FIELD_CAPS.url) {
    warn(`url of ${article.url.length} characters dropped (cap ${FIELD_CAPS.url}): a cut URL would point elsewhere`);
    article.url = null;
  }
  if (id.length <= FIELD_CAPS.id) return id;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 16);
  const short = `${cut(id, FIELD_CAPS.id - 17)}#${hash}`;
  warn(`id cut to ${short.length} of ${id.length} characters (cap ${FIELD_CAPS.id}; a hash of the whole id keeps it distinct)`);
  return short;
}

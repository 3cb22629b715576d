// Intake: raw input (text, HTML or bytes) to a Doc with text, article, zones and messages.
// Plain text is kept exactly as given and only marked with zones; HTML is reduced to its
// clean body text. Never throws: bad input gives a Doc with an empty body and a message.
import { createHash } from 'node:crypto';
import type { Article, Doc, Message, RawInput, Span, Zone } from '../types.js';
import { decodeBytes } from './decode.js';
import { countMojibake } from './mojibake.js';
import { dateFromUrl, normalizeDate, readGivenDate } from './dates.js';
import { looksLikeHtml, readHtml, readHtmlMetaOnly } from './html.js';
import { detectLanguage } from './language.js';
import { capFields } from './field-caps.js';
import { layoutPlainText, readDateline } from './plain-text.js';
import { SPACE_TO_FOLD } from './line-rules.js';

export { decodeBytes } from './decode.js';
export { detectLanguage } from './language.js';
export { looksLikeHtml } from './html.js';
export { readInputs, readJsonl, isInputError, type InputError } from './sources.js';

/** Longest body text read, in characters; the rest is dropped with a warning. */
export const TEXT_CAP = 2_000_000;
/** Longest HTML parsed, in characters. */
export const HTML_CAP = 10_000_000;

const STAGE = 'intake';
const note = (level: Message['level'], rule: string, reason: string, span?: Span): Message =>
  span ? { stage: STAGE, rule: `${STAGE}/${rule}`, level, reason, start: span.start, end: span.end } : { stage: STAGE, rule: `${STAGE}/${rule}`, level, reason };

/** sha256 (first 16 hex) of the whitespace-collapsed text: the same story gives the same id. */
export function contentId(body: string): string {
  return createHash('sha256').update(body.replace(SPACE_TO_FOLD, ' ').trim()).digest('hex').slice(0, 16);
}

const isHtmlPath = (p: string | undefined): boolean => p !== undefined && /\.(x?html?|shtml)$/i.test(p);

export function intake(input: RawInput): Doc {
  try {
    return intakeOrThrow(input ?? {});
  } catch (e) {
    return emptyDoc(input ?? {}, '', [note('error', 'failed', `intake failed: ${e instanceof Error ? e.message : String(e)}`)]);
  }
}

function intakeOrThrow(input: RawInput): Doc {
  const messages: Message[] = [];
  let { html, text } = input;
  if (typeof html !== 'string' && typeof text !== 'string' && input.bytes instanceof Uint8Array) {
    const decoded = decodeBytes(input.bytes);
    if ('error' in decoded) return emptyDoc(input, '', [note('error', 'undecodable', decoded.error)]);
    if (decoded.warning) messages.push(note('warning', 'invalid-text', decoded.warning));
    if (!decoded.encoding.startsWith('utf-8')) messages.push(note('info', 'decoded', `decoded as ${decoded.encoding}`));
    if (isHtmlPath(input.path) || looksLikeHtml(decoded.text)) html = decoded.text;
    else text = decoded.text;
  }
  // given both, the text is what spans must index; the HTML then only lends its metadata
  if (typeof html === 'string' && html.trim() !== '' && typeof text !== 'string') return fromHtml(html, input, messages);
  if (typeof text === 'string') return fromText(text, input, messages, typeof html === 'string' ? html : null);
  const reason = typeof html === 'string' ? 'empty input: the HTML is blank' : 'empty input: no text, html or bytes given';
  return emptyDoc(input, '', [...messages, note('error', 'empty', reason)]);
}

function fromText(given: string, input: RawInput, messages: Message[], html: string | null): Doc {
  if (given.trim() === '') return emptyDoc(input, given, [...messages, note('error', 'empty', 'empty input: the text is blank')]);
  let text = given;
  if (text.length > TEXT_CAP) {
    // a prefix keeps every offset valid against what the caller sent
    let cut = text.lastIndexOf('\n', TEXT_CAP);
    if (cut < TEXT_CAP / 2) cut = TEXT_CAP;
    if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
    text = text.slice(0, cut);
    messages.push(note('warning', 'text-capped', `text capped at ${cut} of ${given.length} characters: the rest is not read`));
  }
  const meta = html ? readHtmlMetaOnly(html) : null;
  const layout = layoutPlainText(text, input.title?.trim() || null);
  messages.push(...layout.messages);
  return finish(input, text, layout.paragraphs, layout.zones, messages, {
    title: layout.title ?? meta?.title ?? null,
    subtitle: layout.subtitle ?? meta?.subtitle ?? null,
    byline: layout.byline ?? meta?.byline ?? null,
    credit: layout.credit ?? meta?.credit ?? null,
    source: layout.source ?? meta?.siteName ?? null,
    url: meta?.url ?? null, metaDate: meta?.published ?? null, metaDateRejected: meta?.publishedRejected ?? null, datelineDate: layout.published, lang: null,
  });
}

function fromHtml(given: string, input: RawInput, messages: Message[]): Doc {
  let html = given;
  if (html.length > HTML_CAP) {
    html = html.slice(0, HTML_CAP);
    messages.push(note('warning', 'html-capped', `HTML capped at ${HTML_CAP} of ${given.length} characters`));
  }
  const page = readHtml(html);
  if (page.warning) messages.push(note('warning', page.warning.rule, page.warning.reason));
  const paragraphs: Span[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const p of page.paragraphs) {
    const start = length === 0 ? 0 : length + 2;
    if (start + p.length > TEXT_CAP) {
      messages.push(note('warning', 'body-capped', `body capped at ${length} characters: later paragraphs are not read`));
      break;
    }
    parts.push(p);
    paragraphs.push({ start, end: start + p.length });
    length = start + p.length;
  }
  const text = parts.join('\n\n');
  const zones: Zone[] = [];
  let datelineDate: string | null = null;
  let agency: string | null = null;
  const p0 = paragraphs[0];
  const dl = p0 ? readDateline(text, p0) : null;
  if (p0 && dl) {
    zones.push(dl.zone);
    p0.start = dl.bodyStart;
    datelineDate = dl.date;
    agency = dl.agency;
  }
  if (p0) zones.push({ kind: 'body', start: p0.start, end: length });
  if (text === '') messages.push(note('warning', 'no-html-body', 'no article body found in the HTML'));
  const m = page.meta;
  return finish(input, text, paragraphs, zones, messages, {
    title: m.title, subtitle: m.subtitle, byline: m.byline, credit: m.credit, source: m.siteName ?? agency,
    url: m.url, metaDate: m.published, metaDateRejected: m.publishedRejected ?? null, datelineDate, lang: m.lang,
  });
}

interface Found {
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  credit: string | null;
  source: string | null;
  url: string | null;
  metaDate: string | null;
  /** A date the page's metadata gives that the calendar refuses, and why. */
  metaDateRejected: string | null;
  datelineDate: string | null;
  /** Declared language (HTML lang attribute), used only when detection cannot tell. */
  lang: string | null;
}

function finish(input: RawInput, text: string, paragraphs: Span[], zones: Zone[], messages: Message[], found: Found): Doc {
  const body = paragraphs.map((p) => text.slice(p.start, p.end)).join('\n\n');
  const url = input.url?.trim() || found.url;
  const { published, publishedFrom } = resolvePublished(input, found, url, messages);
  if (body.trim() === '' && !messages.some((m) => m.level !== 'info')) messages.push(note('warning', 'no-body', 'no body text found'));
  // A body too short to tell (a plain-text layout may read most of a non-English file as title
  // and standfirst) must not pass for English: the whole text is asked next.
  const language = detectLanguage(body || text) ?? (body ? detectLanguage(text) : null) ?? found.lang;
  if (language !== null && language !== 'en') messages.push(note('info', 'not-english', `not English (${language}): stored but not coded`));
  const mojibake = countMojibake(body);
  if (mojibake > 0) messages.push(note('warning', 'mojibake', `${mojibake} sequences of UTF-8 read as windows-1252 before the text reached entente ("â€œ" for “): read as written, quotes and names there may be missed`));
  const id = contentId(body || text);
  const article: Article = {
    id,
    url: url ?? null,
    source: input.source?.trim() || found.source,
    title: input.title?.trim() || found.title,
    subtitle: found.subtitle,
    byline: found.byline,
    credit: found.credit,
    published,
    publishedFrom,
    language,
    body,
    paragraphs,
  };
  const docId = capFields(article, input.id ?? id, messages);
  return { id: docId, text, article, zones, tokens: [], sentences: [], mentions: [], actors: [], times: [], places: [], events: [], messages };
}

const FROM_WORDS: Record<Article['publishedFrom'], string> = {
  caller: 'the caller', meta: "the page's metadata", dateline: "the text's dateline", url: 'the URL', none: '',
};

function resolvePublished(input: RawInput, found: Found, url: string | null, messages: Message[]): Pick<Article, 'published' | 'publishedFrom'> {
  // a date that is given but refused is said out loud, with what the story was dated by instead
  let refused: string | null = null;
  if (input.published !== undefined && input.published !== null && String(input.published).trim() !== '') {
    const given = readGivenDate(String(input.published));
    if (given && 'value' in given) return { published: given.value, publishedFrom: 'caller' };
    refused = `${input.publishedField ?? 'published'} "${String(input.published).slice(0, 40)}" refused: ${given && 'problem' in given ? given.problem : 'not a date'}`;
  }
  const r = fallbackDate(found, url);
  if (!refused && found.metaDateRejected && r.publishedFrom !== 'meta') refused = `${found.metaDateRejected}: refused`;
  if (refused) messages.push(note('warning', 'date-refused', `${refused}; ${r.published ? `dated ${r.published} from ${FROM_WORDS[r.publishedFrom]} instead` : 'stored undated'}`));
  if (!r.published) messages.push(note('info', 'undated', 'undated: no publication date found'));
  return r;
}

function fallbackDate(found: Found, url: string | null): Pick<Article, 'published' | 'publishedFrom'> {
  if (found.metaDate) return { published: found.metaDate, publishedFrom: 'meta' };
  if (found.datelineDate) return { published: found.datelineDate, publishedFrom: 'dateline' };
  const fromUrl = dateFromUrl(url);
  if (fromUrl) return { published: fromUrl, publishedFrom: 'url' };
  return { published: null, publishedFrom: 'none' };
}

function emptyDoc(input: RawInput, text: string, messages: Message[]): Doc {
  const id = contentId(text);
  const article: Article = {
    id, url: input.url ?? null, source: input.source ?? null, title: input.title ?? null, subtitle: null, byline: null, credit: null,
    published: normalizeDate(input.published ?? null), publishedFrom: normalizeDate(input.published ?? null) ? 'caller' : 'none',
    language: null, body: '', paragraphs: [],
  };
  return { id: capFields(article, input.id ?? id, messages), text, article, zones: [], tokens: [], sentences: [], mentions: [], actors: [], times: [], places: [], events: [], messages };
}

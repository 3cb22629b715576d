// HTML to clean body paragraphs: Readability (on a linkedom DOM) finds the article, then an
// iterative walk turns its markup into paragraphs. Deep or broken markup falls back to a
// plain walk of <body>, then to stripping tags, so a page never crashes intake.
import { createRequire } from 'node:module';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { authorName, clean, readHtmlMeta, type HtmlMeta } from './html-meta.js';
import { lineRules, matchLine } from './line-rules.js';
import { isFurnitureLine, isLeadFurniture, pruneArticle } from './html-clean.js';
import { at, group } from '../at.js';

// linkedom's DOM types are loose: the DOM is handled as `any` here
type Node_ = any;

interface DomTools { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass }
let tools: DomTools | null = null;

/** linkedom and Readability, loaded on the first page: text and JSONL runs never pay their start-up. */
function dom(): DomTools {
  if (tools) return tools;
  const require = createRequire(import.meta.url);
  tools = { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  return tools;
}

export interface HtmlArticle {
  paragraphs: string[];
  meta: HtmlMeta;
  /** Why a fallback was used, when it was. */
  warning: { rule: string; reason: string } | null;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'DL', 'DT', 'DD', 'BR', 'HR', 'ADDRESS',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'FORM', 'BUTTON', 'FIGURE', 'FIGCAPTION', 'SELECT', 'OBJECT']);
const PAGE_FURNITURE = new Set(['NAV', 'ASIDE', 'HEADER', 'FOOTER']);

/** Readability slows down badly (minutes) on very deep trees; real pages stay under ~100. */
const MAX_READABILITY_DEPTH = 400;

function maxDepth(document: Node_): number {
  let max = 0;
  const stack: [Node_, number][] = [[document.documentElement, 1]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > MAX_READABILITY_DEPTH) break;
    for (let c = el?.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

/** Parsing itself takes seconds on absurdly deep markup: such pages are only stripped of tags. */
const MAX_PARSE_DEPTH = 2000;
const VOID_OR_AUTOCLOSED = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd']);

/** Nesting depth read off the tags in the string, without building a DOM (stops counting past the limit). */
function markupNesting(html: string): number {
  const re = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    const tag = group(m, 2).toLowerCase();
    if (VOID_OR_AUTOCLOSED.has(tag) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > MAX_PARSE_DEPTH) break;
  }
  return max;
}

/** A DOM document, even for fragments and text without any <html>. */
function parseDocument(html: string): Node_ {
  const { parseHTML } = dom();
  let { document } = parseHTML(html);
  if (String(document.documentElement?.tagName).toUpperCase() !== 'HTML' || !document.body) ({ document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`));
  return document;
}

/** Text blocks of an element, in order, walking with an explicit stack (no recursion limit). */
export function blockTexts(root: Node_, skipFurniture = false): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = clean(buf);
    if (t) out.push(t);
    buf = '';
  };
  const stack: [Node_, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, exiting] = stack.pop()!;
    if (node.nodeType === 3) { buf += node.textContent ?? ''; continue; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = String(node.tagName ?? '').toUpperCase();
    if (SKIP.has(tag) || (skipFurniture && PAGE_FURNITURE.has(tag))) continue;
    const block = BLOCK.has(tag);
    if (exiting) {
      if (block) flush();
      else if (tag === 'TD' || tag === 'TH') buf += ' '; // a table row is one line, its cells apart
      continue;
    }
    if (block) flush();
    stack.push([node, true]);
    const kids = node.childNodes ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
  }
  flush();
  return out;
}

function stripTags(html: string): string[] {
  return html
    .replace(/<(script|style|noscript)\b[^>]*>[^]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(p|div|br|h\d|li|tr|section|article|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'")
    .split(/\n/)
    .map(clean)
    .filter((s) => s !== '');
}

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
// letters of any script: an ASCII \W would squash Cyrillic or Hangul lines to nothing, all "equal"
const same = (a: string, b: string | null): boolean => b !== null && squash(a) !== '' && squash(a) === squash(b);
/** The paragraph starts with the (possibly truncated) description. */
function leads(description: string, paragraph: string): boolean {
  const d = squash(description.replace(/(\.\.\.|…)\s*$/, ''));
  return d.length >= 20 && squash(paragraph).startsWith(d.slice(0, 120));
}

/** The author's name and bio closing the article ("Jane Roe is a reporter for ..."): about the writer, not the story. */
function dropAuthorBio(paragraphs: string[], byline: string | null): string[] {
  const name = byline?.split(/,| and /)[0]?.trim();
  if (!name || paragraphs.length < 4) return paragraphs;
  const bio = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (is|was|has|covers|writes|reports)\\b`, 'u');
  let end = paragraphs.length;
  while (end > paragraphs.length - 3 && end > 1) {
    const p = at(paragraphs, end - 1);
    if (!(same(p, name) || (bio.test(p) && p.split(/\s+/).length <= 80))) break;
    end--;
  }
  return paragraphs.slice(0, end);
}

export function readHtml(html: string): HtmlArticle {
  const emptyMeta: HtmlMeta = { title: null, subtitle: null, subtitleOnPage: false, byline: null, credit: null, url: null, siteName: null, published: null, lang: null };
  const nesting = markupNesting(html);
  if (nesting > MAX_PARSE_DEPTH) {
    return { paragraphs: stripTags(html), meta: emptyMeta, warning: { rule: 'markup-too-deep', reason: `markup nested over ${MAX_PARSE_DEPTH} deep: tags stripped, no metadata read` } };
  }
  let document: Node_;
  try {
    document = parseDocument(html);
  } catch (e) {
    return { paragraphs: stripTags(html), meta: emptyMeta, warning: { rule: 'html-unparsed', reason: `HTML could not be parsed (${(e as Error).message}): tags stripped` } };
  }
  let meta = emptyMeta;
  try {
    meta = readHtmlMeta(document);
  } catch {
    // metadata is optional; the body still matters
  }
  let paragraphs: string[] = [];
  let warning: { rule: string; reason: string } | null = null;
  const depth = maxDepth(document);
  if (depth > MAX_READABILITY_DEPTH) warning = { rule: 'readability-skipped', reason: `markup nested ${depth} deep: Readability skipped, used the page text` };
  else try {
    const result = new (dom().Readability)(document, { charThreshold: 200, keepClasses: true }).parse();
    if (result?.content) {
      const article = parseDocument(result.content);
      pruneArticle(article.body);
      paragraphs = blockTexts(article);
      meta.title ??= clean(result.title) || null;
      meta.byline ??= authorName(result.byline ?? ''); // Readability also reads author metas: the same checks
      meta.siteName ??= clean(result.siteName) || null;
    }
    if (paragraphs.length === 0) warning = { rule: 'readability-no-article', reason: 'Readability found no article: used the page text' };
  } catch (e) {
    warning = { rule: 'readability-failed', reason: `Readability failed (${(e as Error).message}): used the page text` };
    try {
      document = parseDocument(html); // Readability may have left the DOM half rewritten
    } catch {
      document = null;
    }
  }
  if (paragraphs.length === 0) {
    try {
      paragraphs = document?.body ? blockTexts(document.body, true) : [];
    } catch {
      paragraphs = stripTags(html);
    }
  }
  // the headline and standfirst are metadata, not body
  const rules = lineRules();
  const lead = (p: string): boolean =>
    same(p, meta.title) || (meta.subtitleOnPage && same(p, meta.subtitle)) || same(p, meta.credit) ||
    matchLine(p, rules.byline) !== null || matchLine(p, rules.credit) !== null || isLeadFurniture(p);
  const kept: string[] = [];
  for (const p of paragraphs) {
    if (isFurnitureLine(p)) continue;
    // the first three blocks that are left: furniture there is headline, dek, byline
    if (kept.length < 3 && lead(p)) continue;
    kept.push(p);
  }
  paragraphs = dropAuthorBio(kept, meta.byline);
  // a description that only repeats the lead is no standfirst
  if (meta.subtitle && paragraphs.slice(0, 2).some((p) => leads(meta.subtitle!, p))) meta.subtitle = null;
  return { paragraphs, meta, warning };
}

/** Only the metadata of a page, for callers that give the article text beside its HTML. */
export function readHtmlMetaOnly(html: string): HtmlMeta | null {
  try {
    if (markupNesting(html) > MAX_PARSE_DEPTH) return null;
    return readHtmlMeta(parseDocument(html));
  } catch {
    return null;
  }
}

/** Content that is HTML whatever its file name says. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[^]*?-->\s*)*<!doctype html/.test(head) || /^<html[\s>]/.test(head)) return true;
  return /<(html|head|body)[\s>]/.test(head) && /<\/(p|div|head|body|title)>/.test(text.slice(0, 65536).toLowerCase());
}

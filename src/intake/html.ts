// HTML to clean body paragraphs: Readability (on a linkedom DOM) finds the article, then an
// iterative walk turns its markup into paragraphs. Deep or broken markup falls back to a
// plain walk of <body>, then to stripping tags, so a page never crashes intake.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { clean, readHtmlMeta, type HtmlMeta } from './html-meta.js';
import { lineRules, matchLine } from './line-rules.js';

// linkedom's DOM types are loose: the DOM is handled as `any` here
type Node_ = any;

export interface HtmlArticle {
  paragraphs: string[];
  meta: HtmlMeta;
  /** Why a fallback was used, when it was. */
  warning: string | null;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'BR', 'HR', 'ADDRESS',
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
    const tag = m[2]!.toLowerCase();
    if (VOID_OR_AUTOCLOSED.has(tag) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > MAX_PARSE_DEPTH) break;
  }
  return max;
}

/** A DOM document, even for fragments and text without any <html>. */
function parseDocument(html: string): Node_ {
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
    if (exiting) { if (block) flush(); continue; }
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

const same = (a: string, b: string | null): boolean => b !== null && a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** The paragraph starts with the (possibly truncated) description. */
function leads(description: string, paragraph: string): boolean {
  const d = squash(description.replace(/(\.\.\.|…)\s*$/, ''));
  return d.length >= 20 && squash(paragraph).startsWith(d.slice(0, 120));
}

export function readHtml(html: string): HtmlArticle {
  const emptyMeta: HtmlMeta = { title: null, subtitle: null, byline: null, credit: null, url: null, siteName: null, published: null, lang: null };
  const nesting = markupNesting(html);
  if (nesting > MAX_PARSE_DEPTH) {
    return { paragraphs: stripTags(html), meta: emptyMeta, warning: `markup nested over ${MAX_PARSE_DEPTH} deep: tags stripped, no metadata read` };
  }
  let document: Node_;
  try {
    document = parseDocument(html);
  } catch (e) {
    return { paragraphs: stripTags(html), meta: emptyMeta, warning: `HTML could not be parsed (${(e as Error).message}): tags stripped` };
  }
  let meta = emptyMeta;
  try {
    meta = readHtmlMeta(document);
  } catch {
    // metadata is optional; the body still matters
  }
  let paragraphs: string[] = [];
  let warning: string | null = null;
  const depth = maxDepth(document);
  if (depth > MAX_READABILITY_DEPTH) warning = `markup nested ${depth} deep: Readability skipped, used the page text`;
  else try {
    const result = new Readability(document, { charThreshold: 200 }).parse();
    if (result?.content) {
      paragraphs = blockTexts(parseDocument(result.content));
      meta.title ??= clean(result.title) || null;
      meta.byline ??= clean(result.byline).replace(/^by\s+/i, '') || null;
      meta.siteName ??= clean(result.siteName) || null;
    }
    if (paragraphs.length === 0) warning = 'Readability found no article: used the page text';
  } catch (e) {
    warning = `Readability failed (${(e as Error).message}): used the page text`;
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
  const drop = (p: string, i: number): boolean =>
    i < 3 && (same(p, meta.title) || same(p, meta.subtitle) || same(p, meta.credit) || matchLine(p, rules.byline) !== null || matchLine(p, rules.credit) !== null);
  paragraphs = paragraphs.filter((p, i) => !drop(p, i));
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

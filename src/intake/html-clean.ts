// Page furniture that Readability leaves inside the article it picks: share bars, "Related" and
// "Most popular" blocks, captions and credits, newsletter prompts. Two passes: one on the
// article's DOM (class names, link density), one on its text blocks (phrase lists). The
// phrases and class patterns are data (data/intake/html-boilerplate.json and boilerplate.json).
import { loadJson } from '../data.js';
import { clean } from './html-meta.js';
import { lineRules, matchesPhrase, matchLine, normalizeLine, wordCount, type PhraseMatcher } from './line-rules.js';

// linkedom's DOM types are loose: the DOM is handled as `any` here
type El = any;

interface PhraseData { exact: string[]; prefix: string[]; regex: string[] }
interface HtmlBoilerplateData {
  dropClass: string[];
  keepClass: string[];
  captionClass: string[];
  linkBlock: { maxWords: number; minLinkShare: number };
  inline: PhraseData;
  caption: { maxWords: number; regex: string[] };
  dateLine: { maxWords: number; words: string[]; anchors: string[] };
  leadByline: { maxWords: number; regex: string[] };
}

interface HtmlRules {
  drop: RegExp;
  keep: RegExp;
  caption: RegExp;
  linkBlock: { maxWords: number; minLinkShare: number };
  inline: PhraseMatcher;
  captionText: { maxWords: number; regex: RegExp[] };
  dateWords: { maxWords: number; words: Set<string>; anchors: Set<string> };
  leadByline: { maxWords: number; regex: RegExp[] };
}
let compiled: HtmlRules | null = null;

function htmlRules(): HtmlRules {
  if (compiled) return compiled;
  const d = loadJson<HtmlBoilerplateData>('intake', 'html-boilerplate.json');
  const any = (xs: string[]): RegExp => new RegExp(xs.join('|'), 'i');
  compiled = {
    drop: any(d.dropClass), keep: any(d.keepClass), caption: any(d.captionClass), linkBlock: d.linkBlock,
    inline: { exact: new Set(d.inline.exact.map(normalizeLine)), prefix: d.inline.prefix.map(normalizeLine), regex: d.inline.regex.map((r) => new RegExp(r, 'iu')) },
    captionText: { maxWords: d.caption.maxWords, regex: d.caption.regex.map((r) => new RegExp(r, 'iu')) },
    dateWords: { maxWords: d.dateLine.maxWords, words: new Set([...d.dateLine.words, ...d.dateLine.anchors]), anchors: new Set(d.dateLine.anchors) },
    leadByline: { maxWords: d.leadByline.maxWords, regex: d.leadByline.regex.map((r) => new RegExp(r, 'u')) },
  };
  return compiled;
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function linkWords(el: El): number {
  let n = 0;
  for (const a of el.querySelectorAll('a') as El[]) n += words(a.textContent ?? '');
  return n;
}

/** Elements of the article DOM that are furniture, found by class/id and by link density. */
export function pruneArticle(root: El): void {
  const r = htmlRules();
  const doomed: El[] = [];
  for (const el of root.querySelectorAll('*') as El[]) {
    const tag = String(el.tagName).toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (name.trim() !== '' && (r.drop.test(name) || r.caption.test(name)) && !r.keep.test(name)) {
      doomed.push(el);
      continue;
    }
    // a list or short block made mostly of links: "more stories", tag clouds, share bars
    if (/^(UL|OL|DIV|P|SECTION|NAV)$/.test(tag)) {
      const w = words(clean(el.textContent));
      if (w > 0 && w <= r.linkBlock.maxWords && linkWords(el) / w >= r.linkBlock.minLinkShare) doomed.push(el);
    }
  }
  for (const el of doomed) el.parentNode?.removeChild(el);
}

let headings: PhraseMatcher | null = null;
/** The exact trailer headings of boilerplate.json; its prefixes ("copyright") start lines articles keep. */
function trailerHeadings(): PhraseMatcher {
  return (headings ??= { ...lineRules().trailerStart, prefix: [] });
}

/** Only a timestamp: every word a date word or a number ("Updated 11:21 pm CST, Tuesday, November 19, 2019"). */
function isDateLine(p: string, r: HtmlRules['dateWords']): boolean {
  const ws = p.toLowerCase().match(/[\p{L}.]+|\d+/gu) ?? [];
  if (ws.length === 0 || ws.length > r.maxWords || !/\d/.test(p)) return false;
  const bare = ws.map((w) => w.replace(/\.$/, ''));
  return bare.some((w) => r.anchors.has(w)) && bare.every((w) => /^\d+$/.test(w) || r.words.has(w));
}

/** Text blocks that are furniture wherever they stand: "Advertisement", "READ MORE: ...", credits, captions, timestamps. */
export function isFurnitureLine(p: string): boolean {
  const rules = lineRules();
  const r = htmlRules();
  if (!/[\p{L}\p{N}]/u.test(p)) return true;
  if (matchesPhrase(p, rules.inline, rules.markerMaxWords) || matchesPhrase(p, r.inline, rules.markerMaxWords, rules.prefixMaxWords)) return true;
  // a "Related stories" heading left alone once its links are pruned; the article may go on after it
  if (matchesPhrase(p, trailerHeadings(), rules.markerMaxWords)) return true;
  if (matchLine(p, rules.credit) !== null || isDateLine(p, r.dateWords)) return true;
  return wordCount(p) <= r.captionText.maxWords && r.captionText.regex.some((re) => re.test(p));
}

/** An author or date line, or a bare URL, among the first blocks. */
export function isLeadFurniture(p: string): boolean {
  const r = htmlRules();
  if (/^(https?:\/\/|www\.)\S+$/i.test(p)) return true;
  return wordCount(p) <= r.leadByline.maxWords && r.leadByline.regex.some((re) => re.test(p));
}


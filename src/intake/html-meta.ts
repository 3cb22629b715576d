// Article metadata from an HTML page's head and markup: title, dek, author, photo credit,
// canonical URL, site name and publication date. Read before Readability rewrites the DOM.
import { lineRules, matchLine } from './line-rules.js';
import { readGivenDate } from './dates.js';

// linkedom's DOM types are loose: the DOM is handled as `any` here
type Doc = any;
type El = any;

export interface HtmlMeta {
  title: string | null;
  subtitle: string | null;
  /** The subtitle is a standfirst element on the page, not only a description meta. */
  subtitleOnPage: boolean;
  byline: string | null;
  credit: string | null;
  url: string | null;
  siteName: string | null;
  published: string | null;
  /** A publication date the page gives but the calendar refuses: where, what and why ("meta article:published_time \"2015-13-45\": not a real date ..."). */
  publishedRejected?: string;
  lang: string | null;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'publication_date', 'article.published', 'article_date_original', 'sailthru.date',
  'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date', 'date', 'original-publish-date',
];
const DEK_SELECTOR =
  '[itemprop="alternativeHeadline"], [class*="standfirst"], [class*="dek"], [class*="subtitle"], [class*="sub-headline"], [class*="subheadline"], [class*="strapline"]';

export const clean = (s: unknown): string => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');
const orNull = (s: string): string | null => (s === '' ? null : s);

function metaMap(document: Doc): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of document.querySelectorAll('meta') as El[]) {
    const key = clean(el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop')).toLowerCase();
    const val = clean(el.getAttribute('content') ?? el.getAttribute('datetime'));
    if (key && val && !m.has(key)) m.set(key, val);
  }
  return m;
}

/** JSON-LD objects of article types (NewsArticle, Article, ...), flattened out of @graph and arrays. */
function jsonLdArticles(document: Doc): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const el of document.querySelectorAll('script[type="application/ld+json"]') as El[]) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    for (let n = 0; stack.length > 0 && n < 500; n++) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const type = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
        if (/Article|Posting|Report|Blog/i.test(type)) found.push(o);
        if (o['@graph']) stack.push(o['@graph']);
      }
    }
  }
  return found;
}

function ldName(v: unknown): string {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return v.map(ldName).filter((s) => s !== '').join(', ');
  if (v && typeof v === 'object') return clean((v as Record<string, unknown>)['name']);
  return '';
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isUrl = (s: string): boolean => /^(https?:)?\/\//i.test(s);

/** An author name as a page gives it ("By Jane Roe"), or null for a profile URL, a photo credit or a paragraph. */
export function authorName(s: string): string | null {
  const c = clean(s).replace(/^by\s+/i, '');
  if (!c || isUrl(c) || c.length > 200 || matchLine(c, lineRules().credit)) return null;
  return c;
}

export function readHtmlMeta(document: Doc): HtmlMeta {
  const meta = metaMap(document);
  const ld = jsonLdArticles(document);
  const ldField = (k: string): string => {
    for (const o of ld) {
      const v = k === 'author' || k === 'publisher' ? ldName(o[k]) : clean(o[k]);
      if (v) return v;
    }
    return '';
  };
  const text = (sel: string): string => clean(document.querySelector(sel)?.textContent);

  const h1 = text('h1');
  const title = orNull(meta.get('og:title') ?? ldField('headline') ?? '') ?? orNull(h1) ?? orNull(text('title'));

  // dek: an explicit standfirst element, the h2 right after the h1, then the description metas
  let subtitle = text(DEK_SELECTOR);
  if (!subtitle) {
    const h1el = document.querySelector('h1');
    let next = h1el?.nextElementSibling;
    while (next && /^(TIME|SPAN|A|DIV)$/.test(next.tagName) && clean(next.textContent) === '') next = next.nextElementSibling;
    if (next?.tagName === 'H2') subtitle = clean(next.textContent);
  }
  const subtitleOnPage = subtitle !== '';
  subtitle ||= meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description') ?? ldField('description');

  const rules = lineRules();
  let credit = '';
  for (const el of document.querySelectorAll('figcaption, [class*="credit"], [class*="caption"]') as El[]) {
    const t = clean(el.textContent);
    const creditClass = /(^|[\s_-])credits?($|[\s_-])/i.test(el.getAttribute('class') ?? '');
    if (t && t.length <= 160 && (matchLine(t, rules.credit) || (creditClass && t.split(' ').length <= 10 && !/\d{1,2}[:.]\d{2}/.test(t)))) {
      credit = t;
      break;
    }
  }

  // author, never a photo credit or a profile URL
  const authorCandidates = [
    meta.get('author') ?? '', meta.get('article:author') ?? '', meta.get('sailthru.author') ?? '', meta.get('parsely-author') ?? '',
    ldField('author'), text('[rel="author"]'), text('[itemprop="author"]'), text('[class*="byline"]'),
  ];
  let byline = '';
  for (const a of authorCandidates) {
    const c = a.replace(/^by\s+/i, '').trim();
    if (matchLine(c, rules.credit)) { credit ||= c; continue; }
    if ((byline = authorName(c) ?? '')) break;
  }

  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const url = orNull(isUrl(canonical) ? canonical : '') ?? orNull(meta.get('og:url') ?? '') ?? orNull(ldField('url'));
  const siteName = orNull(meta.get('og:site_name') ?? meta.get('application-name') ?? ldField('publisher'));

  let published: string | null = null;
  let publishedRejected: string | undefined;
  // the first date that reads wins; an impossible one is remembered, never rolled over into another day
  const tryDate = (raw: string | null | undefined, where: string): boolean => {
    const r = readGivenDate(raw);
    if (r && 'value' in r) published = r.value;
    else if (r && /^not a real date/.test(r.problem)) publishedRejected ??= `${where} "${String(raw).trim().slice(0, 40)}": ${r.problem}`;
    return published !== null;
  };
  for (const k of PUBLISHED_KEYS) if (tryDate(meta.get(k), `meta ${k}`)) break;
  if (!published) tryDate(ldField('datePublished'), 'JSON-LD datePublished');
  if (!published) {
    const times = ['time[pubdate]', 'time[itemprop="datePublished"]', '[itemprop="datePublished"]', 'article time[datetime]', 'header time[datetime]', 'time[datetime]'];
    for (const sel of times) {
      const el = document.querySelector(sel);
      if (tryDate(el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null, `<time datetime>`)) break;
    }
  }
  const lang = clean(document.documentElement?.getAttribute('lang')).slice(0, 2).toLowerCase();
  // "Headline | Site" and "Headline - Site": the site is not part of the headline
  const bare = title && siteName ? title.replace(new RegExp(`\\s+[|\\-–—·:]\\s+${escapeRe(siteName)}\\s*$`, 'i'), '') : title;
  return {
    title: bare || title, subtitle: orNull(subtitle ?? ''), subtitleOnPage, byline: orNull(byline), credit: orNull(credit), url, siteName, published,
    ...(publishedRejected && !published ? { publishedRejected } : {}),
    lang: /^[a-z]{2}$/.test(lang) ? lang : null,
  };
}

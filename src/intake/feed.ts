// RSS 2.0 / RSS 1.0 / Atom feeds to one RawInput per item. Parsed by pattern, not as strict
// XML: real feeds carry unescaped HTML, stray entities and cut-off items, and one bad item
// must not cost the others. CDATA is set aside first so nothing inside it is read as markup.
import type { RawInput } from '../types.js';
import { normalizeDate } from './dates.js';
import { group, own } from '../at.js';

type FeedItem = RawInput | { path: string; reason: string };

/** The text opens with an <rss>, <feed> or <rdf:RDF> root (after prolog, comments, doctype). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  // a DOCTYPE may carry an internal subset ([...] with its own '>'s); its entities are never expanded
  return /^\s*(?:<\?[^>]*\?>\s*|<!--[^]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[^\]]*\]\s*)?>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9',
  reg: '\u00ae', trade: '\u2122', euro: '\u20ac', pound: '\u00a3', eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1',
  oacute: '\u00f3', iacute: '\u00ed', uacute: '\u00fa', ntilde: '\u00f1', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4', ccedil: '\u00e7',
};

/** XML entities, numeric references and the HTML names feeds use anyway; unknown ones are kept. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : all;
    }
    // own keys only: "&constructor;" is an unknown entity, not Object's constructor
    return own(NAMED, ref.toLowerCase()) ?? all;
  });
}

// CDATA sections become \u0000<n>\u0000 tokens (NUL cannot occur in XML) and come back verbatim.
const TOKEN = /\u0000(\d+)\u0000/g;

class Cdata {
  readonly parts: string[] = [];
  hide(xml: string): string {
    return xml.replace(/<!\[CDATA\[([^]*?)(?:\]\]>|$)/g, (_m, inner: string) => `\u0000${this.parts.push(inner) - 1}\u0000`);
  }
  /** Text content: entities decoded outside CDATA, CDATA kept as written. */
  text(inner: string): string {
    const out: string[] = [];
    let last = 0;
    for (const m of inner.matchAll(TOKEN)) {
      out.push(decodeEntities(inner.slice(last, m.index)), this.parts[+group(m, 1)] ?? '');
      last = m.index + m[0].length;
    }
    out.push(decodeEntities(inner.slice(last)));
    return out.join('').trim();
  }
  /** Markup as written (for Atom type="xhtml"), CDATA restored. */
  raw(inner: string): string {
    return inner.replace(TOKEN, (_m, i: string) => this.parts[+i] ?? '').trim();
  }
}

const esc = (name: string): string => name.replace(/[.:]/g, (c) => `\\${c}`);

interface Field {
  attrs: string;
  inner: string;
}

/** The first <name> element in `xml`; throws on an opening tag without its close. */
function field(xml: string, name: string): Field | null {
  const open = new RegExp(`<${esc(name)}(\\s[^>]*?)?(/?)>`, 'i').exec(xml);
  if (!open) return null;
  const attrs = open[1] ?? '';
  if (open[2] === '/') return { attrs, inner: '' };
  const from = open.index + open[0].length;
  const close = new RegExp(`</${esc(name)}\\s*>`, 'i').exec(xml.slice(from));
  if (!close) throw new Error(`<${name}> is not closed`);
  return { attrs, inner: xml.slice(from, from + close.index) };
}

const attr = (attrs: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : null;
};

/** Atom links are <link rel="alternate" href="..."/>; RSS links hold the URL as text. */
function linkOf(item: string, cdata: Cdata): string | null {
  for (const m of item.matchAll(/<link(\s[^>]*?)?(\/?)>/gi)) {
    const attrs = m[1] ?? '';
    const href = attr(attrs, 'href');
    if (href !== null) {
      const rel = attr(attrs, 'rel');
      if (rel === null || rel === 'alternate') return href.trim() || null;
      continue;
    }
    if (m[2] === '/') continue;
    const from = m.index + m[0].length;
    const end = item.indexOf('</link', from);
    if (end >= 0) return cdata.text(item.slice(from, end)) || null;
  }
  return null;
}

/** The date as the publisher wrote it, YYYY-MM-DD (a UTC shift would move late-evening items a day). */
function isoDate(s: string): string | null {
  return normalizeDate(s)?.slice(0, 10) ?? null;
}

const looksLikeMarkup = (s: string): boolean => /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i.test(s);

/** Body of an item: full content first, then the description or summary. */
function bodyOf(item: string, cdata: Cdata): { html: string } | { text: string } | null {
  for (const name of ['content:encoded', 'content', 'description', 'summary']) {
    const f = field(item, name);
    if (!f) continue;
    const type = (attr(f.attrs, 'type') ?? '').toLowerCase();
    if (type === 'xhtml') {
      const html = cdata.raw(f.inner);
      if (html) return { html };
      continue;
    }
    if (attr(f.attrs, 'src') !== null) continue; // Atom out-of-line content: nothing here to read
    const value = cdata.text(f.inner);
    if (value === '') continue;
    if (type === 'text' || !looksLikeMarkup(value)) return { text: value };
    return { html: value };
  }
  return null;
}

function itemInput(item: string, cdata: Cdata, path: string, source: string | null): RawInput {
  const body = bodyOf(item, cdata);
  if (!body) throw new Error('no content, description or summary');
  const input: RawInput = { ...body, path };
  const title = field(item, 'title');
  if (title) input.title = cdata.text(title.inner).replace(/\s+/g, ' ') || undefined;
  const url = linkOf(item, cdata);
  if (url) input.url = url;
  let refused: { raw: string; name: string } | null = null;
  for (const name of ['published', 'pubDate', 'dc:date', 'updated']) {
    const f = field(item, name);
    const raw = f ? cdata.text(f.inner) : '';
    const date = raw ? isoDate(raw) : null;
    if (date) {
      input.published = date;
      break;
    }
    if (raw) refused ??= { raw, name };
  }
  // a date the item gives but that cannot be read goes to intake as given, which refuses it aloud
  if (!input.published && refused) {
    input.published = refused.raw;
    input.publishedField = `<${refused.name}>`;
  }
  const guid = field(item, 'guid') ?? field(item, 'id');
  const id = (guid ? cdata.text(guid.inner) : '') || url;
  if (id) input.id = id;
  if (source) input.source = source;
  for (const k of Object.keys(input) as (keyof RawInput)[]) if (input[k] === undefined) delete input[k];
  return input;
}

/** One RawInput per item or entry; a bad item yields a reason naming the feed and its number. */
export function readFeed(xml: string, path: string): FeedItem[] {
  const cdata = new Cdata();
  const doc = cdata.hide(xml).replace(/<!--[^]*?-->/g, ''); // CDATA first: its HTML may hold comments
  const atom = /^[^]*?<feed[\s>]/i.test(doc.slice(0, 4096)) && !/<rss[\s>]/i.test(doc.slice(0, 4096));
  const tag = atom ? 'entry' : 'item';
  const opens = [...doc.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'gi'))];
  let source: string | null = null;
  try {
    const head = field(doc.slice(0, opens[0]?.index ?? doc.length), 'title');
    source = head ? cdata.text(head.inner).replace(/\s+/g, ' ') || null : null;
  } catch {
    // a broken feed title only costs the source name
  }
  const label = source ? `feed "${source.slice(0, 60)}"` : 'feed';
  if (opens.length === 0) return [{ path, reason: `${label}: no <${tag}> elements found` }];
  const out: FeedItem[] = [];
  opens.forEach((open, i) => {
    const from = open.index + open[0].length;
    const next = opens[i + 1]?.index ?? doc.length;
    const close = doc.slice(from, next).search(new RegExp(`</${tag}\\s*>`, 'i'));
    if (close < 0) {
      out.push({ path, reason: `${label} item ${i + 1}: no closing </${tag}>` });
      return;
    }
    try {
      out.push(itemInput(doc.slice(from, from + close), cdata, path, source));
    } catch (e) {
      out.push({ path, reason: `${label} item ${i + 1}: ${(e as Error).message}` });
    }
  });
  return out;
}

// Sitemaps (sitemaps.org) and news sitemaps (Google's news extension), read with sax, the XML
// parser the ecosystem's sitemap tools build on: a <urlset> lists pages (<loc>, <lastmod>, and
// <news:publication_date> / <news:title> when it is a news sitemap; <lastmod> is when the page
// changed, not when it was published, so it dates nothing); a <sitemapindex> lists
// other sitemaps (<sitemap><loc>).
import sax from 'sax';

export interface SitemapPage { url: string; published?: string; title?: string }
export type Sitemap = { kind: 'urlset'; pages: SitemapPage[] } | { kind: 'index'; sitemaps: string[] };

/** Whether the text's root element is a <urlset> or <sitemapindex>. */
export function looksLikeSitemap(text: string): boolean {
  return /^\s*(<\?xml[^>]*\?>\s*)?(<!--[^]*?-->\s*)*<(urlset|sitemapindex)[\s>]/i.test(text.slice(0, 4096).replace(/^\uFEFF/, ''));
}

/** The pages or child sitemaps; throws with the parser's reason on broken XML. */
export function readSitemap(xml: string): Sitemap {
  const parser = sax.parser(true, { trim: true, lowercase: true });
  const path: string[] = [];
  let root: 'urlset' | 'sitemapindex' | null = null;
  const pages: SitemapPage[] = [];
  const sitemaps: string[] = [];
  let current: SitemapPage | null = null;
  let error: Error | null = null;
  parser.onerror = (e) => { error ??= e; parser.resume(); };
  parser.onopentag = (tag) => {
    const name = tag.name.toLowerCase();
    if (path.length === 0) root = name === 'urlset' || name === 'sitemapindex' ? name : null;
    path.push(name);
    if (name === 'url' && root === 'urlset') current = { url: '' };
  };
  parser.onclosetag = () => {
    const name = path.pop();
    if (name === 'url' && current) { if (current.url) pages.push(current); current = null; }
  };
  const onText = (t: string): void => {
    const name = path[path.length - 1];
    const parent = path[path.length - 2];
    const text = t.trim();
    if (!text) return;
    if (root === 'sitemapindex' && name === 'loc' && parent === 'sitemap') sitemaps.push(text);
    if (root === 'urlset' && current) {
      if (name === 'loc' && parent === 'url') current.url = text;
      else if (name === 'news:publication_date') current.published = text.slice(0, 10);
      else if (name === 'news:title') current.title = text;
    }
  };
  parser.ontext = onText;
  parser.oncdata = onText;
  parser.write(xml).close();
  if (!root) throw new Error(error ? `not XML: ${(error as Error).message.split('\n')[0]}` : 'not a sitemap');
  return root === 'sitemapindex' ? { kind: 'index', sitemaps } : { kind: 'urlset', pages };
}

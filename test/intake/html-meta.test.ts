// Page metadata: canonical URL, publisher and author, each from the places pages put them,
// and an author never confused with a photo credit or caption.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intake } from '../../src/intake/index.js';

const BODY = [
  'The regional council in Tartu voted on Thursday to close the old river bridge to heavy lorries after engineers found cracks in two of its piers.',
  'Lorries will be sent on a detour through the industrial district until repairs are finished, which the council expects to take most of the summer.',
  'Local businesses said the detour would add twenty minutes to deliveries, and asked the council to speed up the tender for the repair work.',
].map((p) => `<p>${p}</p>`).join('\n');

const page = (head: string, top = ''): string =>
  `<!doctype html><html lang="en"><head><title>Tartu bridge closed to lorries</title>${head}</head><body><article><h1>Tartu bridge closed to lorries</h1>${top}${BODY}</article></body></html>`;

const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

test('canonical URL: <link rel=canonical>, else og:url, else JSON-LD url', () => {
  const canonical = '<link rel="canonical" href="https://news.example.ee/tartu-bridge">';
  const og = '<meta property="og:url" content="https://news.example.ee/og/tartu-bridge">';
  assert.equal(intake({ html: page(canonical + og) }).article.url, 'https://news.example.ee/tartu-bridge');
  assert.equal(intake({ html: page(og) }).article.url, 'https://news.example.ee/og/tartu-bridge');
  assert.equal(intake({ html: page('<link rel="canonical" href="/tartu-bridge">' + og) }).article.url, 'https://news.example.ee/og/tartu-bridge', 'a relative canonical is not a URL');
  assert.equal(intake({ html: page(ld({ '@type': 'NewsArticle', url: 'https://news.example.ee/ld/tartu-bridge' })) }).article.url, 'https://news.example.ee/ld/tartu-bridge');
  assert.equal(intake({ html: page(og), url: 'https://caller.example/x' }).article.url, 'https://caller.example/x', 'the caller wins');
});

test('publisher: og:site_name, else JSON-LD publisher.name', () => {
  assert.equal(intake({ html: page('<meta property="og:site_name" content="Postimees Daily">') }).article.source, 'Postimees Daily');
  const pub = ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'Tartu bridge closed to lorries', publisher: { '@type': 'Organization', name: 'Tartu Herald' } }] });
  assert.equal(intake({ html: page(pub) }).article.source, 'Tartu Herald');
});

test('byline: author meta, JSON-LD author, rel=author, byline classes; never a photo credit', () => {
  assert.equal(intake({ html: page('<meta name="author" content="Mari Tamm">') }).article.byline, 'Mari Tamm');
  assert.equal(intake({ html: page(ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Mari Tamm' }, { '@type': 'Person', name: 'Jaan Kask' }] })) }).article.byline, 'Mari Tamm, Jaan Kask');
  assert.equal(intake({ html: page('', '<p class="meta">By <a rel="author" href="/authors/mari-tamm">Mari Tamm</a></p>') }).article.byline, 'Mari Tamm');
  const byClass = intake({ html: page('', '<div class="article-byline">By Mari Tamm</div>') });
  assert.equal(byClass.article.byline, 'Mari Tamm');
  assert.ok(!byClass.article.body.includes('Mari Tamm'), 'the byline line is not body text');

  // an author meta holding a profile URL, and a photo credit where an author would be
  const credit = intake({ html: page('<meta name="author" content="https://www.facebook.com/tartuherald">', '<figure><img src="b.jpg"><figcaption>The bridge on Thursday. Photo: Peeter Lepp / AFP</figcaption></figure><div class="byline">By Mari Tamm</div>') });
  assert.equal(credit.article.byline, 'Mari Tamm');
  assert.ok(!credit.article.body.includes('Peeter Lepp'), 'captions and credits stay out of the body');
  const onlyCredit = intake({ html: page('<meta name="author" content="Photo: Peeter Lepp/AFP">') });
  assert.equal(onlyCredit.article.byline, null);
  assert.equal(onlyCredit.article.credit, 'Photo: Peeter Lepp/AFP');
});

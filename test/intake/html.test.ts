import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intake } from '../../src/intake/index.js';

const para = (s: string): string => `<p>${s}</p>`;
const BODY = [
  'The harbour authority in Valletta said on Tuesday that two cargo ships had collided at the entrance of the Grand Harbour, blocking traffic for several hours.',
  'Nobody was hurt, the authority said, but one of the vessels was leaking fuel and divers had been sent down to assess the hull damage.',
  'Maritime police opened an inquiry into the collision and questioned both captains, a spokesman for the force told reporters at the quay.',
  'Ferry services to Gozo were delayed until late in the afternoon, and the port expected to clear the backlog by Wednesday morning.',
];

function page(head: string, article: string, url = 'https://news.example.org/malta/harbour-collision'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ships collide in Valletta harbour | Example News</title>
<link rel="canonical" href="${url}">
<meta property="og:site_name" content="Example News">
${head}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Ships collide in Valletta harbour</h1>
<h2>Fuel leak feared as divers inspect damaged hull</h2>
<div class="byline">By Carmen Vella</div>
<figure><img src="ship.jpg"><figcaption>Joe Borg / Reuters</figcaption></figure>
${article}
</article>
<aside><h3>Related News</h3><ul><li><a href="/a">Another story about something</a></li></ul></aside>
<footer>Sign up for our newsletter</footer>
</body></html>`;
}

test('HTML: clean body text, title, standfirst, author apart from the photo credit, canonical URL, site', () => {
  const html = page('<meta property="article:published_time" content="2023-04-18T09:30:00Z"><meta name="author" content="Carmen Vella">', BODY.map(para).join('\n'));
  const doc = intake({ html });
  const a = doc.article;
  assert.equal(doc.text, BODY.join('\n\n'), JSON.stringify(doc.text));
  assert.equal(a.body, doc.text);
  assert.deepEqual(doc.zones, [{ kind: 'body', start: 0, end: doc.text.length }]);
  assert.equal(a.paragraphs.length, 4);
  for (const [i, p] of a.paragraphs.entries()) assert.equal(doc.text.slice(p.start, p.end), BODY[i]);
  assert.equal(a.title, 'Ships collide in Valletta harbour');
  assert.equal(a.subtitle, 'Fuel leak feared as divers inspect damaged hull');
  assert.equal(a.byline, 'Carmen Vella');
  assert.equal(a.credit, 'Joe Borg / Reuters');
  assert.equal(a.url, 'https://news.example.org/malta/harbour-collision');
  assert.equal(a.source, 'Example News');
  assert.equal(a.published, '2023-04-18T09:30:00Z');
  assert.equal(a.publishedFrom, 'meta');
  assert.equal(a.language, 'en');
  assert.ok(!doc.text.includes('Related News') && !doc.text.includes('Sign up'));
});

test('HTML dates: JSON-LD, <time datetime>, then the URL path; the caller wins over all', () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2022-02-24","author":{"@type":"Person","name":"Ana Pace"}}]}</script>';
  let doc = intake({ html: page(ld, BODY.map(para).join('')) });
  assert.equal(doc.article.published, '2022-02-24');
  assert.equal(doc.article.publishedFrom, 'meta');
  assert.equal(doc.article.byline, 'Ana Pace', 'JSON-LD author');

  doc = intake({ html: page('', '<time datetime="2021-06-01T08:00:00+02:00">1 June</time>' + BODY.map(para).join('')) });
  assert.equal(doc.article.published, '2021-06-01T08:00:00+02:00');

  doc = intake({ html: page('', BODY.map(para).join(''), 'https://news.example.org/2015/11/26/harbour-collision/') });
  assert.equal(doc.article.published, '2015-11-26');
  assert.equal(doc.article.publishedFrom, 'url');

  doc = intake({ html: page('<meta property="article:published_time" content="2023-04-18">', BODY.map(para).join('')), published: '2023-04-19' });
  assert.equal(doc.article.published, '2023-04-19');
  assert.equal(doc.article.publishedFrom, 'caller');
});

test('HTML: a dateline opening the body becomes a dateline zone', () => {
  const body = ['VALLETTA (Reuters) - ' + BODY[0], ...BODY.slice(1)];
  const doc = intake({ html: page('', body.map(para).join('')) });
  const dl = doc.zones.find((z) => z.kind === 'dateline')!;
  assert.equal(doc.text.slice(dl.start, dl.end), 'VALLETTA (Reuters) -');
  assert.ok(doc.article.body.startsWith('The harbour authority'));
});

test('HTML without a body, malformed or deeply nested markup: a message, never a crash', () => {
  const empty = intake({ html: '<html><head><title>Nothing here</title></head></html>' });
  assert.equal(empty.article.body, '');
  assert.ok(empty.messages.some((m) => m.level === 'warning'));

  const broken = intake({ html: '<div><p>Unclosed <b>bold <i>text that goes on about the ferry strike in the port' + '<table><tr><td>'.repeat(50) + '</span></p></div></html><<<>' });
  assert.ok(broken.article.body.includes('ferry strike'));

  const deep = intake({ html: '<html><body>' + '<div>'.repeat(30000) + para(BODY[0]!) + '</div>'.repeat(30000) + '</body></html>' });
  assert.ok(deep.article.body.includes('Grand Harbour'));

  const blank = intake({ html: '   ' });
  assert.equal(blank.article.body, '');
  assert.ok(blank.messages.some((m) => m.level === 'error'));
});

test('HTML bytes are recognised by extension and by content', () => {
  const html = page('', BODY.map(para).join(''));
  const bytes = new TextEncoder().encode(html);
  assert.equal(intake({ bytes, path: 'story.txt' }).article.title, 'Ships collide in Valletta harbour');
  assert.equal(intake({ bytes, path: 'story.htm' }).text, BODY.join('\n\n'));
});

test('text given beside its HTML: the text is kept exactly, the HTML lends metadata', () => {
  const html = '<html><head><meta property="og:title" content="Ferries delayed | Example News"><meta property="og:site_name" content="Example News"><meta name="author" content="Ana Pace"><meta property="article:published_time" content="2020-05-05"></head><body><p>x</p></body></html>';
  const text = 'Ferries to Gozo were delayed on Tuesday.\n\nThe port expects to clear the backlog soon.';
  const doc = intake({ text, html });
  assert.equal(doc.text, text);
  assert.equal(doc.article.title, 'Ferries delayed', 'the site name is cut from the headline');
  assert.equal(doc.article.byline, 'Ana Pace');
  assert.equal(doc.article.source, 'Example News');
  assert.equal(doc.article.published, '2020-05-05');
  assert.equal(doc.article.publishedFrom, 'meta');
  assert.equal(doc.article.paragraphs.length, 2);
});

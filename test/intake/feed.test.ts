import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeEntities, looksLikeFeed, readFeed } from '../../src/intake/feed.js';
import { isInputError, readInputs, type InputError } from '../../src/intake/sources.js';
import { intake } from '../../src/intake/index.js';
import type { RawInput } from '../../src/types.js';

// Invented stories, written for these tests.
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Valley Courier &amp; Post</title>
  <link>https://courier.example/</link>
  <!-- <item><title>commented out</title></item> -->
  <item>
    <title>Ferry crews strike over pay</title>
    <link>https://courier.example/2024/03/04/ferry-strike</link>
    <guid isPermaLink="false">courier-1001</guid>
    <pubDate>Mon, 04 Mar 2024 22:15:00 -0500</pubDate>
    <description>Short teaser that should lose to the full text.</description>
    <content:encoded><![CDATA[<p>Ferry crews on the northern route stopped work on Monday, saying wages had fallen behind prices for three years.</p><p>The operator said talks &amp; mediation would resume.</p>]]></content:encoded>
  </item>
  <item>
    <title>Council &quot;delays&quot; vote on bridge</title>
    <link>https://courier.example/2024/03/05/bridge-vote</link>
    <dc:date>2024-03-05T08:00:00Z</dc:date>
    <description>The town council put off its vote on the river bridge &#8212; again &#x2014; citing costs &amp; safety.</description>
  </item>
  <item>
    <title>Market hall reopens</title>
    <link>https://courier.example/2024/03/06/market</link>
    <description>&lt;p&gt;The market hall reopened on Wednesday after repairs &amp;amp; a new roof.&lt;/p&gt;</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Harbour Wire</title>
  <id>urn:example:harbour-wire</id>
  <entry>
    <title>Port workers end blockade</title>
    <id>urn:example:hw:77</id>
    <link rel="alternate" type="text/html" href="https://wire.example/news/77"/>
    <link rel="enclosure" href="https://wire.example/img/77.jpg"/>
    <published>2023-11-20T10:30:00+02:00</published>
    <updated>2023-11-21T09:00:00Z</updated>
    <summary>Teaser.</summary>
    <content type="html">&lt;p&gt;Dock workers lifted their blockade of the container port on Monday after a deal on shifts.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Ministers meet in the capital</title>
    <link href="https://wire.example/news/78"/>
    <updated>2023-11-22T07:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Foreign ministers of the two states met on Wednesday.</p></div></content>
  </entry>
</feed>`;

const BROKEN = `<rss version="2.0"><channel><title>Broken Gazette</title>
<item><title>Fine one</title><link>https://gazette.example/a</link><description>Police reopened the main road on Friday.</description></item>
<item><title>Unclosed title<link>https://gazette.example/b</link><description>Lost text.</description></item>
<item><title>Only a title</title></item>
<item><title>Fine two</title><guid>g-4</guid><description>Farmers marched to the ministry on Saturday.</description></item>
<item><title>Cut off at the end</title><description>never closed
</channel></rss>`;

const ok = (x: RawInput | InputError): RawInput => {
  assert.ok(!isInputError(x), `expected an input, got ${JSON.stringify(x)}`);
  return x as RawInput;
};

test('looksLikeFeed sees rss, feed and rdf roots behind a prolog, not HTML', () => {
  assert.ok(looksLikeFeed(RSS) && looksLikeFeed(ATOM) && looksLikeFeed('<rdf:RDF xmlns:rdf="x"><item/></rdf:RDF>'));
  assert.ok(!looksLikeFeed('<!DOCTYPE html><html><body><p>x</p></body></html>'));
  assert.ok(!looksLikeFeed('<?xml version="1.0"?><urlset></urlset>'));
});

test('decodeEntities: XML, numeric and common HTML names; unknown ones kept', () => {
  assert.equal(decodeEntities('a &amp; b &lt;c&gt; &#8212; &#x2014; &nbsp;&rsquo; &bogus;'), 'a & b <c> \u2014 \u2014 \u00a0\u2019 &bogus;');
  // names of Object's own members are unknown entities too
  assert.equal(decodeEntities('&constructor; &toString; &hasownproperty;'), '&constructor; &toString; &hasownproperty;');
});

test('RSS 2.0: one input per item, full content first, CDATA verbatim, entities decoded, dates as written', () => {
  const items = readFeed(RSS, 'courier.xml').map(ok);
  assert.equal(items.length, 3, 'the commented-out item is not read');
  const [a, b, c] = items as [RawInput, RawInput, RawInput];
  assert.equal(a.id, 'courier-1001');
  assert.equal(a.title, 'Ferry crews strike over pay');
  assert.equal(a.url, 'https://courier.example/2024/03/04/ferry-strike');
  assert.equal(a.published, '2024-03-04', 'the local date, not shifted to UTC');
  assert.equal(a.source, 'Valley Courier & Post');
  assert.match(a.html!, /^<p>Ferry crews .*talks &amp; mediation would resume\.<\/p>$/);
  assert.equal(b.title, 'Council "delays" vote on bridge');
  assert.equal(b.text, 'The town council put off its vote on the river bridge \u2014 again \u2014 citing costs & safety.');
  assert.equal(b.published, '2024-03-05');
  assert.equal(b.id, 'https://courier.example/2024/03/05/bridge-vote', 'no guid: the link is the id');
  assert.equal(c.html, '<p>The market hall reopened on Wednesday after repairs &amp; a new roof.</p>');
  assert.equal(c.published, undefined);
  const doc = intake(c);
  assert.equal(doc.article.body, 'The market hall reopened on Wednesday after repairs & a new roof.');
  assert.equal(doc.article.source, 'Valley Courier & Post');
  assert.equal(intake(a).article.published, '2024-03-04');
});

test('Atom: entries with alternate links, html and xhtml content, published before updated', () => {
  const items = readFeed(ATOM, 'wire.atom').map(ok);
  assert.equal(items.length, 2);
  const [a, b] = items as [RawInput, RawInput];
  assert.deepEqual(
    { id: a.id, url: a.url, published: a.published, source: a.source, title: a.title },
    { id: 'urn:example:hw:77', url: 'https://wire.example/news/77', published: '2023-11-20', source: 'Harbour Wire', title: 'Port workers end blockade' },
  );
  assert.equal(a.html, '<p>Dock workers lifted their blockade of the container port on Monday after a deal on shifts.</p>');
  assert.equal(b.url, 'https://wire.example/news/78');
  assert.equal(b.published, '2023-11-22');
  assert.match(b.html!, /^<div xmlns="http:\/\/www.w3.org\/1999\/xhtml"><p>Foreign ministers/);
  assert.equal(intake(b).article.body, 'Foreign ministers of the two states met on Wednesday.');
});

test('a malformed item yields a reason naming the feed and item number; the others go on', () => {
  const got = readFeed(BROKEN, 'gazette.rss');
  assert.equal(got.length, 5);
  assert.equal(ok(got[0]!).text, 'Police reopened the main road on Friday.');
  assert.deepEqual(got[1], { path: 'gazette.rss', reason: 'feed "Broken Gazette" item 2: <title> is not closed' });
  assert.deepEqual(got[2], { path: 'gazette.rss', reason: 'feed "Broken Gazette" item 3: no content, description or summary' });
  assert.equal(ok(got[3]!).id, 'g-4');
  assert.deepEqual(got[4], { path: 'gazette.rss', reason: 'feed "Broken Gazette" item 5: no closing </item>' });
  assert.deepEqual(readFeed('<rss><channel><title>Empty</title></channel></rss>', 'e.xml'), [{ path: 'e.xml', reason: 'feed "Empty": no <item> elements found' }]);
});

test('readInputs finds feeds by extension and by content, inside folders and gzipped', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-feed-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { gzipSync } = await import('node:zlib');
  writeFileSync(join(dir, 'a.rss'), RSS);
  writeFileSync(join(dir, 'b-feed.txt'), ATOM); // sniffed
  writeFileSync(join(dir, 'c.xml.gz'), gzipSync(Buffer.from(BROKEN)));
  writeFileSync(join(dir, 'd.xml'), '<?xml version="1.0"?><urlset><url>x</url></urlset>');
  const got: (RawInput | InputError)[] = [];
  for await (const x of readInputs([dir])) got.push(x);
  assert.deepEqual(got.map((x) => (isInputError(x) ? 'error' : 'input')), ['input', 'input', 'input', 'input', 'input', 'input', 'error', 'error', 'input', 'error', 'error']);
  assert.equal(got[5]!.path, join(dir, 'c.xml.gz'));
  assert.match((got[10] as InputError).reason, /not an RSS or Atom feed/);
});

// Hostile inputs, written into a folder beside good ones, for the reliability test (and by hand:
// `node dist/test/reliability/hostile.js DIR`). Every file says what a correct ingest does with it:
//   stored   - an article is stored (possibly with a warning)
//   uncoded  - stored but not coded (not English), with the reason
//   skipped  - nothing stored, the input logged with a reason
//   mixed    - a container (JSONL, WARC, feed) whose good records are stored and bad ones skipped
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rng, story } from './stories.js';

export type Expect = 'stored' | 'uncoded' | 'skipped' | 'mixed';

export interface HostileFile {
  name: string;
  expect: Expect;
  /** For 'mixed': how many records in it should be stored. */
  good?: number;
  /** What it is, for failure messages. */
  what: string;
}

const MB = 1024 * 1024;

function writeBig(path: string, bytes: number, line: string): void {
  const fd = openSync(path, 'w');
  const block = Buffer.from(line.repeat(Math.ceil(MB / line.length)).slice(0, MB));
  try {
    for (let n = 0; n < bytes; n += block.length) writeSync(fd, block, 0, Math.min(block.length, bytes - n));
  } finally {
    closeSync(fd);
  }
}

function warcRecord(type: string, uri: string, block: Buffer, lengthOverride?: number): Buffer {
  const head = [`WARC/1.0`, `WARC-Type: ${type}`, `WARC-Target-URI: ${uri}`, `WARC-Date: 2024-03-02T10:00:00Z`,
    `WARC-Record-ID: <urn:uuid:${uri.length}-${block.length}>`, `Content-Type: application/http; msgtype=response`,
    `Content-Length: ${lengthOverride ?? block.length}`, '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}

const htmlPage = (title: string, body: string): string =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const httpPage = (title: string, body: string): Buffer =>
  Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${htmlPage(title, body)}`);

/** Writes the batch into `dir` (created if needed) and returns what each file should give. */
export function writeHostileBatch(dir: string, opts: { bigMB?: number } = {}): HostileFile[] {
  mkdirSync(dir, { recursive: true });
  const files: HostileFile[] = [];
  const put = (name: string, data: string | Buffer, expect: Expect, what: string, good?: number): void => {
    writeFileSync(join(dir, name), data);
    files.push({ name, expect, what, ...(good === undefined ? {} : { good }) });
  };
  const body = (i: number): string => story(i).split('\n').slice(2).join('\n').trim();

  put('good-01.txt', story(501), 'stored', 'a plain-text story');
  put('good-02.html', htmlPage('Ministers meet', body(502)), 'stored', 'an HTML story');

  const r = rng(7);
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(r() * 256);
  put('binary.bin', noise, 'skipped', 'random bytes');
  put('zero.txt', '', 'skipped', 'a zero-byte file');

  const big = (opts.bigMB ?? 100) * MB;
  writeBig(join(dir, 'huge.txt'), big, 'The committee met again and adjourned without a vote. ');
  files.push({ name: 'huge.txt', expect: 'skipped', what: `a ${opts.bigMB ?? 100} MB text file` });

  // a small gzip that inflates past the page limit
  put('bomb.txt.gz', gzipSync(Buffer.alloc(64 * MB, 0x41)), 'skipped', 'a gzip bomb (64 MB of one letter)');

  const deep = 200_000;
  put('deep.html', `<html><body>${'<div>'.repeat(deep)}<p>${body(503).replace(/\n\n/g, '</p><p>')}</p>${'</div>'.repeat(deep)}</body></html>`,
    'stored', `HTML nested ${deep} deep`);
  put('unclosed.html', `<html><body>${'<span><b><i>'.repeat(50_000)}<p>${body(504)}</p>`, 'stored', 'HTML with 150,000 unclosed tags');

  // invalid UTF-8: lone continuation bytes, overlong forms and a cut-off sequence inside good text
  const bad = Buffer.concat([Buffer.from(story(505).slice(0, 400)), Buffer.from([0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8]), Buffer.from(story(505).slice(400)), Buffer.from([0xe2, 0x82])]);
  put('invalid-utf8.txt', bad, 'stored', 'invalid UTF-8 sequences in a story');
  // mixed encodings: a UTF-8 paragraph followed by a Latin-1 one
  put('mixed-encoding.txt', Buffer.concat([Buffer.from(`${story(506)}\n\nThe caf\u00e9 owner said the r\u00e9gime had fallen.\n\n`, 'utf8'), Buffer.from('Le d\u00e9l\u00e9gu\u00e9 a quitt\u00e9 la s\u00e9ance \u00e0 midi.\n', 'latin1')]),
    'stored', 'UTF-8 then Latin-1 in one file');
  put('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story(507), 'utf16le')]), 'stored', 'UTF-16LE with a BOM');

  put('french.txt', ['Les ministres se réunissent à Paris', '', 'Les ministres des affaires étrangères de la France et de l\'Allemagne se sont réunis lundi à Paris pour discuter de la crise. Ils ont annoncé un nouvel accord sur les échanges et la sécurité des frontières.', '', 'Le porte-parole du gouvernement a déclaré que les discussions reprendraient la semaine prochaine, selon un communiqué publié dans la soirée.'].join('\n'),
    'uncoded', 'a French article');
  put('chinese.txt', ['部长在北京会晤', '', '两国外交部长星期一在北京举行会谈，讨论贸易和边境安全问题。双方表示将在下周继续磋商，并发表了联合声明。', '', '发言人说，会谈是坦率和建设性的。'].join('\n'), 'uncoded', 'a Chinese article');
  put('arabic.txt', ['اجتماع الوزراء في القاهرة', '', 'التقى وزراء خارجية البلدين يوم الاثنين في القاهرة لبحث التجارة وأمن الحدود، وقالوا إن المحادثات ستستمر الأسبوع المقبل.', '', 'وقال المتحدث إن الاجتماع كان بناء وصريحا.'].join('\n'), 'uncoded', 'an Arabic article');

  const long: string[] = ['A very long report', ''];
  for (let i = 0; i < 10_000; i += 10) {
    const r2 = rng(i);
    const sentences: string[] = [];
    for (let k = 0; k < 10; k++) sentences.push(`Delegates from region ${i + k} said ${Math.floor(r2() * 1000)} people attended the meeting in hall ${k}.`);
    long.push(sentences.join(' '), '');
  }
  put('ten-thousand-sentences.txt', long.join('\n'), 'stored', 'a 10,000-sentence article');
  put('one-line-no-breaks.txt', `${'word '.repeat(200_000)}end.`, 'stored', 'one 1 MB sentence with no punctuation');
  put('control-chars.txt', `${story(508).slice(0, 300)}\u0000\u0007\u001b[31m\u202e\ufeff\u200b${story(508).slice(300)}`, 'stored', 'a stray NUL, escape and bidi controls in text');

  const jsonl = [
    JSON.stringify({ id: 'j-good-1', text: story(509), published: '2024-03-01' }),
    '{"id": "j-broken", "text": "unterminated',
    JSON.stringify({ id: 'j-no-text', title: 'only a title' }),
    JSON.stringify({ id: 7, text: 42 }),
    '[1, 2, 3]',
    'null',
    JSON.stringify({ id: 'j-good-2', html: htmlPage('A page in JSONL', body(510)), published: 'not a date' }),
    JSON.stringify({ id: 'j-proto', text: story(511), __proto__: { polluted: true }, constructor: 'x' }),
    '\u0000\u0001binary in a line',
  ];
  put('records.jsonl', `${jsonl.join('\n')}\n`, 'mixed', 'JSONL with broken, mistyped and good lines', 3);

  const warc = Buffer.concat([
    warcRecord('response', 'http://example.test/a', httpPage('First page', body(512))),
    Buffer.from('WARC/1.0\r\nthis is not a header\r\n\r\n'),
    warcRecord('response', 'http://example.test/b', httpPage('Lying length', body(513)), 99_999_999),
  ]);
  put('broken.warc', warc, 'mixed', 'WARC with a good record, a garbage header and a record whose length lies', 1);
  put('truncated.warc', warcRecord('response', 'http://example.test/c', httpPage('Cut', body(514))).subarray(0, 300), 'skipped', 'a WARC cut inside its first record');

  const item = (title: string, text: string) => `<item><title>${title}</title><link>http://example.test/${encodeURIComponent(title)}</link><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate><description><![CDATA[${text.replace(/\n\n/g, '<br/><br/>')}]]></description></item>`;
  put('feed-broken.xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${item('Good item', body(515))}<item><title>No body</title></item><item><title>Cut off<description>half`, 'mixed', 'an RSS feed with a good item, an empty item and a cut-off one', 1);
  const lol = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
  put('feed-entities.rss', `<?xml version="1.0"?>${lol}<rss version="2.0"><channel><title>&lol3;</title>${item('Entities &lol3;', body(516))}</channel></rss>`, 'stored', 'a feed declaring recursive entities (billion laughs): one item, entities left unexpanded');
  put('feed-not-xml.rss', 'this is not a feed at all, just words that go on for a while', 'skipped', 'a .rss file holding plain text');
  put('empty-feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing</title></channel></rss>', 'skipped', 'a feed with no items');
  return files;
}

// `node dist/test/reliability/hostile.js DIR [bigMB]` writes the batch for manual runs.
if (process.argv[1]?.endsWith('hostile.js') && process.argv[2]) {
  const files = writeHostileBatch(process.argv[2], process.argv[3] ? { bigMB: Number(process.argv[3]) } : {});
  for (const f of files) process.stdout.write(`${f.expect.padEnd(8)} ${f.name}: ${f.what}\n`);
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isInputError, readInputs, type InputError } from '../../src/intake/sources.js';
import { newWarcStats, readWarc } from '../../src/intake/warc.js';
import type { RawInput } from '../../src/types.js';

// Records written for these tests: invented pages, WARC framing as the spec gives it.
function record(type: string, uri: string | null, block: Buffer | string, extra: Record<string, string> = {}): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block, 'utf8') : block;
  const head = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:${Math.random().toString(16).slice(2)}>`,
    'WARC-Date: 2024-06-01T12:00:00Z',
    ...(uri ? [`WARC-Target-URI: ${uri}`] : []),
    ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${body.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body, Buffer.from('\r\n\r\n')]);
}

const http = (status: string, type: string, body: Buffer | string, more = ''): Buffer =>
  Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\n${more}Server: test\r\n\r\n`), typeof body === 'string' ? Buffer.from(body) : body]);

const page = (title: string, para: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${para}</p></article></body></html>`;

const RECORDS = [
  record('warcinfo', null, 'software: hand-written\r\nformat: WARC File Format 1.0\r\n', { 'Content-Type': 'application/warc-fields' }),
  record('request', 'https://news.example/a', 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n', { 'Content-Type': 'application/http; msgtype=request' }),
  record('response', 'https://news.example/a', http('200 OK', 'text/html; charset=utf-8', page('Dam opens', 'Engineers opened the new dam on the river on Saturday, the water ministry said.'))),
  record('metadata', 'https://news.example/a', 'fetchTimeMs: 120\r\n'),
  record('response', 'https://news.example/b', http('200 OK', 'text/html; charset=iso-8859-1', Buffer.concat([Buffer.from(page('Caf\u00e9 fire', 'A fire closed the caf\u00e9 on the square on Sunday, firefighters said.'), 'latin1'), Buffer.from([0x93, 0x51, 0x94])]))),
  record('response', 'https://news.example/report.pdf', http('200 OK', 'application/pdf', Buffer.from('%PDF-1.4 not really'))),
];
const warcGz = (records: Buffer[]): Buffer => Buffer.concat(records.map((r) => gzipSync(r)));

async function collect(gen: AsyncIterable<RawInput | InputError>): Promise<(RawInput | InputError)[]> {
  const out: (RawInput | InputError)[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

function scratch(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-warc-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('a multi-member .warc.gz gives one input per HTML response; other record types pass silently', async (t) => {
  const dir = scratch(t);
  const path = join(dir, 'crawl.warc.gz');
  writeFileSync(path, warcGz(RECORDS));
  const got = await collect(readInputs([path]));
  const inputs = got.filter((x) => !isInputError(x)) as RawInput[];
  assert.deepEqual(inputs.map((x) => x.url), ['https://news.example/a', 'https://news.example/b']);
  assert.match(inputs[0]!.html!, /Engineers opened the new dam/);
  assert.match(inputs[1]!.html!, /A fire closed the caf\u00e9/, 'the HTTP charset is used');
  assert.ok(inputs[1]!.html!.endsWith('\u201cQ\u201d'), 'latin-1 pages get the windows-1252 quotes they really hold');
  assert.equal(inputs[0]!.published, undefined, 'the crawl date is not the publication date');
  const errors = got.filter(isInputError);
  assert.deepEqual(errors, [{ path, reason: 'record 6 (https://news.example/report.pdf): not HTML (application/pdf)' }]);
});

test('the same records uncompressed, and counted by type', async () => {
  const stats = newWarcStats();
  const got = await collect(readWarc([Buffer.concat(RECORDS)], 'x.warc', stats));
  assert.equal(got.filter((x) => !isInputError(x)).length, 2);
  assert.deepEqual(stats.byType, { warcinfo: 1, request: 1, response: 3, metadata: 1 });
  assert.equal(stats.articles, 2);
});

test('record parsing does not depend on where the chunks break', async () => {
  const whole = Buffer.concat(RECORDS);
  for (const size of [1, 7, 100, 4096]) {
    const chunks: Buffer[] = [];
    for (let i = 0; i < whole.length; i += size) chunks.push(whole.subarray(i, i + size));
    const got = await collect(readWarc(chunks, 'x.warc'));
    assert.deepEqual(got.map((x) => (isInputError(x) ? 'error' : (x as RawInput).url)), ['https://news.example/a', 'https://news.example/b', 'error'], `chunks of ${size}`);
  }
});

test('HTTP chunked and gzip-encoded bodies are undone; redirects and errors are skipped with a reason', async () => {
  const html = page('Bridge closes', 'The old bridge closed to traffic on Monday for repairs, the city said.');
  const chunked = `${html.length.toString(16)}\r\n${html}\r\n0\r\n\r\n`;
  const got = await collect(readWarc([Buffer.concat([
    record('response', 'https://news.example/c', http('200 OK', 'text/html', chunked, 'Transfer-Encoding: chunked\r\n')),
    record('response', 'https://news.example/d', http('200 OK', 'text/html', gzipSync(html), 'Content-Encoding: gzip\r\n')),
    record('response', 'https://news.example/e', http('301 Moved Permanently', 'text/html', '')),
    record('revisit', 'https://news.example/e', 'HTTP/1.1 304 Not Modified\r\n\r\n'),
    record('resource', 'file:///saved/f.html', html, { 'Content-Type': 'text/html' }),
    record('resource', 'file:///saved/f.png', '\x89PNG', { 'Content-Type': 'image/png' }),
  ])], 'x.warc'));
  assert.equal((got[0] as RawInput).html, html);
  assert.equal((got[1] as RawInput).html, html);
  assert.deepEqual(got[2], { path: 'x.warc', reason: 'record 3 (https://news.example/e): HTTP 301: not a page' });
  assert.deepEqual(got[3], { html, path: 'x.warc', url: 'file:///saved/f.html' }, 'a page stored as a resource record');
  assert.equal(got.length, 4);
});

test('a truncated .warc.gz gives the good records before the cut, then one error', async (t) => {
  const dir = scratch(t);
  const full = warcGz(RECORDS);
  // cut inside the fifth record's gzip member
  const upTo4 = warcGz(RECORDS.slice(0, 4)).length;
  const cut = join(dir, 'cut.warc.gz');
  writeFileSync(cut, full.subarray(0, upTo4 + 40));
  const got = await collect(readInputs([cut]));
  assert.deepEqual(got.map((x) => (isInputError(x) ? x.reason : (x as RawInput).url)), ['https://news.example/a', 'truncated gzip member: the compressed data ends early: skipped 40 compressed bytes to the end of the file (after record 4)']);
  // an uncompressed WARC cut inside a block
  const plain = join(dir, 'cut.warc');
  const bytes = Buffer.concat(RECORDS.slice(0, 3));
  writeFileSync(plain, bytes.subarray(0, bytes.length - 50));
  const got2 = await collect(readInputs([plain]));
  assert.equal(got2.length, 1);
  assert.match((got2[0] as InputError).reason, /^record 3 cut off: \d+ of \d+ bytes$/);
  // not a WARC at all after the first record
  const junk = join(dir, 'junk.warc');
  writeFileSync(junk, Buffer.concat([RECORDS[2]!, Buffer.from('<html>stray</html>\r\n\r\n')]));
  const got3 = await collect(readInputs([junk]));
  assert.equal(got3.length, 2);
  assert.match((got3[1] as InputError).reason, /^record 2: not a WARC record \(starts "<html>stray<\/html>"\): skipped 22 bytes to the end of the file, no further record$/);
});

const urlOrReason = (x: RawInput | InputError): string => (isInputError(x) ? x.reason : (x as RawInput).url ?? '?');
const goodPage = (n: string): Buffer => record('response', `https://news.example/${n}`, http('200 OK', 'text/html', page(`Story ${n}`, `Officials in the capital said on Monday that story ${n} was true.`)));

test('a record with a broken header is skipped with the bytes passed over; the records after it are read', async () => {
  const broken = Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\n<html>lost</html>\r\n\r\n');
  const got = await collect(readWarc([Buffer.concat([goodPage('a'), broken, goodPage('c')])], 'x.warc'));
  assert.deepEqual(got.map(urlOrReason), [
    'https://news.example/a',
    `record 2: no valid Content-Length: skipped ${broken.length} bytes to the next WARC record header`,
    'https://news.example/c',
  ]);
  // not a WARC header at all between two good records
  const junk = Buffer.from('GARBAGE 1234\r\nnot a header\r\n\r\n');
  const got2 = await collect(readWarc([Buffer.concat([goodPage('a'), junk, goodPage('c')])], 'x.warc'));
  assert.deepEqual(got2.map(urlOrReason), ['https://news.example/a', `record 2: not a WARC record (starts "GARBAGE 1234"): skipped ${junk.length} bytes to the next WARC record header`, 'https://news.example/c']);
});

test('a Content-Length too long or too short costs its record only', async () => {
  const b = goodPage('b');
  const claimed = (by: number): Buffer => Buffer.from(b.toString('latin1').replace(/Content-Length: (\d+)/, (_, n: string) => `Content-Length: ${Number(n) + by}`), 'latin1');
  // too long: the block swallows the next record's header, which is found again inside it
  const long = await collect(readWarc([Buffer.concat([goodPage('a'), claimed(200), goodPage('c'), goodPage('d')])], 'x.warc'));
  assert.deepEqual(long.map(urlOrReason).filter((x) => !x.startsWith('record')), ['https://news.example/a', 'https://news.example/c', 'https://news.example/d']);
  assert.match(long.map(urlOrReason)[1]!, /^record 2 \(https:\/\/news\.example\/b\): Content-Length \d+ does not end at a record boundary: skipped \d+ bytes to the next WARC record header$/);
  // too long and running past the end of the file
  const past = await collect(readWarc([Buffer.concat([goodPage('a'), claimed(5000), goodPage('c')])], 'x.warc'));
  assert.deepEqual(past.map(urlOrReason).filter((x) => !x.startsWith('record')), ['https://news.example/a', 'https://news.example/c']);
  assert.match(past.map(urlOrReason)[1]!, /Content-Length \d+ runs past the end of the file: skipped \d+ bytes/);
  // too short: the rest of the block is passed over to the next header
  const short = await collect(readWarc([Buffer.concat([goodPage('a'), claimed(-30), goodPage('c')])], 'x.warc'));
  assert.deepEqual(short.map(urlOrReason).filter((x) => !x.startsWith('record')), ['https://news.example/a', 'https://news.example/c']);
  assert.match(short.map(urlOrReason)[1]!, /^record 2 \(https:\/\/news\.example\/b\): Content-Length \d+ does not end at a record boundary: skipped \d+ bytes to the next WARC record header$/);
  // the same stream split into small chunks gives the same answer
  const whole = Buffer.concat([goodPage('a'), claimed(200), goodPage('c'), goodPage('d')]);
  const pieces: Buffer[] = [];
  for (let i = 0; i < whole.length; i += 7) pieces.push(whole.subarray(i, i + 7));
  assert.deepEqual((await collect(readWarc(pieces, 'x.warc'))).map(urlOrReason), long.map(urlOrReason));
});

test('a .warc.gz with a corrupt or truncated member in the middle keeps every other record', async (t) => {
  const dir = scratch(t);
  const members = [gzipSync(goodPage('a')), gzipSync(goodPage('b')), gzipSync(goodPage('c'))];
  // the middle member cut short, the next member following at once
  const cutAt = 30;
  const truncated = join(dir, 'truncated.warc.gz');
  writeFileSync(truncated, Buffer.concat([members[0]!, members[1]!.subarray(0, cutAt), members[2]!]));
  const got = await collect(readInputs([truncated]));
  assert.deepEqual(got.map(urlOrReason).filter((x) => x.startsWith('http')), ['https://news.example/a', 'https://news.example/c']);
  const why = got.map(urlOrReason).filter((x) => !x.startsWith('http'));
  assert.equal(why.length, 1, why.join('\n'));
  assert.match(why[0]!, new RegExp(`gzip member .*: skipped ${cutAt} compressed bytes to the next gzip member \\(after record 1\\)$`));
  // the middle member's deflate data overwritten
  const bad = Buffer.from(members[1]!);
  bad.fill(0xff, 12, 40);
  const corrupt = join(dir, 'corrupt.warc.gz');
  writeFileSync(corrupt, Buffer.concat([members[0]!, bad, members[2]!]));
  const got2 = await collect(readInputs([corrupt]));
  assert.deepEqual(got2.map(urlOrReason).filter((x) => x.startsWith('http')), ['https://news.example/a', 'https://news.example/c']);
  assert.match(got2.map(urlOrReason)[1]!, new RegExp(`^corrupt gzip member \\(.+\\): skipped ${bad.length} compressed bytes to the next gzip member \\(after record 1\\)$`));
});

test('a WARC is sniffed without its extension, in folders and on stdin', async (t) => {
  const dir = scratch(t);
  writeFileSync(join(dir, 'crawl-000'), warcGz(RECORDS));
  const got = await collect(readInputs([dir]));
  assert.equal(got.filter((x) => !isInputError(x)).length, 2);
  const here = fileURLToPath(new URL('../../src/intake/sources.js', import.meta.url));
  const script = `import('${here.replace(/\\/g, '/')}').then(async (m) => { const out = []; for await (const x of m.readInputs(['-'])) out.push(x.url ?? x.reason); process.stdout.write(JSON.stringify(out)); });`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: warcGz(RECORDS) }).toString()) as string[];
  assert.deepEqual(out.slice(0, 2), ['https://news.example/a', 'https://news.example/b']);
});

test('streaming a WARC far bigger than the memory bound reads every record under a 64 MB heap', { timeout: 60_000 }, async (t) => {
  const dir = scratch(t);
  const path = join(dir, 'big.warc.gz');
  const filler = '<p>' + 'Residents of the valley said the flood waters rose overnight. '.repeat(60) + '</p>';
  const out = createWriteStream(path);
  for (let i = 0; i < 300; i++) {
    const body = page(`Story ${i}`, filler.repeat(110) + `<!-- ${i} ${Math.random()} -->`); // ~420 KB a page, ~125 MB in all
    out.write(gzipSync(record('response', `https://news.example/${i}`, http('200 OK', 'text/html', body)), { level: 1 }));
  }
  await new Promise((resolve) => out.end(resolve));
  // In a process whose heap may not pass 64 MB, so holding the file (125 MB of pages) would end it
  // with an out-of-memory error: a hard bound that does not depend on when the GC runs, as RSS
  // growth in this process did (24-68 MB for the same reading, with the machine's load).
  const here = fileURLToPath(new URL('../../src/intake/sources.js', import.meta.url));
  const script = `import('${here.replace(/\\/g, '/')}').then(async (m) => {
    const before = process.memoryUsage().rss; let peak = before; let n = 0;
    for await (const x of m.readInputs([${JSON.stringify(path)}])) { if (!('reason' in x)) n++; peak = Math.max(peak, process.memoryUsage().rss); }
    process.stdout.write(JSON.stringify({ n, grew: (peak - before) / 1048576 }));
  });`;
  const res = spawnSync(process.execPath, ['--max-old-space-size=64', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(res.status, 0, `the reader ran out of its 64 MB heap or failed: ${res.stderr.slice(-400)}`);
  const { n, grew } = JSON.parse(res.stdout) as { n: number; grew: number };
  assert.equal(n, 300);
  t.diagnostic(`RSS grew by ${grew.toFixed(1)} MB while reading ${n} pages under a 64 MB heap`);
});

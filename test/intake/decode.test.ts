import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes } from '../../src/intake/decode.js';

const textOf = (bytes: number[] | Uint8Array): string => {
  const d = decodeBytes(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  assert.ok('text' in d, `decoded: ${JSON.stringify(d)}`);
  return d.text;
};
const errorOf = (bytes: number[] | Uint8Array): string => {
  const d = decodeBytes(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  assert.ok('error' in d, 'refused');
  return d.error;
};
const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];

test('UTF-8 with and without a BOM', () => {
  assert.equal(textOf(utf8('Café in Zürich — “quoted”')), 'Café in Zürich — “quoted”');
  assert.equal(textOf([0xef, 0xbb, 0xbf, ...utf8('Kraków')]), 'Kraków', 'the BOM is dropped');
});

test('UTF-16 with a BOM (both byte orders) and without one', () => {
  const le = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
  const be = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
  const s = 'Señor Ávila spoke in Bogotá.';
  assert.equal(textOf([0xff, 0xfe, ...le(s)]), s);
  assert.equal(textOf([0xfe, 0xff, ...be(s)]), s);
  assert.equal(textOf(le(s)), s, 'BOM-less UTF-16LE is sniffed from its zero bytes');
});

test('windows-1252 when the bytes are not UTF-8', () => {
  // 0x93/0x94 curly quotes, 0x96 en dash, 0xE9 é, 0x80 euro sign
  const bytes = [0x93, ...utf8('Caf'), 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, ...utf8('5')];
  const d = decodeBytes(new Uint8Array(bytes));
  assert.ok('text' in d);
  assert.equal(d.text, '“Café” – €5');
  assert.equal(d.encoding, 'windows-1252');
});

test('mostly valid UTF-8 with a truncated last character is kept as UTF-8, with a warning', () => {
  const bytes = [...utf8('Zürich and Genève talks'), 0xe2, 0x80];
  const d = decodeBytes(new Uint8Array(bytes));
  assert.ok('text' in d && d.text.startsWith('Zürich and Genève talks'));
  assert.ok('warning' in d && /invalid UTF-8/.test(d.warning ?? ''));
});

test('binary and empty input are refused with a reason', () => {
  assert.match(errorOf([]), /empty/);
  assert.match(errorOf([0xef, 0xbb, 0xbf]), /empty/);
  assert.match(errorOf([...utf8('abc'), 0, 1, 2, 0, ...utf8('def')]), /binary.*NUL/);
  const noisy = Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 3 : 0x41 + (i % 26)));
  assert.match(errorOf(noisy), /binary.*control/);
  assert.match(errorOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG/);
  assert.match(errorOf([0x1f, 0x8b, 0x08, 0x00]), /gzip/);
});

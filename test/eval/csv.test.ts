import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvRecords, parseCsv } from '../../bench/csv.js';
import { parseLongDate } from '../../bench/corpus.js';

test('parseCsv: quotes, commas, newlines and doubled quotes inside fields', () => {
  const text = 'a,b,c\n"x, y","line1\nline2","say ""hi"""\nplain,,end';
  assert.deepEqual(parseCsv(text), [
    ['a', 'b', 'c'],
    ['x, y', 'line1\nline2', 'say "hi"'],
    ['plain', '', 'end'],
  ]);
});

test('parseCsv: BOM, CRLF, trailing newline, empty quoted field', () => {
  assert.deepEqual(parseCsv('\uFEFFh1,h2\r\n"",2\r\n'), [['h1', 'h2'], ['', '2']]);
  assert.deepEqual(parseCsv(''), []);
});

test('parseCsv: unterminated quote throws', () => {
  assert.throws(() => parseCsv('a,"b\n'), /unterminated/);
});

test('csvRecords: keyed by header; wrong field count throws', () => {
  assert.deepEqual(csvRecords('title,date\n"T, 1","December 31, 2017 "\n'), [{ title: 'T, 1', date: 'December 31, 2017 ' }]);
  assert.throws(() => csvRecords('a,b\n1\n'), /row 2/);
});

test('parseLongDate: the ISOT date shape', () => {
  assert.equal(parseLongDate('December 31, 2017 '), '2017-12-31');
  assert.equal(parseLongDate('Nov 8, 2017'), '2017-11-08');
  assert.equal(parseLongDate('2017-12-31'), null);
  assert.equal(parseLongDate('Smarch 3, 2017'), null);
});

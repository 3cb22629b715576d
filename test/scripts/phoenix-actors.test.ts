// The Phoenix actor-dictionary reader on made-up entries: dated roles written with or without
// spaces around the range ("[ABCGOV > 140608]" as in the country file, "[ABCGOV 950601 - 990815]").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseActors } from '../../scripts/vendor/phoenix-actors.js';

test('dated roles are read whether or not the range is spaced out', () => {
  const text = [
    'JANE_QUILL_',
    '\t[ABCLEG 900101-941231]',
    '\t[ABCGOV > 140608]',
    '\t[ABCELI < 900101]',
    '\t[ABCOPP 19950601 - 19990815]',
  ].join('\n');
  const { records, skipped } = parseActors(text);
  assert.deepEqual(skipped, []);
  assert.deepEqual(records[0]!.codes, [
    { code: 'ABCLEG', start: '1990-01-01', end: '1994-12-31' },
    { code: 'ABCGOV', start: '2014-06-08' },
    { code: 'ABCELI', end: '1990-01-01' },
    { code: 'ABCOPP', start: '1995-06-01', end: '1999-08-15' },
  ]);
});

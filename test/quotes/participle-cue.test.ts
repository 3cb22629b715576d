// Reported speech the cue list missed: "assured X that ..." tells X something, and a reporting verb's
// -ed form that the tagger reads as an adjective right after its subject ("the governor informed that
// ...", common in Indian English) still reports (issue 15: police statements in IndiaPoliceEvents).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const speakers = (text: string) => (annotate({ id: 't', text, published: '2019-05-02' }).quotes ?? [])
  .filter((q) => q.kind === 'reported').map((q) => `${q.speaker?.sector ?? '-'}:${q.text}`);

test('"assured the court that" reports what was assured, not the one assured', () => {
  assert.deepEqual(speakers('The police assured the judge that the suspects would be found within a month.'), ['COP:the suspects would be found within a month']);
});

test('an -ed reporting verb read as an adjective after its subject still reports', () => {
  assert.deepEqual(speakers('The police commissioner informed that extra patrols would watch the market.'), ['COP:extra patrols would watch the market']);
});

test('an -ed word after a determiner is no cue', () => {
  assert.deepEqual(speakers('The informed public was calm on Sunday.'), []);
});

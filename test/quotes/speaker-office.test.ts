// "The governor's office said ...": an office named by its holder's possessive speaks for the holder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const speakers = (text: string) => (annotate({ id: 't', text, published: '2019-05-02' }).quotes ?? [])
  .filter((q) => q.kind === 'reported').map((q) => `${q.speaker?.sector ?? '-'}:${q.speaker?.text ?? '-'}:${q.text}`);

test("a possessor's office speaks for the possessor", () => {
  assert.deepEqual(speakers("The police commissioner's office said that forty people had been detained overnight."), ['COP:police commissioner:forty people had been detained overnight']);
  assert.deepEqual(speakers('The minister’s office said the talks with the unions would resume next week.'), ['GOV:minister:the talks with the unions would resume next week']);
});

test('an office with no possessor names no speaker', () => {
  assert.deepEqual(speakers('The office said the talks with the unions would resume next week.'), []);
});

// "Police in Sevierville say ...", "officials in Ohio said ...": a place phrase between the speaker
// and the reporting verb is where the speaker is, not a break between them. Only a phrase that
// holds a place and nothing but noun-phrase words is stepped over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const speakers = (text: string) => (annotate({ id: 't', text, published: '2019-05-02' }).quotes ?? [])
  .filter((q) => q.kind === 'reported').map((q) => `${q.speaker?.sector ?? '-'}:${q.text}`);

test('a speaker with a place phrase after it still speaks', () => {
  assert.deepEqual(speakers('Police in Nashville said that two stores had been looted overnight.'), ['COP:two stores had been looted overnight']);
  assert.deepEqual(speakers('the police in surat confirmed that nine shops were burnt on monday.'), ['COP:nine shops were burnt on monday']);
});

test('a phrase that is no place still stops the search', () => {
  assert.deepEqual(speakers('Police in riot gear said nothing to the crowd outside the hall.'), []);
});

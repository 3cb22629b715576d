import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const body = 'Wanjiru Kamau thanked Kenyan President William Ruto for his backing. Kamau later met the Ugandan ambassador.';

test("an act of a person no dictionary knows takes the story's country when every other party is of it", () => {
  const d = annotate({ text: `NAIROBI (Reuters) - Kenyan lawmakers passed the budget on Tuesday.\n\n${body}`, published: '2023-05-02' });
  const thanked = d.events.find((e) => e.type === 'SUPPORT');
  assert.equal(thanked?.actor[0]?.code, null);
  assert.equal(thanked?.place?.country, 'KEN');
  assert.equal(thanked?.place?.kind, 'country');
  assert.equal(thanked?.placeFrom, 'story-country');
  // a party of another state: the meeting may have been anywhere
  const met = d.events.find((e) => e.type === 'CONSULT');
  assert.ok(met);
  assert.equal(met?.place ?? null, null);
});

test("with no dateline or headline place, the one state nearly all the story's places and actors belong to stands in", () => {
  const lead = 'Kenyan lawmakers in Nairobi passed the budget on Tuesday, and Kenya\'s treasury in Mombasa welcomed the vote. Kenyan police guarded parliament in Nairobi.';
  const d = annotate({ text: `${lead}\n\n${body}`, published: '2023-05-02' });
  const thanked = d.events.find((e) => e.type === 'SUPPORT' && e.actor[0]?.code === null);
  assert.equal(thanked?.place?.country, 'KEN');
  assert.equal(thanked?.placeFrom, 'story-country');
});

test('with no story place and no dominant state, such an act stays unplaced', () => {
  const d = annotate({ text: body, published: '2023-05-02' });
  const thanked = d.events.find((e) => e.type === 'SUPPORT');
  assert.ok(thanked);
  assert.equal(thanked?.place ?? null, null);
});

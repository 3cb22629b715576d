// The schema the properties rely on does reject what it should, so they can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import { DocSchema } from '../../src/output/schema.js';

const doc = () => annotate({ text: 'Police arrested 40 protesters in Paris on Monday, officials said.\n\nFrance condemned the strike.', published: '2024-05-06' });

test('DocSchema accepts a real Doc and rejects spans outside the text or reversed', () => {
  assert.ok(DocSchema.safeParse(doc()).success);
  const far = doc();
  far.times[0]!.end = far.text.length + 1;
  assert.match(JSON.stringify(DocSchema.safeParse(far).error?.issues), /outside the text/);
  const reversed = doc();
  reversed.events[0]!.sentence = { start: 5, end: 2 };
  assert.equal(DocSchema.safeParse(reversed).success, false);
  const badType = doc() as unknown as { events: { type: string }[] };
  badType.events[0]!.type = 'PARTY';
  assert.equal(DocSchema.safeParse(badType).success, false);
});

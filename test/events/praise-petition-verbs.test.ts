// Praise and petition verbs of PETRARCH-2's ACCLAIM and LAUD (CAMEO 051) and ASK (020) blocks, left
// out of the converted patterns as verbs alone, are entente's own entries; "salute" and "petition"
// only with a party for object ("saluted the flag" is no praise of anyone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2022-05-30' }).events;

test('"Peru lauded Ecuador" is praise', () => {
  const e = events('Peru lauded Ecuador for its handling of the crisis.').find((x) => x.type === 'SUPPORT');
  assert.ok(e, 'a SUPPORT');
  assert.equal(e.cameo, '051');
  assert.deepEqual(e.recipient.map((a) => a.code), ['ECU']);
});

test('"petitioned the government" is a request to it', () => {
  const e = events('Farmers in Kenya petitioned the Kenyan government to lower fuel prices.').find((x) => x.type === 'REQUEST');
  assert.ok(e, 'a REQUEST');
  assert.deepEqual(e.recipient.map((a) => a.code), ['KEN']);
});

test('saluting a thing is no event', () => {
  assert.equal(events('The cadets saluted the flag on Monday.').length, 0);
});

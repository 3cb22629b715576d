// "a visit to Lima": a city or country right after the preposition of an event noun is where the act
// falls, so its country stands in for the unnamed host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join(',')} -> ${e.recipient.map((r) => r.code).join(',')}`);

test('the place after "visit to" stands in for the host', () => {
  assert.deepEqual(events('The Chilean president began a visit to Lima on Monday.'), ['CONSULT CHL -> PER']);
  assert.deepEqual(events("Peru's foreign minister arrived on Sunday for a two-day visit to Santiago."), ['CONSULT PER -> CHL']);
});

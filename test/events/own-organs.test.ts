// The recipient search walks past the actor's own organs ("Britain mobilized army reservists"): they
// are the actor's means, not whom the act is aimed at; the party after them may still be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const dyads = (text: string) => annotate({ id: 't', text }).events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join(',')}>${e.recipient.map((a) => a.code).join(',')}`);

test("a recipient after the actor's own forces is found; the forces themselves are no recipient", () => {
  assert.deepEqual(dyads('Norway mobilised navy reservists for a possible conflict with Russia on Monday.'), ['MOBILIZE NOR>RUS']);
  assert.deepEqual(dyads('Norway mobilised navy reservists on Monday.'), ['MOBILIZE NOR>']);
});

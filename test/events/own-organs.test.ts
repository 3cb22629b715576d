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

test('a party fought alongside is a partner, not the one fought: the recipient is the enemy named, or none', () => {
  const d = annotate({ id: 't', text: 'French special forces fought alongside the Kurdish militia against Islamic State fighters near Raqqa.', published: '2018-03-02' });
  const fight = d.events.find((e) => e.type === 'ASSAULT');
  assert.ok(fight);
  assert.ok(!fight.recipient.some((r) => /militia/i.test(r.text)), fight.recipient.map((r) => r.text).join('|'));
  for (const text of ['The attacking forces were fighting on the side of the Syrian regime.', 'Hezbollah fighters are fighting alongside the Syrian regime.']) {
    const side = annotate({ id: 't', text, published: '2018-03-02' });
    assert.ok(!side.events.some((e) => e.recipient.some((r) => /regime/.test(r.text))), text);
  }
});

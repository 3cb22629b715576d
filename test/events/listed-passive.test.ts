// "were attacked, abducted and killed by soldiers": every participle of a list whose first item is
// passive is passive too; the "by" phrase does all of them and the subject undergoes them
// (events/participants.ts listedPassive). A comma with no list after it joins nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const parties = (text: string) =>
  annotate({ id: 't', text, published: '2019-06-10' }).events.map((e) => [e.trigger ? text.slice(e.trigger.start, e.trigger.end) : '', e.actor.map((a) => a.text).join('|'), e.recipient.map((r) => r.text).join('|')]);

test('each participle of a comma list shares the first one\'s passive', () => {
  const got = parties('The farmers, who were attacked, abducted and killed by the militia, have not returned.');
  for (const verb of ['abducted', 'killed']) {
    const ev = got.find((g) => g[0] === verb);
    assert.ok(ev, `${verb} coded`);
    assert.equal(ev[1], 'militia');
    assert.equal(ev[2], 'farmers');
  }
});

test('a middle item after a comma is passive only when the list goes on', () => {
  const got = parties('The reporter, who was arrested, criticised the government.');
  const ev = got.find((g) => g[0] === 'criticised');
  assert.ok(ev);
  assert.equal(ev[1], 'reporter');
});

// Harm suffered in an act someone else carried out: "killed in an Israeli air strike". The act's
// agent is the agent of the harm, the act and the harm are one event, and a count of one is a count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2023-05-02' }).events;

test('the agent of the attack a harm came from is the agent of the harm, read once', () => {
  const [e, ...rest] = events('Three fishermen were killed in a Kenyan air strike on the island on Monday.');
  assert.equal(rest.length, 0, 'the strike and the killing are one act');
  assert.equal(e!.type, 'ASSAULT');
  assert.equal(e!.actor[0]?.code, 'KEN');
  assert.equal(e!.size.dead, 3);
  const [w] = events('Two villagers were wounded by police bullets outside the depot.');
  assert.equal(w!.actor[0]?.sector, 'COP');
  assert.equal(w!.size.injured, 2);
});

test('a country after "in" with no attack noun is a place, not the agent', () => {
  const [e] = events('Four hikers were killed in Nepal by an avalanche on Monday.');
  assert.ok(!e || e.actor.every((a) => a.code !== 'NPL'), JSON.stringify(e?.actor));
});

test('"one person" is a count of one, held by the act that killed', () => {
  const es = events('One person was killed when soldiers opened fire on the crowd in the square.');
  assert.deepEqual(es.filter((e) => e.size.dead !== null).map((e) => [e.size.dead, e.actor[0]?.sector]), [[1, 'MIL']]);
});

test('the actor modifying an attack noun that opens the trigger is its agent: "a Russian air strike killed"', () => {
  const e = annotate({ id: 't', text: 'A Russian air strike killed five civilians in Kharkiv.' }).events[0];
  assert.equal(e?.type, 'ASSAULT');
  assert.deepEqual(e?.actor.map((a) => a.code), ['RUS']);
  assert.deepEqual(e?.recipient.map((a) => a.code), ['UKR']);
  // with no actor before the noun the agent stays unnamed
  const bomb = annotate({ id: 't', text: 'A roadside bomb exploded in Kandahar.' }).events[0];
  assert.deepEqual(bomb?.actor, []);
});

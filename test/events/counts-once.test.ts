// Counts of dead, injured and arrested belong to one event each: a sentence with two events must not
// give both of them its counts, or every total over events (timeline, map, dyads) counts people twice.
// And a count takes the kind its own words say ("five others were injured" are injured, not dead).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import type { Event } from '../../src/types.js';

const events = (text: string) => annotate({ id: 't', text, published: '2023-05-02' }).events;
const total = (es: readonly Event[], k: 'dead' | 'injured' | 'arrested') => es.reduce((n, e) => n + (e.size[k] ?? 0), 0);
const byTrigger = (text: string, es: readonly Event[], word: string) => es.find((e) => text.slice(e.trigger.start, e.trigger.end).startsWith(word));

test('an arrest count stays with the arrest, not with the other act of the sentence', () => {
  const text = 'Chilean police arrested 14 students and fired water cannon at hundreds of protesters in Santiago.';
  const es = events(text);
  assert.equal(byTrigger(text, es, 'arrested')?.size.arrested, 14);
  assert.equal(total(es, 'arrested'), 14, JSON.stringify(es.map((e) => e.size)));
});

test('"N were killed and M were wounded": each count once, each with its own kind', () => {
  const text = 'Two Peruvians were killed and three were wounded early on Saturday near the mine.';
  const es = events(text);
  assert.equal(total(es, 'dead'), 2, JSON.stringify(es.map((e) => e.size)));
  assert.equal(total(es, 'injured'), 3);
  const text2 = 'At least 12 people were killed and 30 others were injured in the blast.';
  const es2 = events(text2);
  assert.equal(total(es2, 'dead'), 12, JSON.stringify(es2.map((e) => e.size)));
  assert.equal(total(es2, 'injured'), 30);
});

test('the kind word nearest the number decides, across "more than" and "others"', () => {
  const text = 'A gunman killed nine people and injured more than 40 at a market in Valparaiso.';
  const es = events(text);
  assert.equal(total(es, 'dead'), 9, JSON.stringify(es.map((e) => e.size)));
  assert.equal(total(es, 'injured'), 40);
  const text2 = 'A miner was killed and five others were injured when the tunnel roof gave way.';
  const es2 = events(text2);
  assert.equal(total(es2, 'dead'), 0, 'no number for the dead one: "a miner" is not read as five');
  assert.equal(total(es2, 'injured'), 5);
});

test('a harm with no agent gives its count to the act in its sentence that has one', () => {
  const text = 'Two students were injured when police fired rubber bullets at the crowd outside the town hall.';
  const es = events(text);
  assert.equal(total(es, 'injured'), 2, JSON.stringify(es.map((e) => e.size)));
  const hurt = es.find((e) => (e.size.injured ?? 0) > 0);
  assert.equal(hurt?.actor[0]?.sector, 'COP');
});

test('a single event keeps every count of its sentence', () => {
  const [e, ...rest] = events('The rebel attack killed 8 soldiers and wounded 11 in the northern province.');
  assert.equal(rest.length === 0 || rest.every((r) => r.size.dead === null && r.size.injured === null), true);
  assert.equal(e!.size.dead, 8);
  assert.equal(total([e!, ...rest], 'injured'), 11);
});

test('a harm joined by "when" or "as" to an act with an agent is that act: one event', () => {
  const text = 'Eleven villagers were killed when gunmen stormed a village near Kisumu early on Sunday.';
  const es = events(text);
  assert.equal(es.length, 1, JSON.stringify(es.map((e) => e.type)));
  assert.equal(es[0]!.size.dead, 11);
  // with no act after the link word, the harm stays on its own
  const [alone] = events('Eleven villagers were killed near Kisumu early on Sunday, the police said.');
  assert.equal(alone?.size.dead, 11);
});

test('"killed ... and injured ..." by one agent is one assault with both counts', () => {
  const es = events('A gunman killed nine people and injured more than 40 at a market in Valparaiso.');
  assert.equal(es.length, 1, JSON.stringify(es.map((e) => e.trigger)));
  assert.equal(es[0]!.size.dead, 9);
  assert.equal(es[0]!.size.injured, 40);
  // two agents are two acts
  const two = events('Chilean troops killed two rebels on Monday and police injured three students in Temuco.');
  assert.equal(two.filter((e) => e.type === 'ASSAULT').length, 2, JSON.stringify(two.map((e) => e.actor.map((a) => a.text))));
});

test('"were killed and ten injured": the count after "and" is the subject of a second passive, not an agent', () => {
  const text = 'Four herders were killed and nine injured in raids on the grazing camps in Ghana.';
  const es = events(text);
  // one assault with both outcomes; before, "injured" was a second assault done by the herders
  assert.equal(es.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(es.map((e) => text.slice(e.trigger.start, e.trigger.end))));
  assert.ok(es.every((e) => e.actor.every((a) => a.text !== 'herders')));
  assert.deepEqual([total(es, 'dead'), total(es, 'injured')], [4, 9]);
});

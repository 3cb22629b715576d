// A party that claims another party did harm accuses it (events/claims.ts): the accusation is the
// event; the harm is the speaker's allegation, kept and not counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const read = (text: string) => {
  const d = annotate({ id: 't', text, published: '2023-05-02' });
  const dyad = (e: (typeof d.events)[number]) => `${e.type} ${e.cameo} ${e.actor.map((a) => a.code).join('+')}>${e.recipient.map((a) => a.code).join('+')}`;
  return { events: d.events.map(dyad), nonFactual: (d.nonFactual ?? []).map(dyad) };
};

test('a claim that another party did harm is an accusation; the harm is alleged', () => {
  const r = read('Moscow claimed on Monday that Ukrainian drones struck an oil depot in Belgorod.');
  assert.deepEqual(r.events, ['ACCUSE 112 RUS>UKR']);
  assert.equal(r.nonFactual.length, 1);
  assert.match(r.nonFactual[0]!, /^ASSAULT/);
});

test('a claim of an act of its own accuses no one, and reporting is not claiming', () => {
  assert.deepEqual(read('The militia claimed it had shelled Israeli positions.').events.filter((e) => e.startsWith('ACCUSE')), []);
  assert.deepEqual(read('Police in Kenya said gunmen attacked a village near Lamu.').events.filter((e) => e.startsWith('ACCUSE')), []);
});

test('an allegation verb that is itself coded ACCUSE is not doubled', () => {
  const r = read('Iran alleged that Israel had killed the nuclear scientist.');
  assert.deepEqual(r.events, ['ACCUSE 112 IRN>ISR']);
});

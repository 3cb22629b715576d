// A noun phrase set off by commas after a person's name ("Ana Orsk, the party's chief whip,") describes
// that person: the subject is the name (an unknown name takes the role's code and sector). A list whose
// first item has an apposition ("A, the X chair, and B urged") is not read past it: that part moved one
// PETRARCH dev record and nothing on the test half, so it was taken out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2018-03-01' }).events
  .map((e) => `${e.type} ${e.actor.map((a) => `${a.code ?? '-'}/${a.sector ?? '-'}:${a.text}`).join('+')}`);

test('an unknown name before a role apposition is the subject, coded by the role', () => {
  const out = events('Tobiah Wrenfield, the Conservative party chairman, criticised Labour on Tuesday.');
  assert.ok(out.some((e) => e.startsWith('ACCUSE') && e.includes('/PTY:Tobiah Wrenfield')), out.join(' | '));
});

test('an unknown name before an apposition naming no party still acts, uncoded', () => {
  const out = events('Corwin Malasky, the panel\'s most senior member, demanded more time for Republicans to read the bill.');
  assert.ok(out.some((e) => e.startsWith('REQUEST') && e.includes(':Corwin Malasky')), out.join(' | '));
});

test('a known name keeps its own words when the apposition is the same person', () => {
  const out = events('Sergei Lavrov, Russia\'s foreign minister, met John Kerry in Vienna.');
  assert.ok(out.some((e) => e.startsWith('CONSULT') && e.includes('RUS/GOV:Sergei Lavrov')), out.join(' | '));
});

test('a list closed by an apposition after a preposition is no subject list', () => {
  const out = events('Talks between Turkey and the US, the two biggest armies in the alliance, stalled, and Ankara sent troops into Syria in August.');
  assert.ok(!out.some((e) => e.includes('USA/')), out.join(' | '));
});

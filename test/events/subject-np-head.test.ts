// The subject is the head of its noun phrase, not a party in a phrase inside it: "lawyers for the
// family of a 12-year-old boy who died in custody called for ..." is the lawyers' call. A modifier
// joined by hyphens ("12-year-old") is read as one adjective, so "of" still opens the boy's phrase;
// a relative clause closed before the verb (a noun ends it) is passed over to the noun it describes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const actors = (text: string): string[][] => annotate({ id: 't', text, published: '2021-03-03' }).events.map((e) => e.actor.map((a) => a.text));

test('a hyphenated age does not hide the "of" phrase of the subject', () => {
  assert.deepEqual(actors('Lawyers for the family of a 12-year-old Honduran boy called on Monday for an inquiry.'), [['Lawyers']]);
});

test('a relative clause on the party inside the subject\'s phrase is passed over', () => {
  assert.deepEqual(actors('Lawyers for the family of a 12-year-old Honduran boy who died in police custody called on Monday for an inquiry.'), [['Lawyers']]);
});

test('a relative clause on the subject itself still gives the subject', () => {
  const arrest = annotate({ id: 't', text: 'Honduran soldiers who guarded the border post detained two Nicaraguan farmers.', published: '2021-03-03' }).events.find((e) => e.type === 'COERCE');
  assert.deepEqual(arrest?.actor.map((a) => a.text), ['Honduran soldiers']);
});

test('a party after "of" (past a count) is the complement of the subject noun before it', () => {
  assert.deepEqual(actors('The families of dozens of Yazidi women held by militants have urged the Iraqi army to find them.').slice(0, 1), [['families']]);
  assert.deepEqual(actors('The mother of a jailed Egyptian blogger accused the government of torture.'), [['mother']]);
  // a partitive or group noun is the group itself
  assert.deepEqual(actors('Leaders of Hamas rejected the offer.'), [['Hamas']]);
});

test('a participle right after the complement still has it for subject', () => {
  const d = annotate({ id: 't', text: 'The families of two Danish men killed fighting in Syria condemned the report.', published: '2021-03-03' });
  assert.deepEqual(d.events.filter((e) => e.type === 'ASSAULT').map((e) => e.recipient.map((r) => r.text)), [['Danish men']]);
});

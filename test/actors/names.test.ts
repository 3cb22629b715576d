import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf } from './helpers.js';
import { bodyDoc } from '../../src/doc.js';
import { textStage } from '../../src/text/tokenize.js';
import { actorsStage } from '../../src/actors/index.js';
import type { Doc, MentionType } from '../../src/types.js';

const typeOf = (doc: Doc, text: string): MentionType | undefined => doc.mentions.find((m) => m.text === text)?.type;

test('unknown names are typed by context: given names, honorifics, titles', () => {
  const doc = actorsOf('Margaret Okonkwo-Baptiste arrived late. Mr. Tervonen said the plan was sound, and Governor Ilse Brandauer agreed.', '2020-01-01');
  assert.equal(typeOf(doc, 'Margaret Okonkwo-Baptiste'), 'PER');
  assert.equal(typeOf(doc, 'Tervonen'), 'PER');
  assert.equal(typeOf(doc, 'Ilse Brandauer'), 'PER');
});

test('organisation suffixes and "X of Y" make organisations', () => {
  const doc = actorsOf('Shares of Veltrona Holdings fell after Brindlecombe Corp. cut jobs, and the Bank of Ruritania and Quorvale University disagreed.', '2020-01-01');
  assert.equal(typeOf(doc, 'Veltrona Holdings'), 'ORG');
  assert.equal(typeOf(doc, 'Brindlecombe Corp.'), 'ORG');
  assert.equal(typeOf(doc, 'Bank of Ruritania'), 'ORG');
  assert.equal(typeOf(doc, 'Quorvale University'), 'ORG');
});

test('an organisation named once in full keeps its type when shortened', () => {
  const doc = actorsOf('Tarnwick Mining Corp said output rose. Tarnwick expects more next year.', '2020-01-01');
  assert.equal(typeOf(doc, 'Tarnwick Mining Corp'), 'ORG');
  assert.equal(typeOf(doc, 'Tarnwick'), 'ORG');
});

test('a surname alone is a person when the full name appears in the document', () => {
  const doc = actorsOf('Okelo was named captain. Later, Daniel Okelo thanked the coach.', '2020-01-01');
  assert.equal(typeOf(doc, 'Okelo'), 'PER');
  assert.equal(typeOf(doc, 'Daniel Okelo'), 'PER');
});

test('cities are places; nationalities, creeds and events are MISC', () => {
  const doc = actorsOf('Pilgrims travelled from Rotterdam to the Zimbabwe Open, where Jewish and Hindu groups met Kurdish officials.', '2020-01-01');
  assert.equal(typeOf(doc, 'Rotterdam'), 'LOC');
  assert.equal(typeOf(doc, 'Zimbabwe Open'), 'MISC');
  assert.equal(typeOf(doc, 'Jewish'), 'MISC');
  assert.ok(['NORP', 'MISC'].includes(typeOf(doc, 'Kurdish') ?? ''));
});

test('capitalisation by position or by headline is not a name', () => {
  const doc = actorsOf('RIVAL PARTIES CLASH AFTER VOTE IN LAGOS\n\nResults were announced on Friday. Standings will follow.', '2020-01-01');
  assert.equal(typeOf(doc, 'Results'), undefined);
  assert.equal(typeOf(doc, 'Standings'), undefined);
  assert.equal(doc.mentions.filter((m) => /RIVAL|CLASH|PARTIES/.test(m.text)).length, 0);
  assert.equal(typeOf(doc, 'LAGOS'), 'LOC');
});

test('in a results line the sides are teams', () => {
  // straight through text and actors: intake would set these lines aside as boilerplate
  const doc = actorsStage(textStage(bodyDoc('Soccer results on Saturday:\n\nRotterdam 2 Eindhoven 1\n\nGroningen 0 Utrecht 3', '2020-01-01')));
  for (const t of ['Rotterdam', 'Eindhoven', 'Groningen', 'Utrecht']) assert.equal(typeOf(doc, t), 'ORG', t);
});

test('sports tables: standings rows, fixtures in capitals, bracketed clubs and "the <plural>" are teams', () => {
  const doc = actorsOf(
    'Hockey standings after Tuesday games:\n\nQUORVALE 9 4 .692 -\n\nBRISTOW FALLS 8 5 .615 1\n\nDENVER AT QUORVALE\n\nSquad - Tomas Velkin ( Marseille ) , Ivo Danek ( Lisbon ) , Pavel Hruska ( Austria ).\n\nThe Quorvale Hawks beat the Bristowians on Saturday.',
    '2023-03-01',
  );
  const type = (t: string): string | undefined => doc.mentions.find((m) => m.text === t)?.type;
  assert.equal(type('QUORVALE'), 'ORG');
  assert.equal(type('BRISTOW FALLS'), 'ORG');
  assert.equal(type('DENVER'), 'ORG'); // the visitors
  assert.equal(doc.mentions.filter((m) => m.text === 'QUORVALE').map((m) => m.type).join(), 'ORG,LOC'); // the host is where they play
  assert.equal(type('Marseille'), 'ORG');
  assert.equal(type('Lisbon'), 'ORG');
  assert.equal(type('Austria'), 'GPE'); // a country stays a place
  assert.equal(type('Bristowians'), 'ORG');
});

test('results lines are read once a story: the second ask gets the same lines and its games', async () => {
  const { contestSentences } = await import('../../src/actors/names.js');
  const { toUnits } = await import('../../src/actors/trie.js');
  const doc = textStage(bodyDoc('Harwick City 3 Dunmore Rovers 1. The mayor thanked the fans.'));
  const units = toUnits(doc.tokens, doc.sentences);
  const first = contestSentences(units);
  assert.deepEqual([...first], [0]);
  const games = new Set<number>();
  // elements.ts asks first without games, reader.ts then with them: the lines are not read again
  assert.equal(contestSentences(units, games), first);
  assert.deepEqual([...games], [0]);
});

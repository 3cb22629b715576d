// "charged the minister's aide": the possessed person is the one acted on; "rejected the minister's
// request": a possessed thing leaves the possessor as the party (WordNet's nouns for people).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const recipients = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => e.recipient.map((r) => `${r.code}/${r.sector}:${r.text}`));

test('a possessed person or group is the recipient, with the possessor\'s country', () => {
  assert.deepEqual(recipients("Peruvian prosecutors charged President Vizcarra's former campaign manager with fraud."), [["PER/null:President Vizcarra's former campaign manager"]]);
  assert.deepEqual(recipients("Chilean police arrested Bolsonaro's bodyguard in Santiago."), [["BRA/null:Bolsonaro's bodyguard"]]);
});

test('a possessed thing leaves the possessor as the recipient', () => {
  assert.deepEqual(recipients("The Chilean court rejected Bolsonaro's request for asylum.").map((r) => r.map((x) => x.split(':')[1])), [['Bolsonaro']]);
});

test('a person named as the modifier of people is their possessor too', () => {
  // "four Bolsonaro associates" are not Bolsonaro
  assert.deepEqual(recipients('Chilean prosecutors charged four Bolsonaro associates with fraud.'), [['BRA/null:Bolsonaro associates']]);
  // a role the actors stage reads on its own is the party: "Bolsonaro supporters" are supporters
  assert.deepEqual(recipients('Chilean lawmakers criticized Bolsonaro supporters.').flat().map((r) => r.split(':')[1]), ['supporters']);
  // a name modifying a thing leaves the name as the party ("the Bolsonaro decree" is Bolsonaro's)
  assert.deepEqual(recipients('Chilean lawmakers rejected the Bolsonaro decree.').flat().map((r) => r.split(':')[1]), ['Bolsonaro']);
});

test('a possessed person or group that acts is the actor, not the possessor', () => {
  const actors = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => e.actor.map((a) => `${a.code}/${a.sector}:${a.text}`));
  assert.deepEqual(actors("Bolsonaro's former campaign manager criticized the Chilean government."), [["BRA/null:Bolsonaro's former campaign manager"]]);
  assert.deepEqual(actors('Four Bolsonaro associates attacked the Chilean embassy.'), [['BRA/null:Bolsonaro associates']]);
  // a possessed role the actors stage knows stays as it was read
  assert.deepEqual(actors("Chile's foreign minister criticized Peru.").flat().map((a) => a.split(':')[0]), ['CHL/GOV']);
});

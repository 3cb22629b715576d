import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf, one, find } from './helpers.js';

test('dated roles: the same person gets the code of the role held on the publication date', () => {
  const text = 'Jens Stoltenberg warned of new threats in a speech.';
  const early = one(actorsOf(text, '2011-06-01'), 'Jens Stoltenberg');
  const late = one(actorsOf(text, '2016-06-01'), 'Jens Stoltenberg');
  assert.equal(early.actor.id, late.actor.id);
  assert.equal(early.actor.code, 'NOR');
  assert.equal(late.actor.code, 'IGO');
  const a = one(actorsOf('Ursula von der Leyen visited the troops.', '2015-03-01'), 'Ursula von der Leyen');
  const b = one(actorsOf('Ursula von der Leyen visited the troops.', '2021-03-01'), 'Ursula von der Leyen');
  assert.equal(a.actor.code, 'DEU');
  assert.equal(b.actor.code, 'EUR');
});

test('undated articles take the latest role; after the last role a person is ELI', () => {
  const undated = one(actorsOf('Mark Rutte spoke to reporters.'), 'Mark Rutte');
  assert.equal(undated.actor.code, 'IGO');
  const former = one(actorsOf('Tony Blair gave a lecture.', '2015-01-01'), 'Tony Blair');
  assert.equal(former.actor.code, 'GBR');
  assert.equal(former.actor.sector, 'ELI');
});

test('all the names of the Islamic State are one actor, IMG with its Wikidata id', () => {
  const doc = actorsOf('Fighters of the Islamic State attacked a town. Officials blamed ISIL, which residents call Daesh; ISIS and IS claimed it, and an anti-ISIL alliance formed.', '2016-01-01');
  const ids = new Set(['Islamic State', 'ISIL', 'Daesh', 'ISIS', 'IS'].map((s) => one(doc, s).actor.id));
  assert.equal(ids.size, 1);
  const isil = one(doc, 'ISIL').actor;
  assert.equal(isil.code, 'IMG');
  assert.equal(isil.wikidata, 'Q2429253');
  // inside a hyphenated word too
  assert.equal(find(doc, 'ISIL').length, 2);
});

test('organisations: legislatures, parties, media, NGOs, IGOs', () => {
  const doc = actorsOf('The Bundestag debated it while Amnesty International, Reuters and NATO commented, and the Conservative Party stayed silent.');
  assert.deepEqual([one(doc, 'Bundestag').actor.code, one(doc, 'Bundestag').actor.sector], ['DEU', 'LEG']);
  assert.equal(one(doc, 'Amnesty International').actor.code, 'NGO');
  assert.deepEqual([one(doc, 'Reuters').actor.code, one(doc, 'Reuters').actor.sector], ['GBR', 'JRN']);
  assert.equal(one(doc, 'NATO').actor.code, 'IGO');
  assert.equal(one(doc, 'Conservative Party').actor.sector, 'PTY');
  assert.ok(doc.mentions.some((m) => m.type === 'ORG' && m.text === 'Reuters'));
});

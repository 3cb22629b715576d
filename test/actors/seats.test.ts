import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf, one } from './helpers.js';

test('seats of power stand for their governments', () => {
  const doc = actorsOf('Zhongnanhai stayed quiet, the Blue House called for calm and the Quai d’Orsay summoned an envoy. The Pentagon and Foggy Bottom disagreed, and Downing Street sided with Whitehall.', '2019-03-03');
  const want: Record<string, [string, string]> = {
    Zhongnanhai: ['CHN', 'GOV'], 'Blue House': ['KOR', 'GOV'], 'Quai d’Orsay': ['FRA', 'GOV'], Pentagon: ['USA', 'MIL'],
    'Foggy Bottom': ['USA', 'GOV'], 'Downing Street': ['GBR', 'GOV'], Whitehall: ['GBR', 'GOV'],
  };
  for (const [text, [code, sector]] of Object.entries(want)) {
    const a = one(doc, text).actor;
    assert.deepEqual([a.code, a.sector], [code, sector], text);
    assert.ok(doc.mentions.some((m) => m.text === text && m.type === 'ORG'), `${text} typed ORG`);
  }
});

test('capitals that act are governments; "the Kremlin" and "the White House" too', () => {
  const doc = actorsOf('Tokyo protested on Monday. The Kremlin denied it and the White House declined to comment.', '2019-03-03');
  assert.equal(one(doc, 'Tokyo').actor.id, 'JPN-GOV');
  assert.equal(one(doc, 'Kremlin').actor.code, 'RUS');
  assert.equal(one(doc, 'White House').actor.code, 'USA');
});

test('role phrases without a name get a country and a sector', () => {
  const doc = actorsOf('A Turkish diplomatic official said Kenyan police had detained two men, while Yemeni rebels and a Russian warplane were blamed by Chilean lawmakers.', '2018-05-05');
  assert.equal(one(doc, 'Turkish diplomatic official').actor.id, 'TUR-GOV');
  assert.equal(one(doc, 'Kenyan police').actor.id, 'KEN-COP');
  assert.equal(one(doc, 'Yemeni rebels').actor.id, 'YEM-REB');
  assert.equal(one(doc, 'Russian warplane').actor.id, 'RUS-MIL');
  assert.equal(one(doc, 'Chilean lawmakers').actor.id, 'CHL-LEG');
});

test('dated roles: a minister who later heads the government, and a leader after office', () => {
  const text = 'Yevgeny Primakov met the delegation.';
  assert.deepEqual([one(actorsOf(text, '1997-02-01'), 'Yevgeny Primakov').actor.code, one(actorsOf(text, '1997-02-01'), 'Yevgeny Primakov').actor.sector], ['RUS', 'GOV']);
  const spy = one(actorsOf(text, '1994-02-01'), 'Yevgeny Primakov').actor;
  assert.equal(spy.sector, 'SPY');
  const later = one(actorsOf('Helmut Kohl gave a speech.', '2005-01-01'), 'Helmut Kohl').actor;
  assert.deepEqual([later.code, later.sector], ['DEU', 'ELI']);
  const prodi = one(actorsOf('Romano Prodi spoke in Brussels.', '2001-06-01'), 'Romano Prodi').actor;
  assert.equal(prodi.code, 'EUR');
  const prodi2 = one(actorsOf('Romano Prodi spoke in Rome.', '2007-06-01'), 'Romano Prodi').actor;
  assert.equal(prodi2.code, 'ITA');
});

test('transliterations of one name are one actor', () => {
  const doc = actorsOf('Bashar el-Assad spoke first. Later al-Assad met envoys, and Assad thanked them.', '2016-11-01');
  const ids = new Set(['Bashar el-Assad', 'al-Assad', 'Assad'].map((s) => one(doc, s).actor.id));
  assert.deepEqual([...ids], ['al-assad-bashar']);
  const t = actorsOf('Franjo Tudjman met Alija Izetbegovic in Dayton.', '1995-11-01');
  assert.deepEqual([one(t, 'Franjo Tudjman').actor.code, one(t, 'Alija Izetbegovic').actor.code], ['HRV', 'BIH']);
});

test('compound demonyms, provinces and "ethnic" peoples take the state they live in', () => {
  const doc = actorsOf('Bosnian Serbs rejected the plan. Later the government of Sindh province deployed police, and ethnic Uzbeks protested in Kyrgyzstan.', '1995-06-01');
  assert.equal(one(doc, 'Bosnian Serbs').actor.code, 'BIH');
  assert.equal(one(doc, 'government').actor.id, 'PAK-GOV');
  assert.equal(one(doc, 'Uzbeks').actor.id, 'KGZ-CVL');
  assert.ok(doc.mentions.some((m) => m.text === 'Sindh' && m.type === 'LOC'));
});

test('a title word before a title belongs to it: "Vice Foreign Minister"', () => {
  const doc = actorsOf("Estonia's Vice Foreign Minister flew to Riga.", '2015-06-01');
  assert.equal(one(doc, "Estonia's Vice Foreign Minister").actor.id, 'EST-GOV');
});

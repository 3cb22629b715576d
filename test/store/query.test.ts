import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../../src/store/index.js';
import { HOLLANDE, ISIL, PUTIN, makeDoc } from './make-doc.js';
import { tempDbPath } from './temp-db.js';

let store: Store;
let cleanup: () => void;
let docA: ReturnType<typeof makeDoc>;

before(() => {
  const t = tempDbPath();
  cleanup = t.cleanup;
  store = openStore(t.file);
  docA = makeDoc('Hollande in Moscow', [
    { type: 'CONSULT', sentence: 'Hollande met Putin in the Kremlin.', trigger: 'met', actor: HOLLANDE, recipient: PUTIN, date: '2015-11-26' },
    { type: 'ASSAULT', sentence: 'ISIL attacked Paris, killing 130 people.', trigger: 'attacked', actor: ISIL, date: '2015-11-13', dead: 130 },
  ]);
  store.ingest(docA);
  store.ingest(makeDoc('Putin praises', [
    { type: 'SUPPORT', sentence: 'Putin praised Hollande.', trigger: 'praised', actor: PUTIN, recipient: HOLLANDE, date: '2015-11' },
    { type: 'REQUEST', sentence: 'Hollande urged Putin to act.', trigger: 'urged', actor: HOLLANDE, recipient: PUTIN, date: null },
  ]));
  store.ingest(makeDoc('Week story', [
    { type: 'ACCUSE', sentence: 'Putin accused ISIL of the bombing.', trigger: 'accused', actor: PUTIN, recipient: ISIL, date: '2015-W45' },
  ]));
});
after(() => {
  store.close();
  cleanup();
});

const types = (filter: Parameters<Store['events']>[0]) => store.events(filter).map((e) => e.event);

test('all events, ordered by date with undated last', () => {
  assert.deepEqual(types({}), ['SUPPORT', 'ACCUSE', 'ASSAULT', 'CONSULT', 'REQUEST']);
});

test('by actor code, actor id, and recipient', () => {
  assert.deepEqual(types({ actor: 'FRA' }), ['CONSULT', 'REQUEST']);
  assert.deepEqual(types({ actor: 'IMG' }), ['ASSAULT']);
  assert.deepEqual(types({ actor: 'putin-vladimir' }), ['SUPPORT', 'ACCUSE']);
  assert.deepEqual(types({ recipient: 'RUS' }), ['CONSULT', 'REQUEST']);
  assert.deepEqual(types({ actor: 'FRA', recipient: 'RUS', type: 'request' }), ['REQUEST']);
  assert.deepEqual(types({ actor: 'XXX' }), []);
});

test('by type', () => {
  assert.deepEqual(types({ type: 'ASSAULT' }), ['ASSAULT']);
});

test('by date range, overlapping coarse dates', () => {
  // 2015-11 (month) and 2015-W45 (2 to 8 Nov) both overlap the first half of November.
  assert.deepEqual(types({ since: '2015-11-01', until: '2015-11-15' }), ['SUPPORT', 'ACCUSE', 'ASSAULT']);
  assert.deepEqual(types({ since: '2015-11-20' }), ['SUPPORT', 'CONSULT']);
  assert.deepEqual(types({ until: '2015-11-10' }), ['SUPPORT', 'ACCUSE']);
  assert.deepEqual(types({ since: '2015-11-26', until: '2015-11-26', actor: 'FRA' }), ['CONSULT']);
  assert.deepEqual(types({ since: '2016' }), []);
  assert.throws(() => store.events({ since: 'last week' }), /not a date/);
});

test('by doc id, and limit', () => {
  assert.deepEqual(types({ docId: docA.id }), ['ASSAULT', 'CONSULT']);
  assert.deepEqual(types({ limit: 2 }), ['SUPPORT', 'ACCUSE']);
});

test('summary names top types, codes and the date range', () => {
  const s = store.summary(3);
  assert.equal(s.counts.events, 5);
  assert.equal(s.topTypes.length, 3);
  assert.deepEqual(s.topActorCodes, [{ code: 'RUS', count: 4 }, { code: 'FRA', count: 3 }, { code: 'IMG', count: 2 }]);
  assert.deepEqual(s.dateRange, { first: '2015-11-01', last: '2015-11-30' });
});

// Root+dyad matching and F1 on hand-made CAMEO codings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoldEvent, GoldSentence } from '../../eval/gold/types.js';
import { cameoRoot, rootDyadMatch, scoreRootDyad } from '../../eval/root-dyad.js';
import type { Judged, SysEvent } from '../../eval/score-events.js';
import type { PloverType } from '../../src/types.js';

const g = (type: PloverType | null, raw: string, actors: string[], recipients: string[]): GoldEvent => ({ type, raw, actors, recipients });
const s = (type: PloverType, cameo: string, actors: string[], recipients: string[]): SysEvent => ({ type, cameo, actors, recipients });
const sent = (id: string, events: GoldEvent[], noEvents = false): GoldSentence => ({ id, text: id, events, noEvents });

test('cameoRoot: first two digits, null without a code', () => {
  assert.equal(cameoRoot('1041'), '10');
  assert.equal(cameoRoot('190'), '19');
  assert.equal(cameoRoot(undefined), null);
  assert.equal(cameoRoot(''), null);
});

test('rootDyadMatch: same root and both code sets agree (codesOk rules)', () => {
  assert.equal(rootDyadMatch(g('ASSAULT', '190', ['USA'], ['IRQ']), s('ASSAULT', '193', ['USA'], ['IRQ'])), true);
  // Same PLOVER type, different CAMEO root (18 vs 19): wrong.
  assert.equal(rootDyadMatch(g('ASSAULT', '190', ['USA'], ['IRQ']), s('ASSAULT', '180', ['USA'], ['IRQ'])), false);
  // Gold IGO accepts UNO; an empty gold target wants an empty system target.
  assert.equal(rootDyadMatch(g('CONSULT', '042', ['IGO'], []), s('CONSULT', '040', ['UNO'], [])), true);
  assert.equal(rootDyadMatch(g('CONSULT', '042', ['IGO'], []), s('CONSULT', '040', ['UNO'], ['FRA'])), false);
  assert.equal(rootDyadMatch(g('AID', '070', ['USA'], ['ISR']), { type: 'AID', actors: ['USA'], recipients: ['ISR'] }), false);
});

test('scoreRootDyad: exact precision, recall, F1; CAMEO 01/02 excluded', () => {
  const judged: Judged[] = [
    { gold: sent('A', [g('ASSAULT', '190', ['USA'], ['IRQ'])]), system: [s('ASSAULT', '193', ['USA'], ['IRQ'])] },
    // Right root, target missing: wrong.
    { gold: sent('B', [g('REQUEST', '1041', ['USA'], ['IRN'])]), system: [s('REQUEST', '104', ['USA'], [])] },
    // Only a CAMEO 01 coding: not judged for precision, not in recall.
    { gold: sent('C', [g(null, '010', ['USA'], ['IRQ'])]), system: [s('ACCUSE', '112', ['USA'], ['IRQ'])] },
    // noevents: the system event is wrong.
    { gold: sent('D', [], true), system: [s('PROTEST', '140', [], [])] },
    { gold: sent('E', [g('CONSULT', '042', ['IGO'], ['FRA'])]), system: [s('CONSULT', '040', ['UNO'], ['FRA'])] },
    // A 02 coding beside a 07 one: only the 07 counts for recall; one of two system events right.
    { gold: sent('F', [g(null, '020', ['USA'], ['ISR']), g('AID', '070', ['USA'], ['ISR'])]), system: [s('AID', '071', ['USA'], ['ISR']), s('ACCUSE', '112', ['USA'], ['ISR'])] },
  ];
  const r = scoreRootDyad(judged);
  assert.deepEqual(r, { precision: 3 / 6, recall: 3 / 4, f1: 0.6, n_system: 6, n_gold: 4, n_no_plover: 2 });
});

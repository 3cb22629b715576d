// Metric definitions checked on hand-made gold/system pairs with exact numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoldEvent, GoldSentence } from '../../eval/gold/types.js';
import { codesOk, confusion, matchEvent, scoreEvents, scoreRecord, sysEventOf, type Judged, type SysEvent } from '../../eval/score-events.js';
import type { Event, PloverType } from '../../src/types.js';

const g = (type: PloverType | null, actors: string[], recipients: string[]): GoldEvent => ({ type, raw: type ?? '015', actors, recipients });
const s = (type: PloverType, actors: string[], recipients: string[]): SysEvent => ({ type, actors, recipients });
const sent = (id: string, events: GoldEvent[], noEvents = false): GoldSentence => ({ id, text: `sentence ${id}`, events, noEvents });

const judged: Judged[] = [
  // A: both types found; AGREE has an extra system recipient where gold has none.
  { gold: sent('A', [g('ASSAULT', ['ISR'], ['PSE']), g('AGREE', ['HUN', 'ROU'], [])]), system: [s('ASSAULT', ['ISR'], ['PSE']), s('AGREE', ['HUN'], ['USA'])] },
  // B: wrong type; the first system event is matched and has the right parties.
  { gold: sent('B', [g('REQUEST', ['USA'], ['IRN'])]), system: [s('ACCUSE', ['USA'], ['IRN'])] },
  // C: nothing emitted.
  { gold: sent('C', [g('THREATEN', ['FRA'], ['DEU'])]), system: [] },
  // D: gold says no event; the system emits one (a false alarm).
  { gold: sent('D', [], true), system: [s('PROTEST', [], [])] },
  // E: gold event has no PLOVER type (CAMEO 01): excluded, and its sentence is not judged for precision.
  { gold: sent('E', [g(null, ['USA'], ['IRQ'])]), system: [s('ASSAULT', ['USA'], ['IRQ'])] },
  // F: two gold events satisfied by one compound system event.
  { gold: sent('F', [g('CONSULT', ['USA'], ['CHE']), g('CONSULT', ['RUS'], ['CHE'])]), system: [s('CONSULT', ['USA', 'RUS'], ['CHE'])] },
];

test('scoreEvents: exact accuracies, precision and counts', () => {
  const r = scoreEvents(judged);
  assert.equal(r.n_gold, 6);
  assert.equal(r.type_acc, 4 / 6);
  assert.equal(r.actor_acc, 5 / 6);
  assert.equal(r.recipient_acc, 4 / 6);
  assert.equal(r.joint_acc, 3 / 6);
  assert.equal(r.n_precision, 5);
  assert.equal(r.precision, 3 / 5);
  assert.equal(r.n_false_alarms, 1);
  assert.equal(r.n_noevents_sentences, 1);
  assert.equal(r.n_no_plover, 1);
  assert.equal(r.n_sentences, 6);
  assert.deepEqual(r.misses.map((m) => `${m.sentenceId}:${m.gold}->${m.system}`), ['B:REQUEST->ACCUSE', 'C:THREATEN->(none)']);
});

test('scoreEvents: no system events gives zeros, not NaN', () => {
  const r = scoreEvents([{ gold: sent('A', [g('AID', ['USA'], ['ISR'])]), system: [] }]);
  assert.deepEqual([r.type_acc, r.actor_acc, r.recipient_acc, r.joint_acc, r.precision, r.n_precision], [0, 0, 0, 0, 0, 0]);
  assert.deepEqual(scoreEvents([]).type_acc, 0);
});

test('codesOk: empty matches only empty; otherwise any shared code, case-insensitive', () => {
  assert.equal(codesOk([], []), true);
  assert.equal(codesOk([], ['USA']), false);
  assert.equal(codesOk(['USA'], []), false);
  assert.equal(codesOk(['USA', 'RUS'], ['rus']), true);
  assert.equal(codesOk(['JAP'], ['JP']), false);
});

test('matchEvent: among same-type events, the one with most parties right; else the first event', () => {
  const gold = g('ASSAULT', ['ISR'], ['PSE']);
  const wrong = s('ASSAULT', ['SYR'], ['LBN']);
  const right = s('ASSAULT', ['ISR'], ['PSE']);
  const other = s('ACCUSE', ['ISR'], ['PSE']);
  assert.equal(matchEvent(gold, [other, wrong, right]), right);
  assert.equal(matchEvent(gold, [wrong, right, s('ASSAULT', ['ISR'], ['PSE'])]), right);
  assert.equal(matchEvent(g('AID', [], []), [other, wrong]), other);
  assert.equal(matchEvent(gold, []), undefined);
});

test('sysEventOf: null codes are dropped, codes upper-cased', () => {
  const ref = (code: string | null) => ({ actorId: 'x', code, sector: null, text: 'x', start: 0, end: 1 });
  const e = { type: 'COERCE', actor: [ref('usa'), ref(null)], recipient: [ref(null)] } as unknown as Event;
  assert.deepEqual(sysEventOf(e), { type: 'COERCE', actors: ['USA'], recipients: [] });
});

test('confusion: grouped, most frequent first, capped', () => {
  const m = (gold: string, system: string) => ({ gold, system, sentenceId: 'x', text: 't' });
  const top = confusion([m('AGREE', '(none)'), m('REQUEST', 'ACCUSE'), m('AGREE', '(none)'), m('AID', 'AGREE')], 2);
  assert.deepEqual(top.map((c) => [c.gold, c.system, c.count]), [['AGREE', '(none)', 2], ['AID', 'AGREE', 1]]);
});

test('scoreRecord: every score carries its n', () => {
  const rec = scoreRecord(scoreEvents(judged));
  assert.equal(rec['n_type_acc'], 6);
  assert.equal(rec['n_precision'], 5);
  assert.equal(rec['joint_acc'], 0.5);
});

test('codesOk: legacy gold codes accept their current equivalents, and nothing else is relaxed', () => {
  assert.equal(codesOk(['IGO'], ['UNO']), true);
  assert.equal(codesOk(['IGO'], ['EUR']), true);
  assert.equal(codesOk(['JAP'], ['JPN']), true);
  assert.equal(codesOk(['UNO'], ['IGO']), false);
  assert.equal(codesOk(['IGO'], ['NGO']), false);
});

test('contexts: scored on matched events with gold contexts only', async () => {
  const { scoreContexts } = await import('../../eval/contexts.js');
  const gold = { id: 'a', text: 't', noEvents: false, events: [{ type: 'ASSAULT' as const, raw: 'ASSAULT', actors: [], recipients: [], contexts: ['military', 'terrorism'] }] };
  const r = scoreContexts([{ gold, system: [{ type: 'ASSAULT', actors: [], recipients: [], contexts: ['military', 'legal'] }] }]);
  assert.equal(r.precision, 0.5);
  assert.equal(r.recall, 0.5);
  assert.equal(r.n_events, 1);
});

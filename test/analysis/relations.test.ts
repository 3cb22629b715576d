import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relations, slope } from '../../src/analysis/relations.js';
import { eventWindow, windowOf, dayNumber } from '../../src/analysis/dates.js';
import { ev } from './make-event.js';

test('slope is the least-squares fit, null without two distinct x', () => {
  assert.equal(slope([0, 1, 2], [-5, 0, 5]), 5);
  assert.equal(slope([0, 1, 3], [1, 2, 4]), 1);
  assert.equal(slope([2], [1]), null);
  assert.equal(slope([2, 2], [1, 3]), null);
});

test('windows: ISO weeks across a year boundary, months, and dates too vague to place', () => {
  assert.equal(windowOf(dayNumber('2015-11-26'), 'week').label, '2015-W48');
  assert.equal(windowOf(dayNumber('2016-01-01'), 'week').label, '2015-W53');
  assert.equal(windowOf(dayNumber('2016-01-04'), 'week').label, '2016-W01');
  assert.equal(windowOf(dayNumber('2016-01-04'), 'week').index - windowOf(dayNumber('2015-12-28'), 'week').index, 1);
  assert.deepEqual(windowOf(dayNumber('2015-02-10'), 'month'), { label: '2015-02', start: '2015-02-01', end: '2015-02-28', index: 45 * 12 + 1 });
  assert.equal(eventWindow({ date: '2015-02' }, 'month')?.label, '2015-02');
  assert.equal(eventWindow({ date: '2015-02' }, 'week'), null);
  assert.equal(eventWindow({ date: '2015' }, 'month'), null);
  assert.equal(eventWindow({ date: '2015-W47' }, 'week')?.label, '2015-W47');
});

test('per dyad and month: quad counts, means and a warming trend checked by hand', () => {
  const events = [
    ev({ from: 'FRA GOV', to: 'RUS', type: 'ASSAULT', date: '2015-01-10', plover: -9, goldstein: -10 }),
    ev({ from: 'FRA', to: 'RUS', type: 'ACCUSE', date: '2015-01-20', plover: -1, goldstein: -2 }),
    ev({ from: 'FRA', to: 'RUS GOV', type: 'REQUEST', date: '2015-02-10', plover: 0, goldstein: -5 }),
    ev({ from: 'FRA', to: 'RUS', type: 'AID', date: '2015-04-02', plover: 10, goldstein: 7 }),
    ev({ from: 'FRA', to: 'RUS', type: 'AGREE', date: '2015', plover: 2, goldstein: 4 }),
    ev({ from: 'RUS', to: 'FRA', type: 'SUPPORT', date: '2015-04-03', plover: 5, goldstein: 3 }),
    ev({ from: 'FRA', type: 'AGREE', date: '2015-04-03', plover: 2 }),
  ];
  const r = relations(events, { window: 'month' });
  assert.equal(r.events, 7);
  assert.equal(r.withoutDyad, 1);
  const d = r.dyads.find((x) => x.id === 'FRA->RUS')!;
  assert.equal(d.events, 5);
  assert.deepEqual(d.quad, { verbalCoop: 1, materialCoop: 1, verbalConflict: 2, materialConflict: 1 });
  assert.equal(d.plover, 0.4); // (-9 - 1 + 0 + 10 + 2) / 5
  assert.equal(d.goldstein, -1.2); // (-10 - 2 - 5 + 7 + 4) / 5
  assert.equal(d.unplaced, 1); // the year-long date
  assert.deepEqual(d.windows.map((w) => [w.window, w.events, w.plover]), [['2015-01', 2, -5], ['2015-02', 1, 0], ['2015-04', 1, 10]]);
  // Window means -5, 0, 10 at calendar months 0, 1, 3: x̄ = 4/3, ȳ = 5/3, Sxy = 210/9, Sxx = 42/9, slope 5.
  assert.equal(d.trend.ploverSlope, 5);
  // Last window 10 against the three earlier placed events (-9 - 1 + 0) / 3.
  assert.equal(d.trend.lastVsEarlier, 13.333);
  assert.equal(d.trend.direction, 'warming');
  assert.equal(r.dyads.find((x) => x.id === 'RUS->FRA')!.trend.direction, 'n/a');
});

test('undirected aggregation folds both directions; --actor keeps dyads with it on either side', () => {
  const events = [
    ev({ from: 'FRA', to: 'RUS', plover: 2, date: '2015-11-02' }),
    ev({ from: 'RUS', to: 'FRA', plover: 4, date: '2015-11-03' }),
    ev({ from: ['USA', 'FRA'], to: 'IMG REB isil', type: 'THREATEN', plover: -3.5, date: '2015-11-24' }),
  ];
  const u = relations(events, { directed: false });
  assert.deepEqual(u.dyads.map((d) => d.id).sort(), ['FRA~IMG', 'FRA~RUS', 'IMG~USA']);
  assert.equal(u.dyads.find((d) => d.id === 'FRA~RUS')!.plover, 3);
  const onlyUsa = relations(events, { actor: 'usa' });
  assert.deepEqual(onlyUsa.dyads.map((d) => d.id), ['USA->IMG']);
  const split = relations(events, { key: 'split' });
  assert.ok(split.dyads.some((d) => d.id === 'USA->IMG:isil'));
});

test('date bounds and modality filters', () => {
  const events = [
    ev({ from: 'FRA', to: 'RUS', date: '2015-10-30' }),
    ev({ from: 'FRA', to: 'RUS', date: '2015-11-02' }),
    ev({ from: 'FRA', to: 'RUS', date: '2015-11-03', extra: { modality: { negated: true, hypothetical: false, future: false, claimed: false } } }),
    ev({ from: 'FRA', to: 'RUS', date: null }),
  ];
  assert.equal(relations(events, { since: '2015-11' }).dyads[0]!.events, 1);
  assert.equal(relations(events, { since: '2015-11', includeNonFactual: true }).dyads[0]!.events, 2);
  const all = relations(events).dyads[0]!;
  assert.equal(all.events, 3);
  assert.equal(all.unplaced, 1); // undated
});

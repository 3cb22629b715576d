// Event dates (src/events/attach-date.ts) on sentences written for these tests.
// Reference day: Thursday 2024-03-14.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import type { Doc, Event } from '../../src/types.js';

const THURSDAY = '2024-03-14';

function eventAt(doc: Doc, trigger: string): Event {
  const e = doc.events.find((x) => doc.text.slice(x.trigger.start, x.trigger.end) === trigger);
  assert.ok(e, `no event on "${trigger}" in ${JSON.stringify(doc.events.map((x) => doc.text.slice(x.trigger.start, x.trigger.end)))}`);
  return e;
}

test('a time in the event clause dates the event, at its granularity', () => {
  const doc = annotate({ text: 'Russian troops attacked Ukrainian soldiers near Mariupol on Sunday. Last week, Russian jets bombed rebel positions in Syria.', published: THURSDAY });
  const a = eventAt(doc, 'attacked');
  assert.deepEqual([a.date, a.dateFrom, a.dateGranularity], ['2024-03-10', 'sentence', 'day']);
  const b = eventAt(doc, 'bombed');
  assert.deepEqual([b.date, b.dateFrom, b.dateGranularity], ['2024-W10', 'sentence', 'week']);
});

test('an event in a reported clause without its own time takes the reporting verb\'s date', () => {
  const doc = annotate({ text: 'The Ukrainian defence minister said on Wednesday that Russian troops attacked Ukrainian soldiers near Mariupol.', published: THURSDAY });
  const e = eventAt(doc, 'attacked');
  assert.deepEqual([e.date, e.dateFrom, e.dateGranularity], ['2024-03-13', 'reporting', 'day']);
});

test('the event clause\'s own time beats the reporting verb\'s', () => {
  const doc = annotate({ text: 'The Ukrainian defence minister said on Wednesday that Russian troops attacked Ukrainian soldiers near Mariupol on Saturday.', published: THURSDAY });
  const e = eventAt(doc, 'attacked');
  assert.deepEqual([e.date, e.dateFrom], ['2024-03-09', 'sentence']);
});

test('a pluperfect event told today is dated to the latest earlier day the story gives', () => {
  const doc = annotate({ text: 'Russian troops left the port on Monday. On Thursday, the Ukrainian president told parliament that Russian forces had shelled Ukrainian positions.', published: THURSDAY });
  const e = eventAt(doc, 'shelled');
  assert.deepEqual([e.date, e.dateFrom, e.dateGranularity], ['2024-03-11', 'context', 'day']);
});

test('an undated event falls back to the publication day, flagged', () => {
  const doc = annotate({ text: 'Turkey condemned Russia.', published: THURSDAY });
  const e = eventAt(doc, 'condemned');
  assert.deepEqual([e.date, e.dateFrom, e.dateGranularity], [THURSDAY, 'published', 'day']);
});

test('durations and part-of-day values never become event dates as such', () => {
  const doc = annotate({ text: 'Russian troops shelled Ukrainian positions for three days. Authorities launched a raid in southern Belgium on Tuesday afternoon.', published: THURSDAY });
  assert.deepEqual([eventAt(doc, 'shelled').date, eventAt(doc, 'shelled').dateFrom], [THURSDAY, 'published']);
  assert.equal(eventAt(doc, 'launched a raid').date, '2024-03-12');
});

test('"two days after" an anchored event counts from that event\'s date', () => {
  const doc = annotate({ text: 'French police raided homes in Paris two days after the Nov. 13 attacks.', published: '2015-11-26' });
  // the trigger is the raid with its object ("raided homes", verbs.json)
  const e = eventAt(doc, 'raided homes');
  assert.deepEqual([e.date, e.dateFrom, e.dateGranularity], ['2015-11-15', 'sentence', 'day']);
});

test('a time after publication does not date a verb\'s act told as done; a planned act keeps it', () => {
  const doc = annotate({ text: 'The Turkish president said on Tuesday he supports Greece hosting the summit next year. The ministers agreed to expand the fishing quota in 2025. The two envoys will meet in Geneva on Monday.', published: THURSDAY });
  const supports = eventAt(doc, 'supports');
  assert.deepEqual([supports.date, supports.dateFrom], ['2024-03-12', 'sentence']);
  const agreed = eventAt(doc, 'agreed');
  assert.deepEqual([agreed.date, agreed.dateFrom], [THURSDAY, 'published']);
  const meet = [...doc.events, ...(doc.nonFactual ?? [])].find((x) => doc.text.slice(x.trigger.start, x.trigger.end).startsWith('meet'));
  assert.ok(meet);
  assert.equal(meet.date, '2024-03-18');
});

test('a year told after the trigger in another clause dates that clause, not the trigger; a year fronted before the clause still does', () => {
  const doc = annotate({ text: 'The governor condemned the rebels, who seized the town in 2024. In 2024, the rebels that had fled the valley attacked the town.', published: THURSDAY });
  assert.deepEqual([eventAt(doc, 'condemned').date, eventAt(doc, 'condemned').dateFrom], [THURSDAY, 'published']);
  assert.deepEqual([eventAt(doc, 'seized').date, eventAt(doc, 'seized').dateFrom], ['2024', 'sentence']);
  assert.deepEqual([eventAt(doc, 'attacked').date, eventAt(doc, 'attacked').dateFrom], ['2024', 'sentence']);
});

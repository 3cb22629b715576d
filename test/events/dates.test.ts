// Which expression dates an event, and which way a weekday points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docWith } from './make-doc.js';
import { annotate } from '../../src/pipeline.js';

const trump = { text: 'Trump', code: 'USA', sector: 'GOV' as const };
const abe = { text: 'Abe', code: 'JPN', sector: 'GOV' as const };

test('a time cut off by a comma dates another clause: the event takes its own', () => {
  const d = docWith('Trump, who will visit China next week, met Abe on Monday.', [trump, abe], '2017-11-08');
  assert.deepEqual(d.events.filter((e) => e.type === 'CONSULT').map((e) => e.date), ['2017-11-06']);
});

test('a weekday after "is due to" a few words back points forward', () => {
  const d = docWith('Trump is due to wrap up a visit to Seoul on Wednesday with a speech.', [trump], '2017-11-06');
  assert.ok(d.times.some((t) => t.text === 'Wednesday' && t.value === '2017-11-08'), JSON.stringify(d.times));
});

test('a material concession falls on its place when no party receives it', () => {
  const d = docWith('The Sudanese government lifted a state of emergency in Darfur on Sunday.', [{ text: 'Sudanese government', code: 'SDN', sector: 'GOV' }]);
  assert.deepEqual(d.events.map((e) => [e.type, e.recipient.map((r) => r.code)]), [['CONCEDE', ['SDN']]]);
});

test('a year naming which thing ("the 2016 vote") gives way to the time of the clause', () => {
  const moscow = { text: 'Moscow', code: 'RUS', sector: null };
  const d = docWith('Moscow rejected claims of meddling in the 2016 vote on Tuesday.', [moscow], '2017-11-20');
  assert.deepEqual(d.events.map((e) => e.date), ['2017-11-14']);
});

test('alone, a year naming what a verbal act is about does not date it: the denial is the story\'s, not the vote\'s', () => {
  const moscow = { text: 'Moscow', code: 'RUS', sector: null };
  const d = docWith('Moscow has rejected claims of meddling in the 2016 vote.', [moscow], '2017-11-20');
  assert.deepEqual(d.events.map((e) => [e.date, e.dateFrom]), [['2017-11-20', 'published']]);
});

test('a year on the period an act falls in ("during the 2016 campaign") still dates it', () => {
  const d = docWith('Abe met Trump during the 2016 campaign, aides recalled on Monday.', [abe, trump], '2017-11-20');
  assert.deepEqual(d.events.filter((e) => e.type === 'CONSULT').map((e) => e.date), ['2016']);
});

test('a bare weekday of a reported act falls on or before the day of the report', () => {
  const d = docWith('Aides said on Friday that Abe had met Trump on Monday.', [abe, trump], '2017-11-22');
  assert.deepEqual(d.events.filter((e) => e.type === 'CONSULT').map((e) => e.date), ['2017-11-13']);
});

test('a year inside the first of two coordinated clauses does not date the second one\'s act', () => {
  const moscow = { text: 'Moscow', code: 'RUS', sector: null };
  const d = docWith('Moscow denied meddling in the 2016 vote and Trump has denied any collusion with Moscow.', [moscow, trump], '2017-11-20');
  assert.deepEqual(d.events.filter((e) => e.actor.some((a) => a.code === 'USA')).map((e) => [e.date, e.dateFrom]), [['2017-11-20', 'published']]);
});

test('a month and year naming which thing ("the June 2000 spill") does not date a verbal act about it', () => {
  const moscow = { text: 'Moscow', code: 'RUS', sector: null };
  const d = docWith('Moscow has blamed the March 2014 blackout on Kyiv.', [moscow], '2017-11-20');
  assert.deepEqual(d.events.map((e) => [e.date, e.dateFrom]), [['2017-11-20', 'published']]);
});

test('a month and day naming which thing ("the Dec. 12 vote") does not date a verbal act about it', () => {
  const moscow = { text: 'Moscow', code: 'RUS', sector: null };
  const d = docWith('Moscow has condemned the Dec. 12 vote in Kyiv.', [moscow], '2017-11-20');
  assert.deepEqual(d.events.map((e) => [e.date, e.dateFrom]), [['2017-11-20', 'published']]);
});

test('a year naming who speaks ("the party\'s 2012 nominee said") does not date what is reported; "said during the 2012 campaign" does', () => {
  const moscow = { text: 'Moscow', code: 'RUS', sector: null };
  const kyiv = { text: 'Kyiv', code: 'UKR', sector: null };
  const d = annotate({ id: 't', text: "The party's 2012 presidential nominee said Moscow had attacked Kyiv.", published: '2017-11-20' });
  assert.deepEqual(d.events.filter((e) => e.type === 'ASSAULT').map((e) => e.dateFrom), ['published']);
  const d2 = docWith('The nominee said during the 2012 campaign that Moscow had attacked Kyiv.', [moscow, kyiv], '2017-11-20');
  assert.deepEqual(d2.events.filter((e) => e.type === 'ASSAULT').map((e) => e.date), ['2012']);
});

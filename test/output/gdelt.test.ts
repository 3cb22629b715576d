import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GDELT_COLUMNS, gdeltEventId, toGdeltRow, toGdeltTsv } from '../../src/output/gdelt.js';
import { ev } from '../analysis/make-event.js';

const col = (row: string[], name: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(name)];

test('a GDELT 2.0 row has 61 columns, with dates, actors, codes and place filled', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  const e = ev({
    from: 'FRA GOV hollande-francois', to: 'IMG REB isil', type: 'THREATEN', date: '2015-11-24', cameo: '138', goldstein: -7, plover: -3.5,
    extra: { url: 'https://example.org/a', event_loc: { text: 'Paris', span: null, name: 'Paris', country: 'FRA', lat: 48.85, lon: 2.35, from: null } },
  });
  const row = toGdeltRow(e, { isRoot: () => true, addedAt: () => '2015-11-26T14:05:09.000Z' });
  assert.equal(row.length, 61);
  assert.equal(col(row, 'GLOBALEVENTID'), String(gdeltEventId(e.id)));
  assert.ok(Number.isSafeInteger(gdeltEventId(e.id)));
  assert.equal(col(row, 'SQLDATE'), '20151124');
  assert.equal(col(row, 'MonthYear'), '201511');
  assert.equal(col(row, 'Year'), '2015');
  assert.equal(col(row, 'FractionDate'), '2015.8986'); // day 328 of 365 (304 days to Oct 31, plus 24)
  assert.equal(col(row, 'Actor1Code'), 'FRAGOV');
  assert.equal(col(row, 'Actor1CountryCode'), 'FRA');
  assert.equal(col(row, 'Actor1Type1Code'), 'GOV');
  assert.equal(col(row, 'Actor2Code'), 'IMGREB');
  assert.equal(col(row, 'Actor2CountryCode'), '');
  assert.equal(col(row, 'IsRootEvent'), '1');
  assert.deepEqual([col(row, 'EventCode'), col(row, 'EventBaseCode'), col(row, 'EventRootCode')], ['138', '138', '13']);
  assert.equal(col(row, 'QuadClass'), '3');
  assert.equal(col(row, 'GoldsteinScale'), '-7');
  assert.deepEqual([col(row, 'NumMentions'), col(row, 'NumSources'), col(row, 'NumArticles'), col(row, 'AvgTone')], ['1', '1', '1', '']);
  assert.deepEqual([col(row, 'ActionGeo_Type'), col(row, 'ActionGeo_FullName'), col(row, 'ActionGeo_Lat'), col(row, 'ActionGeo_Long')], ['4', 'Paris', '48.85', '2.35']);
  assert.equal(col(row, 'Actor1Geo_Type'), '');
  assert.equal(col(row, 'DATEADDED'), '20151126140509');
  assert.equal(col(row, 'SOURCEURL'), 'https://example.org/a');
});

test('salience counts come from the event when the store has them; codes keep their leading zero', () => {
  const e = ev({ from: 'DEU', to: 'FRA', type: 'RETREAT', cameo: '0874', extra: { num_mentions: 5, num_sources: 3, num_articles: 4 } as never });
  const row = toGdeltRow(e);
  assert.deepEqual([col(row, 'NumMentions'), col(row, 'NumSources'), col(row, 'NumArticles')], ['5', '3', '4']);
  assert.deepEqual([col(row, 'EventCode'), col(row, 'EventBaseCode'), col(row, 'EventRootCode')], ['0874', '087', '08']);
  assert.equal(col(row, 'IsRootEvent'), '');
});

test('country-level places are geo type 1; undated events leave the date columns empty; TSV lines stay one per event', () => {
  const e = ev({ from: 'USA', to: 'SYR', date: null, extra: { event_loc: { text: 'Syria', span: null, name: 'Syria', country: 'SYR', lat: 35, lon: 38, from: null }, event_text: 'a\ttab' } });
  const row = toGdeltRow(e);
  assert.equal(col(row, 'ActionGeo_Type'), '1');
  assert.deepEqual([col(row, 'SQLDATE'), col(row, 'MonthYear'), col(row, 'Year'), col(row, 'FractionDate')], ['', '', '', '']);
  const tsv = toGdeltTsv([e, ev({ from: 'FRA', to: 'RUS' })], { header: true });
  const lines = tsv.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  for (const l of lines) assert.equal(l.split('\t').length, 61);
});

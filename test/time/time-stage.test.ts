// The time stage on sentences written for these tests. Reference days: Thursday 2024-03-14
// unless a test says otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import type { Doc, TimeExpr } from '../../src/types.js';
import fc from 'fast-check';
import { endsWithSince } from '../../src/time/resolve.js';

const THURSDAY = '2024-03-14';

function read(text: string, published?: string): Doc {
  return annotate({ text, ...(published ? { published } : {}) }, { until: 'place' });
}

function find(doc: Doc, text: string): TimeExpr {
  const t = doc.times.find((x) => x.text === text);
  assert.ok(t, `no time "${text}" in ${JSON.stringify(doc.times.map((x) => x.text))}`);
  return t;
}

test('a bare weekday in a past-tense sentence is the latest one not after publication', () => {
  const doc = read('The two ministers met in the capital on Tuesday. Gunmen stormed a checkpoint on Saturday.', THURSDAY);
  assert.equal(find(doc, 'Tuesday').value, '2024-03-12');
  assert.equal(find(doc, 'Saturday').value, '2024-03-09');
  assert.equal(find(doc, 'Tuesday').granularity, 'day');
});

test('a weekday after a future marker may lie after publication', () => {
  const doc = read('The envoy will travel to the border on Tuesday, aides said.', THURSDAY);
  assert.equal(find(doc, 'Tuesday').value, '2024-03-19');
});

test('the publication weekday itself is the publication day', () => {
  const doc = read('Protesters gathered outside the ministry on Thursday.', THURSDAY);
  assert.equal(find(doc, 'Thursday').value, THURSDAY);
});

test('a month-day without a year that would land in the future moves back a year', () => {
  const doc = read('The ceasefire collapsed on Dec. 28 after a rocket strike.', THURSDAY);
  assert.equal(find(doc, 'Dec. 28').value, '2023-12-28');
});

test('a month-day with a year keeps it', () => {
  const doc = read('The accord was signed on June 3, 2019, in a lakeside hotel.', THURSDAY);
  const t = find(doc, 'June 3, 2019');
  assert.equal(t.value, '2019-06-03');
  assert.equal(t.granularity, 'day');
});

test('"in February" is the latest February not after publication, at month granularity', () => {
  const early = read('The talks began in February and stalled soon after.', '2024-01-20');
  assert.deepEqual([find(early, 'February').value, find(early, 'February').granularity], ['2023-02', 'month']);
  const later = read('The talks began in February and stalled soon after.', THURSDAY);
  assert.equal(find(later, 'February').value, '2024-02');
});

test('bare years after a preposition are years; the preposition stays out of the span', () => {
  const doc = read('The party lost a vote on the plan in 2013 and has governed since 2011, promising new roads by 2030.', THURSDAY);
  for (const y of ['2013', '2011', '2030']) {
    const t = find(doc, y);
    assert.equal(t.value, y);
    assert.equal(t.granularity, 'year');
    assert.equal(doc.text.slice(t.start, t.end), y);
  }
});

test('a count of 2000 people is not a year', () => {
  const doc = read('Some 2000 people marched through the square.', THURSDAY);
  assert.equal(doc.times.length, 0);
});

test('"last week" is the ISO week before the publication week', () => {
  const doc = read('Last week, the premier called for new elections.', '2015-11-26');
  const t = find(doc, 'Last week');
  assert.equal(t.value, '2015-W47');
  assert.equal(t.granularity, 'week');
});

test('"last month", "earlier this month" and "last year" resolve to month and year', () => {
  const doc = read('Prices rose last month. Earlier this month, the bank cut rates. Exports fell last year.', THURSDAY);
  assert.deepEqual([find(doc, 'last month').value, find(doc, 'last month').granularity], ['2024-02', 'month']);
  assert.equal(find(doc, 'Earlier this month').value, '2024-03');
  assert.deepEqual([find(doc, 'last year').value, find(doc, 'last year').granularity], ['2023', 'year']);
});

test('"later in the month" and "earlier in the week" are the story\'s own month and week, not one ahead', () => {
  const doc = read('The envoy toured the camps earlier in the week. A vote is due later in the month.', THURSDAY);
  assert.deepEqual([find(doc, 'the week').value, find(doc, 'the week').granularity], ['2024-W11', 'week']);
  assert.deepEqual([find(doc, 'the month').value, find(doc, 'the month').granularity], ['2024-03', 'month']);
});

test('"earlier in the day" is the story\'s own day, not the next one', () => {
  const doc = read('The governor left the summit after a quarrel with his host earlier in the day.', THURSDAY);
  assert.deepEqual([find(doc, 'the day').value, find(doc, 'the day').granularity], [THURSDAY, 'day']);
});

test('"9/11" alone names the 2001 attacks, not this year\'s 11 September; a full numeric date stays', () => {
  const doc = read('Airport checks were tightened after 9/11. The count closes on 9/11/2025.', THURSDAY);
  assert.ok(!doc.times.some((t) => t.text === '9/11'), JSON.stringify(doc.times.map((t) => t.text)));
  assert.equal(find(doc, '9/11/2025').value, '2025-09-11');
});

test('"N days after" an event is tagged for the events stage to re-anchor', () => {
  const doc = read('The strike came three days after the talks collapsed.', THURSDAY);
  const t = doc.times.find((x) => x.tags?.includes('relative-to-event'));
  assert.ok(t);
  assert.ok(t.tags?.includes('offset:+P3D'));
});

test('a weekday with a part of day keeps the date and adds the TIMEX3 part-of-day code', () => {
  const doc = read('The embassy posted a statement on Tuesday evening.', THURSDAY);
  const t = find(doc, 'Tuesday evening');
  assert.equal(t.value, '2024-03-12TEV');
  assert.equal(t.timexType, 'TIME');
  assert.equal(t.granularity, 'day');
});

test('an undated article resolves absolute dates and skips relative ones with a note', () => {
  const doc = read('The accord was signed on March 3, 2014. The envoy returned to the capital on Tuesday.');
  assert.equal(find(doc, 'March 3, 2014').value, '2014-03-03');
  assert.equal(doc.times.some((t) => t.text.includes('Tuesday')), false);
  const note = doc.messages.find((m) => m.stage === 'time' && m.reason.includes('Tuesday'));
  assert.ok(note);
  assert.equal(note.level, 'info');
});

test('in an undated article "last night" is relative too, never a night of chrono\'s placeholder year', () => {
  const doc = read('Shells hit the border village late last night.');
  assert.deepEqual(doc.times.map((t) => t.value), []);
  assert.ok(doc.messages.some((m) => m.stage === 'time' && m.reason.includes('last night')));
});

test('"The Sun" is a newspaper, not a Sunday', () => {
  const doc = read('The Sun reported on Wednesday that the convoy had been stopped.', THURSDAY);
  assert.deepEqual(doc.times.map((t) => t.text), ['Wednesday']);
});

test('"August last year" is August of the year before, the month marked alone as TIMEX3 corpora do', () => {
  const doc = read('The volunteer crossed into Syria in August last year. Talks resume in May next year.', THURSDAY);
  assert.deepEqual([find(doc, 'August').value, find(doc, 'last year').value], ['2023-08', '2023']);
  assert.equal(find(doc, 'May').value, '2025-05');
});

test('"a vote of 16 to 7" is a tally, not a clock time', () => {
  const doc = read('The panel approved the bill on Wednesday by a vote of 16 to 7.', THURSDAY);
  assert.deepEqual(doc.times.map((t) => t.text), ['Wednesday']);
});

test('a year before the common era is skipped with a note, never an ISO value it cannot spell', () => {
  const doc = read('Police said the coins dated from Feb 30 BC and were found on Tuesday.', THURSDAY);
  assert.equal(doc.times.some((t) => t.text.includes('BC')), false);
  for (const t of doc.times) assert.match(t.value, /^\d{4}/);
  assert.ok(doc.messages.some((m) => m.stage === 'time' && m.reason.includes('outside the years 1 to 9999')));
});

test('every span slices doc.text', () => {
  const doc = read('On Monday, troops left the town they had held since 2019, a week after the truce of Feb. 2.', THURSDAY);
  assert.ok(doc.times.length >= 3);
  for (const t of doc.times) assert.equal(doc.text.slice(t.start, t.end), t.text);
});

function value(doc: Doc, text: string): [string, string | undefined] {
  const t = find(doc, text);
  return [t.value, t.timexType];
}

test('durations carry TIMEX3 duration values', () => {
  const doc = read('Prices rose in the past two years after a five-year slump, and the talks lasted several weeks.', THURSDAY);
  assert.deepEqual(value(doc, 'the past two years'), ['P2Y', 'DURATION']);
  assert.deepEqual(value(doc, 'five-year'), ['P5Y', 'DURATION']);
  assert.deepEqual(value(doc, 'several weeks'), ['PXW', 'DURATION']);
});

test('sets and reference words', () => {
  const doc = read('The report is published annually and is now under review; officials recently met twice a year.', THURSDAY);
  assert.deepEqual(value(doc, 'annually'), ['P1Y', 'SET']);
  assert.deepEqual(value(doc, 'now'), ['PRESENT_REF', 'DATE']);
  assert.deepEqual(value(doc, 'recently'), ['PAST_REF', 'DATE']);
  assert.deepEqual(value(doc, 'a year'), ['P1Y', 'SET']);
});

test('quarters, fiscal years, seasons and decades', () => {
  const doc = read('Profit fell in the third quarter of 2009 and in fiscal 2015; sales rose last summer, as in the 1980s.', THURSDAY);
  assert.equal(find(doc, 'the third quarter of 2009').value, '2009-Q3');
  assert.equal(find(doc, 'fiscal 2015').value, 'FY2015');
  assert.equal(find(doc, 'last summer').value, '2023-SU');
  assert.equal(find(doc, 'the 1980s').value, '198');
});

test('"Q3" without a year is the latest third quarter already begun', () => {
  const doc = read('Exports slowed in Q3.', THURSDAY);
  assert.equal(find(doc, 'Q3').value, '2023-Q3');
});

test('"on 2 February last year" is that day of the year before, not of the publication year', () => {
  const doc = read('The volunteer crossed into Syria on 2 February last year. The talks opened on March 3 of last year.', THURSDAY);
  assert.deepEqual([find(doc, '2 February').value, find(doc, '2 February').granularity], ['2023-02-02', 'day']);
  assert.equal(find(doc, 'March 3').value, '2023-03-03');
  assert.equal(find(doc, 'last year').value, '2023');
});

test('"the end of this year" is the year', () => {
  const doc = read('The troops will leave by the end of this year.', THURSDAY);
  assert.equal(find(doc, 'the end of this year').value, '2024');
});

test('a range is read as its two ends; the head takes a year written once at the end', () => {
  const doc = read('The strike ran from Dec. 2 to Dec. 5, 2014, and exports grew from March to May.', THURSDAY);
  assert.equal(find(doc, 'Dec. 2').value, '2014-12-02');
  assert.equal(find(doc, 'Dec. 5, 2014').value, '2014-12-05');
  assert.equal(find(doc, 'March').value, '2024-03');
  assert.equal(find(doc, 'May').value, '2023-05');
});

test('a number right after a date, with no clock word, is a count, not the hour', () => {
  const times = (text: string) => annotate({ text, published: '2017-11-10' }).times.map((t) => [t.text, t.value]);
  assert.deepEqual(times('So far this year, 14,412 people have died in Peru.'), [['this year', '2017']]);
  assert.deepEqual(times('On Monday 12 people were arrested in Lima.'), [['Monday', '2017-11-06']]);
  // a clock word or "at" keeps the hour
  assert.deepEqual(times('Talks began on Monday at 9 in Lima.'), [['Monday at 9', '2017-11-06T09:00']]);
  assert.deepEqual(times('The march starts at 3 pm on Monday in Lima.'), [['3 pm on Monday', '2017-11-06T15:00']]);
});

test('a number inside a date is not a count of people: "In 2019 police arrested 12", "died on 15 March"', () => {
  const sizes = (text: string) => annotate({ text, published: '2020-01-01' }).events.map((e) => e.size);
  assert.equal(sizes('In 2019 police arrested 12 people in Lima.')[0]?.arrested, 12);
  const died = annotate({ text: 'Ana Campos was killed on 15 March when rebels attacked the convoy near Cusco.', published: '2020-04-01' }).events;
  assert.ok(died.length > 0 && died.every((e) => e.size.dead !== 15), JSON.stringify(died.map((e) => e.size)));
});

test('endsWithSince says what lower-casing the last word before a date said', () => {
  const lastWordIsSince = (text: string): boolean => (/([\p{L}]+)\s*$/u.exec(text)?.[1]?.toLowerCase() ?? '') === 'since';
  const piece = fc.oneof(fc.constantFrom('since', 'Since', 'SINCE', 'sInCe', 'ſince', 'since\u0307', 'İnce', 'xsince', '1since', 'é', '\u{1D4B6}',
    '\uD835', ' ', '  ', '\n', '\u00a0', ',', '-', 'at'), fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 }));
  fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
    const text = pieces.join('');
    assert.equal(endsWithSince(text), lastWordIsSince(text), JSON.stringify(text));
  }), { numRuns: 5000 });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intake } from '../../src/intake/index.js';
import type { Doc, ZoneKind } from '../../src/types.js';
import { readFixture } from './fixture-path.js';
import fc from 'fast-check';
import { wordCount } from '../../src/intake/line-rules.js';

const zoneTexts = (doc: Doc, kind: ZoneKind): string[] => doc.zones.filter((z) => z.kind === kind).map((z) => doc.text.slice(z.start, z.end));

/** The invariants every plain-text Doc keeps: text untouched, spans inside it, body = paragraphs. */
function assertConsistent(doc: Doc, given: string): void {
  assert.equal(doc.text, given);
  const zones = [...doc.zones].sort((a, b) => a.start - b.start);
  for (let i = 0; i < zones.length; i++) {
    const z = zones[i]!;
    assert.ok(z.start >= 0 && z.start < z.end && z.end <= given.length, `zone ${z.kind} in range`);
    if (i > 0) assert.ok(zones[i - 1]!.end <= z.start, `zones ${zones[i - 1]!.kind} and ${z.kind} do not overlap`);
  }
  assert.equal(doc.article.body, doc.article.paragraphs.map((p) => given.slice(p.start, p.end)).join('\n\n'));
  const bodies = doc.zones.filter((z) => z.kind === 'body');
  for (const p of doc.article.paragraphs) assert.ok(bodies.some((z) => z.start <= p.start && p.end <= z.end), 'paragraph inside a body zone');
}

test('a wire scrape: credit, headline, standfirst, byline, date line, dateline, furniture and trailer', () => {
  const text = readFixture('scrape-harbour.txt');
  const doc = intake({ text });
  assertConsistent(doc, text);
  const a = doc.article;
  assert.equal(a.credit, 'Photo: Maria Kowalczyk / Reuters');
  assert.equal(a.title, 'Port workers walk out in Gdansk as wage talks collapse');
  assert.equal(a.subtitle, 'Union leaders say the strike will last until the ministry returns to the table');
  assert.equal(a.byline, 'Tomasz Nowak and Ellen Price');
  assert.equal(a.source, 'Reuters');
  assert.equal(a.published, '2021-11-03');
  assert.equal(a.publishedFrom, 'dateline');
  assert.equal(a.language, 'en');
  assert.deepEqual(zoneTexts(doc, 'dateline'), ['Published November 3, 2021', 'GDANSK, Poland (Reuters) -']);
  assert.ok(a.body.startsWith('Thousands of dock workers'), 'body starts after the dateline');
  assert.equal(a.paragraphs.length, 4);
  assert.ok(!a.body.includes('Advertisement'), 'inline furniture is not body');
  assert.ok(!a.body.includes('Reporting by'), 'the reporting line is not body');
  assert.ok(!a.body.includes('Share this') && !a.body.includes('Baltic'), 'nothing from the trailer');
  const trailer = zoneTexts(doc, 'boilerplate').at(-1)!;
  assert.ok(trailer.startsWith('Share this article') && trailer.endsWith('Follow us on Twitter'));
  assert.deepEqual(zoneTexts(doc, 'boilerplate').slice(0, 2), ['World', 'Advertisement']);
});

test('hard-wrapped paragraphs stay whole, and the copyright line ends the article', () => {
  const text = readFixture('scrape-wrapped.txt');
  const doc = intake({ text });
  assertConsistent(doc, text);
  assert.equal(doc.article.credit, 'Image credit: Getty Images');
  assert.equal(doc.article.title, 'Flood waters rise across the delta as monsoon rains continue');
  assert.equal(doc.article.subtitle, null, 'the first line of a wrapped paragraph is no standfirst');
  assert.equal(doc.article.paragraphs.length, 2);
  assert.ok(doc.article.body.startsWith('The river authority'));
  assert.ok(doc.article.body.endsWith('two hospitals.'));
  assert.deepEqual(zoneTexts(doc, 'boilerplate'), ['Copyright 2022 Example News Agency. All rights reserved.']);
});

test('short unpunctuated and repeated lines at the end are cut without any marker phrase', () => {
  const text = readFixture('scrape-tail.txt');
  const doc = intake({ text });
  assertConsistent(doc, text);
  assert.equal(doc.article.paragraphs.length, 2);
  assert.ok(doc.article.body.endsWith('within a month.'));
  assert.ok(zoneTexts(doc, 'boilerplate')[0]!.endsWith('Weather'));
});

test('a body-only record: no header guessed, a dateline gives the source, the text is untouched', () => {
  const text = '  BRUSSELS (AP) — European ministers agreed on Monday to extend the sanctions for six months.\n\nThe decision was taken without a vote.\n';
  const doc = intake({ text, id: 'rec-1' });
  assertConsistent(doc, text);
  assert.equal(doc.id, 'rec-1');
  assert.equal(doc.article.title, null);
  assert.equal(doc.article.source, 'AP');
  assert.deepEqual(zoneTexts(doc, 'dateline'), ['BRUSSELS (AP) —']);
  assert.ok(doc.article.body.startsWith('European ministers agreed'));
});

test('a single short line is body, not a headline', () => {
  const doc = intake({ text: 'Rebels seize the airport' });
  assert.equal(doc.article.title, null);
  assert.equal(doc.article.body, 'Rebels seize the airport');
});

test('paragraphs without blank lines: one paragraph per line, CRLF line ends', () => {
  const text = 'Ministers meet in Oslo to discuss fishing quotas\r\nThe talks opened on Tuesday with a call for restraint.\r\nNorway wants a smaller catch next year.\r\n';
  const doc = intake({ text });
  assertConsistent(doc, text);
  assert.equal(doc.article.title, 'Ministers meet in Oslo to discuss fishing quotas');
  assert.equal(doc.article.paragraphs.length, 2);
});

test("a caller's title marks the matching first line and stops header guessing", () => {
  const text = 'Ceasefire holds in the north\n\nThe ceasefire held for a third day, the monitors said.\n\nShops reopened.';
  const doc = intake({ text, title: 'Ceasefire holds in the north' });
  assertConsistent(doc, text);
  assert.deepEqual(zoneTexts(doc, 'title'), ['Ceasefire holds in the north']);
  const other = intake({ text: 'The ceasefire held for a third day.\n\nShops reopened in the old town', title: 'Something else entirely' });
  assert.equal(other.article.title, 'Something else entirely');
  assert.equal(other.zones.filter((z) => z.kind === 'title').length, 0);
  assert.equal(other.article.paragraphs.length, 2);
});

test('a scrape with "Name in City", date lines and a caption with its credit above the body', () => {
  const text = readFixture('scrape-dated-header.txt');
  const doc = intake({ text });
  assertConsistent(doc, text);
  const a = doc.article;
  assert.equal(a.title, 'Kurdish-led forces say final assault on enclave has begun');
  assert.equal(a.subtitle, 'Fighters advance on last pocket held by militants near the Iraqi border');
  assert.equal(a.byline, 'Pedro Alvarez');
  assert.equal(a.published, '2019-03-10');
  assert.equal(a.publishedFrom, 'dateline');
  assert.match(a.credit ?? '', /Photograph: Delil Souleiman\/AFP\/Getty Images$/);
  assert.equal(a.paragraphs.length, 2);
  assert.ok(a.body.startsWith('Kurdish-led forces have begun'));
  assert.ok(zoneTexts(doc, 'boilerplate')[0]!.startsWith('Topics'));
});

test('navigation, "Published / 2 hours ago", an image caption and related links are not body', () => {
  const text = readFixture('scrape-nav-furniture.txt');
  const doc = intake({ text });
  assertConsistent(doc, text);
  assert.equal(doc.article.title, 'Ukraine war: Drone attack hits Odesa port facilities');
  assert.equal(doc.article.credit, 'Image source, Getty Images');
  assert.equal(doc.article.paragraphs.length, 3);
  assert.ok(doc.article.body.startsWith('Ukraine says Russian drones'));
  assert.ok(!doc.article.body.includes('Firefighters'), 'the caption is not body');
  assert.ok(zoneTexts(doc, 'boilerplate').at(-1)!.startsWith('Related Topics'));
});

test('a wire story with no blank lines: byline, agency line, dateline and a long copyright line', () => {
  const text = readFixture('scrape-wire-no-blank-lines.txt');
  const doc = intake({ text });
  assertConsistent(doc, text);
  assert.equal(doc.article.byline, 'SARAH EL DEEB and BASSEM MROUE');
  assert.equal(doc.article.source, 'Associated Press');
  assert.deepEqual(zoneTexts(doc, 'dateline'), ['BEIRUT (AP) —']);
  assert.equal(doc.article.paragraphs.length, 3);
  assert.ok(zoneTexts(doc, 'boilerplate')[0]!.startsWith('Copyright 2019'));
});

test('wordCount counts what split(/\\s+/) less its empty ends counts', () => {
  const bySplit = (s: string): number => s.split(/\s+/).filter((w) => w !== '').length;
  for (let c = 0; c < 0x10000; c++) {
    const s = `a${String.fromCharCode(c)}b ${String.fromCharCode(c)}`;
    assert.equal(wordCount(s), bySplit(s), `unit ${c.toString(16)}`);
  }
  const piece = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2009', '\ufeff', '\u200b', 'word'));
  fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
    const s = pieces.join('');
    assert.equal(wordCount(s), bySplit(s));
  }), { numRuns: 2000 });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countMojibake } from '../../src/intake/mojibake.js';
import { intake } from '../../src/intake/index.js';
import { CP1252_HIGH } from '../../src/intake/cp1252.js';

/** What a scraper that read UTF-8 bytes as windows-1252 makes of `s`. */
function misread(s: string): string {
  return [...new TextEncoder().encode(s)].map((b) => String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b)).join('');
}

test('UTF-8 read as windows-1252 is counted, one per character it stood for', () => {
  const text = misread('“We will not go back,” said the mayor of Temuco’s council, Ñuñoa’s élite, ½ of them.');
  assert.ok(text.includes('â€œ'), text);
  assert.equal(countMojibake(text), 8); // “ ” ’ Ñ ñ ’ é ½ (Latin-1 letters are two bytes in UTF-8 too: "Ã©", "Â½")
});

test('a closing quote whose last byte was lost to U+FFFD still counts', () => {
  assert.equal(countMojibake('â€œwe have deployed policemen,â€\ufffd an officer said'), 2);
});

test('clean text, Latin-1 letters and letters beyond it hold no mojibake', () => {
  assert.equal(countMojibake('Café in Zürich, Erdoğan and Çavuşoğlu met in Kraków — “quoted” ½'), 0);
  assert.equal(countMojibake('Ã alone, or Â then a plain letter: Âb'), 0);
});

test('intake says so in a warning and keeps the text as given', () => {
  const given = misread('Police in Arica said “nobody was hurt” on Monday.');
  const doc = intake({ text: given });
  assert.equal(doc.text, given, 'offsets still index what the caller sent');
  const m = doc.messages.find((x) => x.rule === 'intake/mojibake');
  assert.ok(m, JSON.stringify(doc.messages));
  assert.equal(m.level, 'warning');
  assert.match(m.reason, /^2 sequences/);
  assert.equal(intake({ text: 'Police in Arica said “nobody was hurt” on Monday.' }).messages.some((x) => x.rule === 'intake/mojibake'), false);
});

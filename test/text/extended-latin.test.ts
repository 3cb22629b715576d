// Names with Latin letters beyond Latin-1 (ğ ş ı ł ř ő ễ) work in every stage: tokens, name
// mentions, dictionary matching, events; offsets index the text as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import { latinize } from '../../src/text/latin.js';

const NAMES: [string, string][] = [
  ['Turkish', 'Mevlüt Çavuşoğlu'],
  ['Polish', 'Radosław Sikorski'],
  ['Czech', 'Andrej Babiš'],
  ['Hungarian', 'Péter Szijjártó'],
  ['Vietnamese', 'Nguyễn Xuân Phúc'],
  ['Romanian', 'Klaus Iohannis Ţăranu'],
];

test('latinize keeps the length and stands in one ASCII letter for each', () => {
  for (const [, name] of NAMES) {
    const out = latinize(name);
    assert.equal(out.length, name.length);
    assert.match(out, /^[A-Za-z\u00C0-\u00FF ]+$/, out);
  }
  assert.equal(latinize('Radosław Erdoğan Babiš Nguyễn'), 'Radoslaw Erdogan Babis Nguyen');
});

for (const [nationality, name] of NAMES) {
  test(`${nationality}: "${name}" is one name, whole, with its offsets`, () => {
    const text = `${nationality} officials said ${name} arrived in Geneva on Friday.`;
    const d = annotate({ text, published: '2019-05-03' });
    const m = d.mentions.find((x) => x.type === 'PER');
    assert.ok(m, `a person mention in ${JSON.stringify(d.mentions)}`);
    assert.equal(m.text, name);
    assert.equal(text.slice(m.start, m.end), name);
    for (const t of d.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });
}

test('"Erdoğan met Macron" codes as "Erdogan met Macron" does', () => {
  const brief = (t: string) => annotate({ text: t, published: '2019-05-03' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.code)}>${e.recipient.map((a) => a.code)}`);
  assert.deepEqual(brief('Erdoğan met Macron in Paris on Friday.'), brief('Erdogan met Macron in Paris on Friday.'));
  assert.deepEqual(brief('Erdoğan met Macron in Paris on Friday.'), ['CONSULT TUR>FRA']);
});

test('a dictionary name spelled with ASCII letters matches the name written with ł', () => {
  const d = annotate({ text: 'Foreign Minister Radosław Sikorski met reporters in Warsaw.', published: '2006-05-03' });
  const a = d.actors.find((x) => x.text.includes('Sikorski'));
  assert.ok(a, JSON.stringify(d.actors));
  assert.equal(a.actor.code, 'POL');
});

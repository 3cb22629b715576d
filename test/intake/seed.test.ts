// The shared seed story, read from ../shared when it is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { intake } from '../../src/intake/index.js';
import { SEED_PATH, hasSeed } from './fixture-path.js';

test('the seed story: credit, headline, standfirst, body, source line and trailer', (t) => {
  if (!hasSeed()) {
    t.skip(`seed story not found at ${SEED_PATH}: ../shared is absent`);
    return;
  }
  const bytes = new Uint8Array(readFileSync(SEED_PATH));
  const text = new TextDecoder().decode(bytes);
  const doc = intake({ bytes, path: SEED_PATH });
  const a = doc.article;
  assert.equal(doc.text, text, 'doc.text is the file as decoded');
  assert.equal(a.title, 'France’s Hollande, in Moscow, calls for anti-ISIL coalition');
  assert.equal(a.credit, 'Alexander Zemlianichenko / AP');
  assert.equal(a.byline, null, 'the photo credit is not the author');
  assert.ok(a.subtitle?.startsWith("French president's request follows calls"));
  assert.equal(a.source, 'Al Jazeera');
  assert.equal(a.language, 'en');
  assert.equal(a.published, null);
  assert.equal(a.publishedFrom, 'none');
  assert.ok(doc.messages.some((m) => m.reason === 'undated: no publication date found'));

  const related = text.indexOf('Related News');
  for (const p of a.paragraphs) assert.ok(p.end <= related, 'no paragraph reaches the trailer');
  assert.ok(!a.body.includes('Related News') && !a.body.includes('Sign up') && !a.body.includes('wire services'));
  assert.ok(a.body.startsWith('French President Francois Hollande told'));
  assert.ok(a.body.endsWith('not meet much resistance by lawmakers.'));
  assert.equal(a.paragraphs.length, 28);
  assert.equal(a.body, a.paragraphs.map((p) => text.slice(p.start, p.end)).join('\n\n'));

  const slice = (kind: string): string[] => doc.zones.filter((z) => z.kind === kind).map((z) => text.slice(z.start, z.end));
  assert.deepEqual(slice('credit'), ['Alexander Zemlianichenko / AP']);
  assert.deepEqual(slice('title'), [a.title]);
  assert.deepEqual(slice('source'), ['Al Jazeera and wire services']);
  const trailer = slice('boilerplate');
  assert.equal(trailer.length, 1);
  assert.ok(trailer[0]!.startsWith('Related News') && trailer[0]!.endsWith('Sign up for our weekly newsletter'));
  assert.equal(slice('body').length, 1);

  const again = intake({ text, id: 'seed' });
  assert.equal(again.article.id, a.id, 'same story, same article id');
  assert.equal(again.id, 'seed');
  assert.equal(doc.id, a.id);
});

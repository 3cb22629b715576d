import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textStage } from '../../src/text/tokenize.js';
import type { Doc } from '../../src/types.js';
import { bodyDoc } from '../../src/doc.js';

function bare(text: string, zones: Doc['zones']): Doc {
  return { ...bodyDoc(text), zones };
}

test('sentences and tokens are spans that slice the original text', () => {
  const text = 'Talks resumed in Geneva on Nov. 3. The U.S. envoy said progress was slow.\n\nA second paragraph follows.';
  const doc = textStage(bare(text, [{ kind: 'body', start: 0, end: text.length }]));
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), [
    'Talks resumed in Geneva on Nov. 3.',
    'The U.S. envoy said progress was slow.',
    'A second paragraph follows.',
  ]);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(doc.tokens.every((t) => t.text.trim() !== ''), 'no whitespace tokens');
  const said = doc.tokens.find((t) => t.text === 'said')!;
  assert.equal(said.pos, 'VERB');
  assert.equal(said.lemma, 'say');
});

test('only title, subtitle and body zones are read; credits and boilerplate get no sentences', () => {
  const text = 'Jane Roe / Reuters\n\nPorts reopen after strike\n\nDockworkers returned on Monday.\n\nSign up for our newsletter';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const doc = textStage(bare(text, [
    { kind: 'credit', ...at('Jane Roe / Reuters') },
    { kind: 'title', ...at('Ports reopen after strike') },
    { kind: 'body', ...at('Dockworkers returned on Monday.') },
    { kind: 'boilerplate', ...at('Sign up for our newsletter') },
  ]));
  assert.deepEqual(doc.sentences.map((s) => s.zone), ['title', 'body']);
  assert.equal(text.slice(doc.sentences[1]!.start, doc.sentences[1]!.end), 'Dockworkers returned on Monday.');
});

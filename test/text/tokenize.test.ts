import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_SENTENCE_TOKENS, textStage } from '../../src/text/tokenize.js';
import fc from 'fast-check';
import { MAX_RUN, breakLongRuns, hasLongRun } from '../../src/text/long-runs.js';
import { annotate } from '../../src/pipeline.js';
import { readCoreModel } from '../../src/text/wink-model.js';
import { wink } from '../../src/text/wink.js';
import { newsText } from '../property/gen.js';
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

test('a run of words with no sentence end is read in pieces of at most MAX_SENTENCE_TOKENS, cut after a comma where one is near', () => {
  const words = 'police arrested protesters in Lima after talks with Peru and the minister said rebels attacked the town'.split(' ');
  const run = Array.from({ length: 1000 }, (_, i) => `${words[i % words.length]!}${i % 150 === 149 ? ',' : ''}`).join(' ');
  const doc = annotate({ text: `Headline\n\n${run}.`, published: '2020-01-01' });
  const body = doc.sentences.filter((s) => s.zone === 'body');
  assert.ok(body.length >= 5, `${body.length} pieces`);
  for (const s of body) {
    assert.ok(s.tokenEnd - s.tokenStart <= MAX_SENTENCE_TOKENS);
    assert.equal(doc.text.slice(s.start, s.end), doc.text.slice(doc.tokens[s.tokenStart]!.start, doc.tokens[s.tokenEnd - 1]!.end));
  }
  // the pieces cover every token once, in order
  assert.deepEqual(body.map((s) => s.tokenStart).slice(1), body.map((s) => s.tokenEnd).slice(0, -1));
  // the first cut falls after the comma at word 150, not at word 200
  assert.equal(doc.tokens[body[0]!.tokenEnd - 1]!.text, ',');
  assert.ok(doc.messages.some((m) => m.rule === 'text/long-sentence'));
});

test('ordinary sentences are not cut and leave no message', () => {
  const doc = annotate({ text: 'Police arrested 12 protesters in Lima on Monday, officials said.', published: '2020-01-01' });
  assert.equal(doc.sentences.length, 1);
  assert.ok(!doc.messages.some((m) => m.rule === 'text/long-sentence'));
});

test('a run of a million characters with no space is read in pieces, with offsets unchanged', () => {
  const blob = 'x'.repeat(1_000_000);
  const text = `Police arrested 12 protesters in Lima. ${blob} Officials said the march went ahead.`;
  const doc = annotate({ text, published: '2020-01-01' });
  for (const t of doc.tokens) {
    assert.ok(t.end - t.start <= MAX_RUN);
    assert.equal(doc.text.slice(t.start, t.end).toLowerCase(), t.norm);
  }
  assert.ok(doc.events.some((e) => e.type === 'COERCE'), 'the sentences around it are still coded');
  assert.equal(breakLongRuns('short words stay'), 'short words stay');
  assert.equal(breakLongRuns('y'.repeat(300)).length, 300);
});

test('hasLongRun answers as /\\S{MAX_RUN+1}/ does: every UTF-16 unit as space or not, and random text', () => {
  const longRun = new RegExp(`\\S{${MAX_RUN + 1}}`);
  const half = 'a'.repeat(MAX_RUN / 2);
  for (let c = 0; c < 0x10000; c++) {
    const text = `${half}${String.fromCharCode(c)}${half}`;
    assert.equal(hasLongRun(text), longRun.test(text), `unit ${c.toString(16)}`);
  }
  const piece = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(' ', '\u00a0', '\n', '\u2009', 'x'.repeat(60)));
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
    const text = pieces.join('');
    assert.equal(hasLongRun(text), longRun.test(text));
  }), { numRuns: 2000 });
});

test('wink\'s tabCRLF tokens are blank, so the text stage drops them by their value alone', () => {
  const core = readCoreModel();
  const lexemes = core.features['lexeme']!.list;
  const [word, mask, shift] = core.packing.layout['tokenType']!;
  const size = (core.packing as unknown as { size: number }).size;
  const lexicon = core.lexicon as Uint32Array;
  const tabCRLF = (core as unknown as { tcat: { hash: Record<string, number> } }).tcat.hash['tabCRLF'];
  assert.equal(typeof tabCRLF, 'number');
  for (let i = 0; i < core.features['lexeme']!.intrinsicSize!; i++) {
    if (((lexicon[word! + i * size]! & mask!) >>> shift!) === tabCRLF) assert.equal(lexemes[i]!.trim(), '', JSON.stringify(lexemes[i]));
  }
  const nlp = wink();
  fc.assert(fc.property(newsText, fc.string({ unit: 'binary', maxLength: 30 }), (text, noise) => {
    const doc = nlp.readDoc(`${text}\t${noise}\r\n${noise}`);
    const types = doc.tokens().out(nlp.its.type) as string[];
    const values = doc.tokens().out(nlp.its.value) as string[];
    types.forEach((t, i) => { if (t === 'tabCRLF') assert.equal(values[i]!.trim(), ''); });
  }), { numRuns: 300 });
});

test('a sentence does not end at the stop inside a short parenthesis: a stock ticker "(QRV.N)" or a party tag', () => {
  const text = 'Quorvale Holdings (QRV.N) said on Monday it would close two plants. Its shares fell.';
  const doc = annotate({ text, published: '2024-03-04' });
  const sents = doc.sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents, ['Quorvale Holdings (QRV.N) said on Monday it would close two plants.', 'Its shares fell.']);
  // a parenthesis that holds whole sentences still ends them
  const long = 'The plant closed. (It had opened in 1990. Workers were told on Friday.) Shares fell.';
  assert.ok(annotate({ text: long, published: '2024-03-04' }).sentences.length >= 3);
});

// A short form in brackets after a name ("the African Union (AU)") stands for that name, so a list
// of parties runs on through it: both parties of "Kenya and the African Union (AU)" act, and the
// recipient list "the European Union (EU) and Japan" keeps Japan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const PUB = '2021-05-12';
const codes = (refs: { code: string | null }[]) => refs.map((r) => r.code).sort();

test('the party before a bracketed short form still heads the list of actors', () => {
  const doc = annotate({ text: 'Kenya and the African Union (AU) signed a deal on Monday.', published: PUB });
  const e = doc.events.find((x) => x.type === 'SUPPORT' || x.type === 'AGREE' || x.type === 'COOPERATE');
  assert.ok(e, JSON.stringify(doc.events.map((x) => x.type)));
  assert.deepEqual(codes(e.actor), ['IGO', 'KEN']);
});

test('a list that opens with a name and its short form runs on to the next party', () => {
  const doc = annotate({ text: 'The European Union (EU) and Japan signed a trade pact in Tokyo.', published: PUB });
  assert.deepEqual(codes(doc.events[0]!.actor), ['EUR', 'JPN']);
  const doc2 = annotate({ text: 'Canada signed a trade pact with the European Union (EU) and Japan.', published: PUB });
  assert.deepEqual(codes(doc2.events[0]!.recipient), ['EUR', 'JPN']);
});

test('the spelled-out name is the party\'s text, not its short form', () => {
  const doc = annotate({ text: 'The North Atlantic Treaty Organization (NATO) condemned the shelling of the port.', published: PUB });
  assert.equal(doc.events[0]!.actor[0]!.text, 'North Atlantic Treaty Organization');
});

// A verb's object that is a name no dictionary knows is the recipient, kept with its words and no
// code (as PLOVER keeps such a party), not a known party named later in the clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const recipients = (text: string): string[][] =>
  annotate({ text, published: '2019-05-02' }).events.map((e) => e.recipient.map((r) => `${r.code ?? '-'}:${r.text}`));

test('an unknown person as the object is the recipient, not the Senate named in the apposition', () => {
  assert.deepEqual(recipients('Trump endorsed Halvard Quist, the Republican Senate candidate from Ohio.'), [['-:Halvard Quist']]);
});

test('an unknown person arrested is the recipient, not the town after him', () => {
  assert.deepEqual(recipients('French police arrested Odile Marchetti in Lyon on Tuesday.'), [['-:Odile Marchetti']]);
});

test("a name that modifies a noun (\"Quist's lawyer\") is no recipient by itself", () => {
  const r = recipients("Trump criticized Halvard Quist's lawyer on Tuesday.");
  assert.ok(!r.flat().includes('-:Halvard Quist'), JSON.stringify(r));
});

test('an object pronoun this text does not resolve is whom the act was done to: no party later in its clause stands in for it', () => {
  assert.deepEqual(recipients('Russian officials accused him of spying for Israel.'), [[]]);
});

test('an object pronoun that stands for a party named before is still that party', () => {
  assert.deepEqual(recipients('Police detained the activists and later released them.').at(-1), ['-:activists']);
});

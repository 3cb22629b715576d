// A conviction or an expulsion told in the passive, with no one named who did it, is still the
// event (PLOVER keeps an empty actor); other sanctions in the passive ("services were suspended") are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docWith } from './make-doc.js';

const kinds = (text: string, actors: { text: string; code: string | null; sector?: 'GOV' | 'CVL' | null }[]): string[] =>
  docWith(text, actors, '2019-05-02').events.map((e) => `${e.type}.${e.mode ?? ''}:${e.actor.length}>${e.recipient.map((r) => r.text).join('|')}`);

test('a passive conviction with no agent is coded with an empty actor', () => {
  assert.deepEqual(kinds('The former mayor was convicted of bribery on Tuesday.', [{ text: 'former mayor', code: 'PRT', sector: 'GOV' }]), ['SANCTION.convict:0>former mayor']);
});

test('a passive expulsion with no agent is coded with an empty actor', () => {
  assert.deepEqual(kinds('Four Danish diplomats were expelled on Monday.', [{ text: 'Danish diplomats', code: 'DNK', sector: 'GOV' }]), ['SANCTION.expel:0>Danish diplomats']);
});

test('a suspended service with no agent stays uncoded', () => {
  assert.deepEqual(kinds('Visa services for Danish citizens were suspended on Monday.', [{ text: 'Danish citizens', code: 'DNK', sector: 'CVL' }]), []);
});

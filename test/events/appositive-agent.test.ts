// A participle set off by commas after a party, with its "by" agent ("the army, backed by Moscow and
// Tehran, shelled the town"), describes that party: the "by" phrase backs it (a passive), and every
// party coordinated in the "by" phrase is an agent, neither the subject of the main verb nor a recipient.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const coded = (text: string) => annotate({ id: 't', text, published: '2018-03-01' }).events
  .map((e) => `${e.type} ${e.actor.map((a) => a.code ?? '-').join('+')}>${e.recipient.map((r) => r.code ?? '-').join('+')}`);

test('the subject of the main verb is the party before the apposition, not the agents coordinated in it', () => {
  const out = coded('The Iraqi army, backed by France and Jordan, attacked Mosul on Monday.');
  assert.ok(out.includes('ASSAULT IRQ>IRQ'), out.join(' | '));
});

test('the appositive participle is a passive: its "by" agents act on the party it describes', () => {
  assert.ok(coded('The Iraqi army, backed by France and Jordan, attacked Mosul on Monday.').includes('SUPPORT FRA+JOR>IRQ'));
  assert.ok(coded('The Malian army, supported by France, recaptured Gao.').includes('SUPPORT FRA>MLI'));
});

test('a party coordinated with an agent or a partner is not a recipient', () => {
  // "aided by X and Y": both are the agents; the second is not whom the first aided
  const aided = coded('Kenya began a vaccination drive, aided by Britain and Norway.');
  assert.ok(!aided.some((e) => e.endsWith('>NOR')), aided.join(' | '));
  // "alongside X and Y": both are partners; the recipient is the one fought against
  const fought = coded('The rebels fought alongside Russia and Iran against the army.');
  assert.ok(fought.some((e) => e.startsWith('ASSAULT') && !e.endsWith('>IRN')), fought.join(' | '));
});

test('a single "by" agent or a plain subject reads as before', () => {
  assert.ok(coded('Jordan attacked Mosul on Monday.').includes('ASSAULT JOR>IRQ'));
  assert.ok(coded('The Iraqi army was backed by France.').includes('SUPPORT FRA>IRQ'));
});

// "X claimed that Y did Z": a claim about another party's act is X's accusation against Y, and Z is
// only alleged; a claim about one's own act, or about no party, accuses no one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';
import { annotate } from '../../../src/pipeline.js';

test('allegation: the subject of the claimed clause is the one accused', () => {
  const d = docWith('Chile claimed that Bolivian troops had crossed the border and fired on a patrol.', [
    { text: 'Chile', code: 'CHL' }, { text: 'Bolivian troops', code: 'BOL', sector: 'MIL' },
  ]);
  assert.ok(brief(d).includes('ACCUSE CHL>BOL'), brief(d).join('; '));
});

test('allegation: a claim with no party opening its clause accuses no one', () => {
  const d = docWith('Chile claimed that under the new treaty Bolivia would gain nothing.', [
    { text: 'Chile', code: 'CHL' }, { text: 'Bolivia', code: 'BOL' },
  ]);
  assert.ok(!d.events.some((e) => e.type === 'ACCUSE'), brief(d).join('; '));
});

test('allegation: a claim of one\'s own forces\' act is no accusation', () => {
  const d = docWith('Chile claimed that its navy had seized the fishing boats.', [
    { text: 'Chile', code: 'CHL' }, { text: 'navy', code: 'CHL', sector: 'MIL' },
  ]);
  assert.ok(!d.events.some((e) => e.type === 'ACCUSE'), brief(d).join('; '));
});

test('allegation: the act another party is claimed to have done is not coded as done', () => {
  const doc = annotate({ id: 't', text: 'The Peruvian government claimed that Ecuador had shelled a border village.', published: '2021-03-18' });
  assert.ok(doc.events.some((e) => e.type === 'ACCUSE' && e.actor.some((a) => a.code === 'PER') && e.recipient.some((r) => r.code === 'ECU')), JSON.stringify(doc.events.map((e) => e.type)));
  assert.ok(!doc.events.some((e) => e.type === 'ASSAULT'), 'the shelling is only alleged');
  assert.ok(doc.nonFactual?.some((e) => e.type === 'ASSAULT'));
});

test('allegation: a party\'s claim of its own act stays coded, marked as claimed', () => {
  const doc = annotate({ id: 't', text: 'The Peruvian army claimed that its troops had shelled a rebel camp.', published: '2021-03-18' });
  const shelling = doc.events.find((e) => e.type === 'ASSAULT');
  assert.ok(shelling, JSON.stringify(doc.events.map((e) => e.type)));
  assert.equal(shelling.modality.claimed, true);
  assert.ok(!doc.events.some((e) => e.type === 'ACCUSE'));
});

test('a claim that someone suffered an act accuses no one of it', () => {
  const events = annotate({ id: 't', text: 'A villager claimed that nine farmers were shot by the bandits.', published: '2018-08-11' }).events;
  assert.deepEqual(events.filter((e) => e.type === 'ACCUSE').map((e) => e.recipient.map((r) => r.text)), []);
});

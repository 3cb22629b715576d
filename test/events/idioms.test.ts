// Idioms (data/events/idioms.json) propose no trigger; the same verbs outside them still do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from './make-doc.js';

const farmers = { text: 'farmers', code: null, sector: 'AGR' as const };

test('"court arrest" is not an arrest; an arrest still is', () => {
  const idiom = docWith('The farmers will court arrest outside the assembly on Monday.', [farmers]);
  assert.deepEqual(brief(idiom), []);
  assert.ok(idiom.messages.some((m) => m.rule === 'events/idiom'));
  const real = docWith('Police arrested the farmers outside the assembly on Monday.', [{ text: 'Police', code: null, sector: 'COP' }, farmers]);
  assert.deepEqual(real.events.map((e) => `${e.type} ${e.mode}`), ['COERCE arrest']);
});

test('declining to comment rejects nothing; striking a deal hits no one; arresting a decline detains no one', () => {
  const cases = [
    'The Ghanaian ministry declined to comment on Friday.',
    'The Ghanaian ministry struck a deal with the unions on Friday.',
    'The Ghanaian ministry hopes its plan will help arrest the decline of the currency.',
  ];
  for (const text of cases) {
    const d = docWith(text, [{ text: 'Ghanaian ministry', code: 'GHA', sector: 'GOV' }, { text: 'unions', code: null, sector: 'LAB' }]);
    assert.ok(!d.events.some((e) => ['REJECT', 'ASSAULT', 'COERCE'].includes(e.type)), `${text}: ${brief(d).join(', ')}`);
  }
});

test('meeting resistance and receiving a letter are no meetings; meeting or receiving a leader still is', () => {
  const chad = { text: 'Chadian army', code: 'TCD', sector: 'MIL' as const };
  const rebels = { text: 'rebels', code: 'TCD', sector: 'REB' as const };
  const minister = { text: 'minister', code: 'NER', sector: 'GOV' as const };
  const union = { text: 'union', code: 'NER', sector: 'LAB' as const };
  const notMeetings = [
    docWith('The Chadian army offensive met stiff resistance from rebels in the north.', [chad, rebels]),
    docWith('The minister received a letter from the union on Monday.', [minister, union]),
    docWith('The minister received sharp criticism from the union over the budget.', [minister, union]),
  ];
  for (const d of notMeetings) assert.ok(!d.events.some((e) => e.type === 'CONSULT'), `${d.text}: ${brief(d).join(', ')}`);
  const met = docWith('The minister met the union leaders on Monday.', [minister, union]);
  assert.ok(met.events.some((e) => e.type === 'CONSULT'), brief(met).join(', '));
  const envoy = { text: 'Beninese envoy', code: 'BEN', sector: 'GOV' as const };
  const received = docWith('The minister received the Beninese envoy in Niamey.', [minister, envoy]);
  assert.ok(received.events.some((e) => e.type === 'CONSULT'), brief(received).join(', '));
});

test('giving someone until a date is a deadline, not aid', async () => {
  const { annotate } = await import('../../src/pipeline.js');
  const d = annotate({ text: 'In a memorandum, the president gave the military until March 2018 to revert to the old policy.', published: '2017-08-26' });
  assert.ok(!d.events.some((e) => e.type === 'AID'), brief(d).join(', '));
});

test('seizing on remarks and backing off a line are idioms; a seizure on a weekday and backing a plan are events', async () => {
  const { annotate } = await import('../../src/pipeline.js');
  const types = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => e.type);
  assert.deepEqual(types("Chilean opposition parties seized on the minister's remarks about pensions."), []);
  assert.deepEqual(types('Peruvian police seized two trucks of weapons on Tuesday.'), ['COERCE']);
  assert.deepEqual(types('The Chilean president backed off his plan to raise fares.'), []);
});

test('demonstrating a thing is showing it; shelling out money is paying', async () => {
  const { annotate } = await import('../../src/pipeline.js');
  const types = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => e.type);
  assert.deepEqual(types('Chile has demonstrated a willingness to talk to Peru.'), []);
  assert.deepEqual(types('Chilean farmers shell out more for diesel than Peruvian farmers.'), []);
  assert.deepEqual(types('Chilean fishermen feel threatened by Peruvian trawlers.'), []);
  assert.deepEqual(types('Chilean protesters demonstrated outside the Peruvian embassy.'), ['PROTEST']);
});

test('carbon capture, executing a warrant, a dated fire and a wreck are no violence', async () => {
  const { annotate } = await import('../../src/pipeline.js');
  const types = (text: string) => annotate({ id: 't', text, published: '2010-03-10' }).events.map((e) => e.type);
  assert.deepEqual(types('The Chilean plant will capture carbon from two power stations.'), []);
  assert.deepEqual(types('Chilean police executed a search warrant at a house in Valparaiso.'), []);
  assert.deepEqual(types('Chilean police investigated the March 7 fire at a warehouse in Valparaiso.').filter((t) => t === 'ASSAULT'), []);
  assert.deepEqual(types('Two Chilean soldiers were killed in a collision on the highway.'), []);
  assert.deepEqual(types('Two Chilean soldiers were found dead by Peruvian police near the border.'), []);
  assert.deepEqual(types('Chilean police on Monday arrested five men in Valparaiso.'), ['COERCE']);
});

test('declining to say, elaborate or discuss is no rejection; refusing to allow something still is', async () => {
  const { annotate } = await import('../../src/pipeline.js');
  const types = (text: string) => annotate({ id: 't', text, published: '2017-05-05' }).events.map((e) => e.type);
  assert.deepEqual(types('A Chilean ministry spokesman declined to elaborate on Monday.'), []);
  assert.deepEqual(types('The Chilean ministry declined to say whether Peru had been told.'), []);
  assert.deepEqual(types('Chile refused to allow Peruvian inspectors into the port.'), ['REJECT']);
});

test('posting on social media, giving details and selling products are no events', async () => {
  const { annotate } = await import('../../src/pipeline.js');
  const types = (text: string) => annotate({ id: 't', text, published: '2017-05-05' }).events.map((e) => e.type);
  assert.deepEqual(types('A video of the Chilean patrol was posted on the Twitter account of a Peruvian group.'), []);
  assert.deepEqual(types('The Chilean ministry gave no further details.'), []);
  assert.deepEqual(types('Chilean companies that sell their products in Peru would gain.'), []);
  assert.deepEqual(types('The Chilean army posted 500 soldiers in the border town.'), ['MOBILIZE']);
});

// Harm from a natural force, a disease or an accident has no party behind it: no event
// (data/events/word-classes.json naturalCauses, src/events/natural.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string) => annotate({ text, published: '2024-03-10' }).events.map((e) => e.type);

test('a storm, an earthquake, a virus or floods are not actors of an assault', () => {
  for (const text of [
    'The storm killed 12 people in the Philippines.',
    'An earthquake struck eastern Turkey on Monday.',
    'The virus has killed more than 1,000 people in Brazil.',
    'Twelve people were killed in the floods in Kenya.',
    // a demonym in the cause's phrase is no actor either
    'The Malawian cholera epidemic has killed 118 people.',
  ]) {
    assert.deepEqual(types(text), [], text);
    const doc = annotate({ text, published: '2024-03-10' });
    assert.ok(doc.messages.some((m) => m.rule === 'events/natural-cause'), `${text}: the drop is said`);
  }
});

test('people and forces still act: gunmen, police fire, a bomb blast', () => {
  assert.deepEqual(types('Gunmen killed 12 villagers in central Nigeria.'), ['ASSAULT']);
  assert.deepEqual(types('Five people were killed in police fire in Lagos.'), ['ASSAULT']);
  assert.ok(types('Two soldiers were killed in a bomb blast in Mogadishu.').includes('ASSAULT'));
});

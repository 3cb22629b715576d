// "Troops were deployed": what is moved is the mover's own force, so a passive's subject acts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from '../make-doc.js';

test('self-move: the subject of a passive deployment is its actor', () => {
  const d = docWith('Turkish troops have been deployed along the border since Monday.', [{ text: 'Turkish troops', code: 'TUR', sector: 'MIL' }]);
  assert.deepEqual(brief(d), ['MOBILIZE TUR>']);
});

test('self-move: a "by" agent names who moved the force', () => {
  const d = docWith('Extra police were deployed in the capital by the Kenyan government.', [{ text: 'Extra police', code: null, sector: 'COP' }, { text: 'Kenyan government', code: 'KEN', sector: 'GOV' }]);
  assert.deepEqual(brief(d), ['MOBILIZE KEN>']);
});

test('self-move: the active reading is unchanged', () => {
  const d = docWith('Greece deployed warships near the islands.', [{ text: 'Greece', code: 'GRC' }]);
  assert.deepEqual(brief(d), ['MOBILIZE GRC>']);
});

test('self-move with actorSectors: rushing is a mobilisation only for police or troops', () => {
  const forces = docWith('Additional police units were rushed to the town after the clashes.', [{ text: 'Additional police units', code: null, sector: 'COP' }]);
  assert.deepEqual(brief(forces), ['MOBILIZE >']);
  const injured = docWith('The injured villagers were rushed to a hospital in the town.', [{ text: 'injured villagers', code: null, sector: 'CVL' }]);
  assert.deepEqual(brief(injured), []);
  assert.ok(injured.messages.some((m) => m.rule === 'events/actor-kind'), 'the drop is recorded with its rule');
});

// A strike from the air is an attack, not a walk-out: "launched air strikes" must not read as the
// labour strike of "launched a strike", and an ordered attack is the orderer's side attacking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string) => annotate({ id: 't', text, published: '2019-05-02' }).events.map((e) => `${e.type}:${e.actor.map((a) => a.code).join(',')}`);

test('air and drone strikes launched or carried out are assaults', () => {
  assert.deepEqual(types('Turkey launched air strikes near the border town.'), ['ASSAULT:TUR']);
  assert.deepEqual(types('Kenya carried out a drone strike on the militant camp.'), ['ASSAULT:KEN']);
});

test('a labour strike launched by workers stays a protest', () => {
  assert.deepEqual(types('Dock workers launched a strike over unpaid wages.').map((t) => t.split(':')[0]), ['PROTEST']);
});

test('an attack one orders is coded as an attack by the one who ordered it', () => {
  assert.deepEqual(types('The Chadian president ordered an offensive against the rebel bases.'), ['ASSAULT:TCD']);
  assert.deepEqual(types('Nigeria authorised air strikes on the hideouts.'), ['ASSAULT:NGA']);
});

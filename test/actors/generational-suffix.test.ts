// A name with a suffix: "Jr." or "Sr." names another person of that name, "-era" a time (data/actors/word-classes.json
// generationalSuffixes, eraSuffixes): the son is not the dictionary's father, and a name listed with its suffix still matches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const actorIds = (text: string) => annotate({ id: 't', text, published: '2019-04-02' }).actors.map((a) => `${a.text}=${a.actor.id}`);

test('"Donald Trump Jr." is not the dictionary\'s Donald Trump', () => {
  const ids = actorIds('Prosecutors questioned Donald Trump Jr. in New York on Monday.');
  assert.ok(!ids.some((x) => x.includes('trump-donald')), ids.join(', '));
  const ids2 = actorIds('Trump Jr. met a Russian lawyer in New York.');
  assert.ok(!ids2.some((x) => x.includes('trump-donald')), ids2.join(', '));
});

test('the father without a suffix, and a son listed with his suffix, still resolve', () => {
  assert.ok(actorIds('Donald Trump met Xi Jinping in Beijing.').some((x) => x.startsWith('Donald Trump=trump-donald')));
  assert.ok(actorIds('Ferdinand Marcos Jr. met Xi Jinping in Beijing.').some((x) => x.startsWith('Ferdinand Marcos Jr.=marcos-ferdinand-jr')));
});

test('"Obama-era" and "Soviet-era" name a time, not an actor', () => {
  const ids = actorIds('The governor vowed to scrap the Obama-era rules on coal plants.');
  assert.ok(!ids.some((x) => x.includes('obama')), ids.join(', '));
  const ids2 = actorIds('Rebels seized Soviet-era rifles near Donetsk.');
  assert.ok(!ids2.some((x) => x.startsWith('Soviet')), ids2.join(', '));
  assert.ok(actorIds('Obama criticized the rules on coal plants.').some((x) => x.startsWith('Obama=obama')));
});

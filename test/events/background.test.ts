// History told in passing is not today's news: an event its own sentence dates long before the
// story is kept, marked background, and not counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from './make-doc.js';
import { annotate } from '../../src/pipeline.js';

const actors = [{ text: 'Chile', code: 'CHL' }, { text: 'Peru', code: 'PER' }];

test('an event dated decades before the story is background, kept but not counted', () => {
  const d = docWith('Chile attacked Peru in 1941, a war both still remember.', actors, '2021-03-18');
  assert.deepEqual(brief(d), []);
  const bg = (d.nonFactual ?? []).find((e) => e.modality.background);
  assert.ok(bg, 'kept among the non-factual readings');
  assert.equal(bg.date, '1941');
  assert.ok(d.messages.some((m) => m.rule === 'events/background'));
});

test('a year in a subordinate clause does not date the main event', () => {
  const d = docWith('Chile offered to hand over to Peru two men suspected of smuggling arms in 1998.', actors, '2021-03-18');
  assert.equal((d.nonFactual ?? []).filter((e) => e.modality.background).length, 0);
  assert.ok(d.events.length > 0, JSON.stringify(d.messages));
});

test('an event of the past year is news, not background', () => {
  const d = docWith('Chile expelled Peru\'s ambassador in 2020, officials said.', actors, '2021-03-18');
  assert.equal((d.nonFactual ?? []).filter((e) => e.modality.background).length, 0);
});

test('an act inside a named period of history is background ("during World War Two"), one since it is not', () => {
  const doc = annotate({ id: 't', text: 'Some 40,000 villagers were deported from the valley during World War Two.', published: '2019-03-01' });
  assert.equal(doc.events.length, 0);
  assert.ok(doc.messages.some((m) => m.rule === 'events/background' && /World War Two/.test(m.reason)), JSON.stringify(doc.messages.map((m) => m.rule)));
  // "an ally since World War Two" is an ally today: the act is news
  const today = annotate({ id: 't', text: 'Manila broke ties with the United States, a close ally since World War Two.', published: '2019-03-01' });
  assert.equal(today.events.length, 1);
  // no publication date: nothing to measure "long before" against, so the act stays news
  assert.equal(annotate({ id: 't', text: 'Some 40,000 villagers were deported from the valley during World War Two.' }).events.length, 1);
});

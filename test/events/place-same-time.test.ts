// The event's place may be named in a clause that happens with it ("when ...", "while ...").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import { attachPlace } from '../../src/events/attach-place.js';

function placeOf(text: string, trigger: string): string | null {
  const doc = annotate({ id: 't', text }, { until: 'place' });
  const at = text.indexOf(trigger);
  const s = doc.sentences.find((x) => x.start <= at && at < x.end)!;
  return attachPlace(doc, s, at, [])?.text ?? null;
}

test('a "when" or "while" clause names the place of the event it goes with', () => {
  assert.equal(placeOf('A soldier was shot dead while on patrol in southern Helmand.', 'shot'), 'southern Helmand');
  assert.equal(placeOf('Two guards were killed when a car bomb exploded near Mogadishu.', 'killed'), 'Mogadishu');
});

test('a clause after "because" or "after" is another event, with its own place', () => {
  assert.equal(placeOf('Two guards were killed after they had returned from Mogadishu.', 'killed'), null);
});

test('possessives and hyphened modifiers stand between the preposition and the place', () => {
  assert.equal(placeOf('The lawyer was shot in his north Belfast home.', 'shot'), 'Belfast');
  assert.equal(placeOf('An officer was shot in the violence-plagued border city of Nuevo Laredo.', 'shot'), 'Nuevo Laredo');
});

test('a place naming the site a noun stands for is the event\'s place when no preposition names one', () => {
  assert.equal(placeOf('Protesters marched on a Hong Kong hotel on Monday.', 'marched'), 'Hong Kong');
});

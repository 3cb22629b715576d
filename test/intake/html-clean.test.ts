// Furniture inside the article container: what Readability keeps but a reader would skip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intake } from '../../src/intake/index.js';

const BODY = [
  'Rescue teams in the northern province pulled eleven people from the rubble on Wednesday, two days after the earthquake struck the mountain villages.',
  'The provincial governor said that more than three hundred homes had collapsed and that the roads to four villages were still cut off by landslides.',
  'Aid agencies flew tents and blankets to the area by helicopter, and the army set up a field hospital beside the football stadium in the provincial capital.',
  'Seismologists warned that aftershocks could continue for several weeks and urged residents not to return to damaged buildings until engineers had inspected them.',
];

test('share bars, related lists, captions, credits, timestamps and promos are not body text', () => {
  const html = `<!doctype html><html lang="en"><head><title>Survivors pulled from rubble</title></head><body>
<article class="story">
<h1>Survivors pulled from rubble</h1>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<p>Published 10:48, Wed, Nov 20, 2019</p>
<p>Image 1 of 9</p>
<div class="image-caption">Rescuers search a collapsed house in the village on Wednesday (Image: GETTY)</div>
<p>${BODY[0]}</p>
<p>${BODY[1]}</p>
<p>A field hospital near the stadium (AP Photo/Jane Roe)</p>
<ul><li><a href="/a">Earthquake: what we know so far about the damage</a></li><li><a href="/b">How to help the victims of the earthquake</a></li></ul>
<p>${BODY[2]}</p>
<p>Advertisement</p>
<p>You may also like</p>
<p>${BODY[3]}</p>
<div class="related-stories"><h3>More on this</h3><p>Aftershock rattles the capital as residents sleep outside in the cold</p></div>
</article></body></html>`;
  const doc = intake({ html });
  assert.equal(doc.article.body, BODY.join('\n\n'));
});

test('a table row is one line; a cell of numbers is not taken for a timestamp', () => {
  const html = `<!doctype html><html><body><article><p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p>
<table><tr><th>Village</th><th>Homes lost</th></tr><tr><td>Upper Dara</td><td>120</td></tr><tr><td>Kotli</td><td>85</td></tr></table></article></body></html>`;
  const body = intake({ html }).article.body;
  assert.ok(body.includes('Upper Dara 120\n\nKotli 85'), body);
});

test("the author's name and bio closing the article are not body text", () => {
  const html = `<!doctype html><html><head><meta name="author" content="Lena Park"></head><body><article>
${BODY.map((p) => `<p>${p}</p>`).join('')}<p>Lena Park</p><p>Lena Park is a correspondent covering South Asia for the paper.</p></article></body></html>`;
  const doc = intake({ html });
  assert.equal(doc.article.byline, 'Lena Park');
  assert.equal(doc.article.body, BODY.join('\n\n'));
});

// Full-text search: stemmed, ranked, word-prefix matching with a substring fallback, the same
// answers on both backends.
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/index.js';
import { HOLLANDE, ISIL, PUTIN, makeDoc } from './make-doc.js';
import { storeTest } from './backends.js';

/** Three articles; the second carries a quote. */
async function seeded(store: Store) {
  const talks = makeDoc('Hollande and Putin hold talks', [
    { type: 'CONSULT', sentence: 'Hollande met Putin in the Kremlin on Thursday.', trigger: 'met', actor: HOLLANDE, recipient: PUTIN, date: '2015-11-26' },
  ], '2015-11-26', 'The two leaders discussed a coalition against the militants.');
  const attack = makeDoc('Convoy hit near the border', [
    { type: 'ASSAULT', sentence: 'ISIL attacked a convoy near the border, killing 12 people.', trigger: 'attacked', actor: ISIL, date: '2015-11-20', dead: 12 },
  ], '2015-11-21', 'Officials said the attacks would not stop the talks.');
  const quoteText = 'We will answer every attack on our soldiers';
  const at = attack.text.length + 1;
  attack.text += ` "${quoteText}," the minister said.`;
  attack.article.body = attack.text.slice(attack.article.paragraphs[0]!.start);
  attack.quotes = [{ start: at + 1, end: at + 1 + quoteText.length, text: quoteText, speaker: null, speakerText: 'the minister', cue: null, kind: 'direct' }];
  const other = makeDoc('Grain exports resume', [], '2015-12-01', 'Ships carrying grain left the port at dawn.');
  for (const d of [talks, attack, other]) await store.ingest(d);
  return { talks, attack, other, quoteText };
}

storeTest('search is stemmed and ranked, with snippets and spans into the article text', async ({ store }) => {
  const { attack, talks, quoteText } = await seeded(store);
  const r = await store.search('attacks');
  // "attacked", "attacks" and the quote's "attack" all match the stem; the grain story does not.
  assert.equal(r.total, 2);
  assert.deepEqual(r.items.map((h) => h.kind).sort(), ['article', 'quote']);
  const art = r.items.find((h) => h.kind === 'article')!;
  assert.equal(art.article_id, attack.article.id);
  assert.ok(art.span);
  assert.match(attack.text.slice(art.span[0], art.span[1]).toLowerCase(), /^attack/);
  assert.ok(art.snippet.toLowerCase().includes('attack'));
  const q = r.items.find((h) => h.kind === 'quote')!;
  assert.equal(q.snippet, quoteText);
  assert.equal(attack.text.slice(q.span![0], q.span![1]), quoteText);

  // Title words rank above body words: "talks" is in one title and in the other's body.
  const t = await store.search('talks');
  assert.equal(t.items[0]?.article_id, talks.article.id);
  assert.equal(t.total, 2);
  const paged = await store.search('talks', { limit: 1, offset: 1 });
  assert.deepEqual([paged.total, paged.items.length], [2, 1]);
  assert.equal(paged.items[0]?.article_id, attack.article.id);
});

storeTest('words match as prefixes; fragments fall back to substrings; nothing for nonsense', async ({ store }) => {
  const { talks } = await seeded(store);
  assert.deepEqual((await store.search('Hollan')).items.map((h) => h.article_id), [talks.article.id]);
  const mid = await store.search('llande'); // inside a word: the substring fallback
  assert.deepEqual(mid.items.map((h) => h.article_id), [talks.article.id]);
  assert.equal((await store.search('zzyzx')).total, 0);
  assert.equal((await store.search('   ')).total, 0);
  assert.equal((await store.search('Putin Kremlin')).total, 1, 'all words must match');
  assert.equal((await store.search('Putin grain')).total, 0);
});

storeTest('articles({q}) and quotes({search}) use the same full-text match', async ({ store }) => {
  const { talks, attack, quoteText } = await seeded(store);
  const a = await store.articles({ q: 'talk' });
  assert.equal(a.total, 2);
  assert.equal(a.items[0]?.id, talks.article.id, 'the title match ranks first');
  assert.deepEqual((await store.articles({ q: 'grain', since: '2015-12-01' })).items.map((x) => x.title), ['Grain exports resume']);
  assert.equal((await store.articles({ q: 'grain', until: '2015-11-30' })).total, 0);
  assert.deepEqual((await store.quotes({ search: 'SOLDIER' })).map((x) => x.text), [quoteText]);
  assert.deepEqual((await store.quotes({ search: 'answered' })).map((x) => x.article_id), [attack.article.id]);
  assert.deepEqual(await store.quotes({ search: 'grain' }), []);
});

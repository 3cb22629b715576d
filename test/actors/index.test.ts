// The precompiled index of the actor trie (dist/data/actors-index.json, src/actors/lexicon-index.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from '../temp-dir.js';
import { join } from 'node:path';
import { INDEX_FROM, TRIE, type Target } from '../../src/actors/lexicon.js';
import { builtInItems, computeIndex, indexHash, indexPath, loadIndex, readIndex, writeIndex, type IndexItem } from '../../src/actors/lexicon-index.js';
import { TokenTrie, aliasUnits, normUnit, toUnits } from '../../src/actors/trie.js';
import type { Token } from '../../src/types.js';

/** The trie as it was built before the index: every name split and walked in at load. */
function eagerTrie(items: readonly IndexItem[]): TokenTrie<Target> {
  const t = new TokenTrie<Target>();
  for (const it of items) {
    if (it.kind === 'person') t.add(it.alias, { kind: 'person', person: it.person, short: aliasUnits(it.alias).length < aliasUnits(it.person.name).length });
    else if (it.kind === 'org') t.add(it.alias, { kind: 'org', org: it.org });
    else if (it.kind === 'place') t.add(it.alias, { kind: 'place', place: it.place, name: it.alias });
    else t.add(it.alias, { kind: 'role', role: it.role }, false);
  }
  return t;
}

test('the build wrote the index and the pipeline loaded it as is', () => {
  assert.equal(INDEX_FROM, 'file');
  const items = builtInItems();
  const read = readIndex(items, indexHash(items));
  assert.ok(typeof read !== 'string', `index at ${indexPath()}: ${String(read)}`);
  assert.deepEqual(read, computeIndex(items), 'the file is what the source data gives');
});

test('the trie filled from the precompiled index is the trie built from the source data', () => {
  const eager = eagerTrie(builtInItems());
  assert.equal(TRIE.size, eager.size);
  // the same objects: the entry itself, its own fields
  const key = (t: Target): string => {
    switch (t.kind) {
      case 'person': return JSON.stringify([t.kind, t.person.id, t.short]);
      case 'org': return JSON.stringify([t.kind, t.org.id]);
      case 'place': return JSON.stringify([t.kind, t.place, t.name]);
      case 'role': return JSON.stringify([t.kind, t.role.key]);
    }
  };
  const a = TRIE.dump(key);
  const b = eager.dump(key);
  assert.equal(a.length, b.length);
  assert.ok(a.length > 20_000);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) assert.equal(a[i], b[i], `entry ${i}`);
});

test('a lazily built branch matches as an eager one, and adds after load keep their order', () => {
  const tokens = (words: string[], pos = 'PROPN'): Token[] => {
    let at = 0;
    return words.map((w) => {
      const t = { text: w, start: at, end: at + w.length, pos, lemma: w.toLowerCase(), norm: w.toLowerCase() } as unknown as Token;
      at += w.length + 1;
      return t;
    });
  };
  const lazy = new TokenTrie<string>();
  const eager = new TokenTrie<string>();
  const adds: [string, string][] = [['New York', 'a'], ['New York Times', 'b'], ['new', 'c'], ['York', 'd'], ['New York', 'e']];
  for (const [alias, v] of adds.slice(0, 3)) {
    lazy.addLazy(aliasUnits(alias)[0]!.toLowerCase(), alias, v);
    eager.add(alias, v);
  }
  // added after load (a user's actors file): the waiting branch takes them in order
  for (const [alias, v] of adds.slice(3)) {
    lazy.add(alias, v);
    eager.add(alias, v);
  }
  const words = ['New', 'York', 'Times', 'said'];
  const units = toUnits(tokens(words), [{ tokenStart: 0, tokenEnd: words.length }]);
  assert.deepEqual(lazy.matchAt(units, 0), eager.matchAt(units, 0));
  assert.deepEqual(lazy.matchAt(units, 1), eager.matchAt(units, 1));
  assert.deepEqual(lazy.matchAt(units, 0)?.values, ['b']);
  assert.deepEqual(lazy.dump(), eager.dump());
});

test('a stale index is detected and computed again; a broken one is refused with its path named', () => {
  const dir = tempDir('entente-index-');
  const path = join(dir, 'actors-index.json');
  const items = builtInItems().slice(0, 500);
  assert.equal(readIndex(items, indexHash(items), path), 'missing');
  const first = loadIndex(items, path);
  assert.equal(first.from, 'missing');
  assert.equal(loadIndex(items, path).from, 'file');
  // the data changed: a person gains an alias
  const p = items.find((it) => it.kind === 'person')!;
  const changed: IndexItem[] = [...items, { ...p, alias: 'Zyxwv Qrstu' }];
  assert.equal(readIndex(changed, indexHash(changed), path), 'stale');
  const again = loadIndex(changed, path);
  assert.equal(again.from, 'stale');
  assert.deepEqual(again.index, computeIndex(changed));
  assert.equal(loadIndex(changed, path).from, 'file', 'the file was rewritten');
  // a hand-edited file of the wrong shape
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { first: unknown[] };
  raw.first[0] = 'x';
  writeFileSync(path, JSON.stringify(raw));
  assert.throws(() => loadIndex(changed, path), (e: Error) => e.message.includes(path) && /first\.0/.test(e.message));
  writeFileSync(path, '{"format": 1, "hash": ');
  assert.throws(() => loadIndex(changed, path), (e: Error) => e.message.includes(path) && /not valid JSON/.test(e.message));
  // one that claims the right hash but does not fit the names
  const idx = computeIndex(changed);
  writeIndex({ ...idx, first: idx.first.slice(1) }, indexHash(changed), path);
  assert.throws(() => loadIndex(changed, path), /does not fit/);
});

test('toUnits gives each unit the norm normUnit gives its text, and splits at hyphens as before', () => {
  // toUnits reads each token's characters once (issue 16) instead of calling normUnit and the hyphen regex
  const words = ['Said', 'PARIS', 'x', '-', '\u2010', 'it`s', 'Erdoğan', 'São', 'O’Neill', 'anti-ISIL', 'al\u2011Qaeda', 'Jean\u2010Marc', '“Yes”', 'tab\there', '1,200', 'e'];
  const toks = words.map((w, k) => ({ text: w, start: k * 20, end: k * 20 + w.length, pos: 'NOUN', lemma: w, norm: w.toLowerCase() }) as unknown as Token);
  const units = toUnits(toks, [{ tokenStart: 0, tokenEnd: toks.length }]);
  for (const u of units) assert.equal(u.norm, normUnit(u.text), u.text);
  assert.deepEqual(units.map((u) => u.text), ['Said', 'PARIS', 'x', '-', '\u2010', 'it`s', 'Erdoğan', 'São', 'O’Neill', 'anti', '-', 'ISIL', 'al', '\u2011', 'Qaeda', 'Jean', '\u2010', 'Marc', '“Yes”', 'tab\there', '1,200', 'e']);
});

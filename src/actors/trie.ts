// A token trie for dictionary matching over Doc tokens. Built once at module load;
// matching walks match units (tokens split at hyphens) left to right, longest match first.
import type { Token } from '../types.js';
import { latinize } from '../text/latin.js';
import { inVocabulary } from '../text/wink.js';
import { tokenAt } from '../doc.js';
import { at, group } from '../at.js';

/** Lower-case, strip diacritics (and stand in for ł, ı, đ ...), straighten quotes: the key a unit is matched on. */
const ASCII = /^[\x20-\x7e]*$/;

export function normUnit(s: string): string {
  if (ASCII.test(s)) return (s.includes('`') ? s.replace(/`/g, "'") : s).toLowerCase();
  return latinize(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}

/** A match unit: a token, or a piece of a hyphenated token ("anti-ISIL" -> anti, -, ISIL). */
export interface Unit {
  start: number;
  end: number;
  text: string;
  norm: string;
  pos: string;
  /** Sentence index in doc.sentences. */
  sent: number;
  /** Token index in doc.tokens. */
  tok: number;
}

/** The unit at index i; a RangeError naming it when out of range. Its own function, not at(), so
 * the hot reads of the actors stage stay monomorphic. */
export function unitAt(units: readonly Unit[], i: number): Unit {
  const u = units[i];
  if (u === undefined) throw new RangeError(`unit index ${i} out of range (0..${units.length - 1})`);
  return u;
}

/** The norms of units [from, to) joined by spaces: a loop, not slice/map/join, so the hot callers
 * (findElements, typeName) keep one array map and compile smaller (issue 16: V8 deopt churn). */
export function unitNorms(units: readonly Unit[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += (k > from ? ' ' : '') + unitAt(units, k).norm;
  return s;
}

/** The texts of units [from, to) joined by `sep`; as unitNorms. */
export function unitTexts(units: readonly Unit[], from: number, to: number, sep: string): string {
  let s = '';
  for (let k = from; k < to; k++) s += (k > from ? sep : '') + unitAt(units, k).text;
  return s;
}

/** The unit at index i, or undefined past either end: a bounds check first, so optimised callers
 * never read out of bounds (a deopt each time V8 meets one; issue 16). */
export function unitOr(units: readonly Unit[], i: number): Unit | undefined {
  return i >= 0 && i < units.length ? units[i] : undefined;
}

const HYPHEN = /([-\u2010\u2011])/;

/** What toUnits does with a token's text: one unit whose norm is its lower case, one unit normUnit folds, or hyphenated parts. */
type TextKind = 'plain' | 'fold' | 'split';

/**
 * One pass over the characters instead of three (the hyphen regex, normUnit's ASCII regex and its
 * backtick search, for every token; issue 16). 'plain' is what normUnit lower-cases and nothing more:
 * printable ASCII without a backtick; 'split' is what HYPHEN finds in a text longer than one character.
 */
function textKind(s: string): TextKind {
  let kind: TextKind = 'plain';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c === 0x2d || c === 0x2010 || c === 0x2011) && s.length > 1) return 'split';
    if (c < 0x20 || c > 0x7e || c === 0x60) kind = 'fold';
  }
  return kind;
}

/** Split doc tokens into match units; only tokens inside sentences are kept. */
export function toUnits(tokens: readonly Token[], sentences: readonly { tokenStart: number; tokenEnd: number }[]): Unit[] {
  const units: Unit[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = tokenAt(tokens, t);
      // most tokens are one unit: no array of parts to build and walk
      const kind = textKind(tok.text);
      if (kind !== 'split') {
        // a plain text's key is its lower case, which the token's norm already is (Token.norm,
        // lowerCase(text)): the same string, not a copy per unit, so its hash, computed at the
        // first Map lookup here, is not computed again for each later stage's lookups (issue 16)
        const norm = kind === 'plain' ? tok.norm : normUnit(tok.text);
        units.push({ start: tok.start, end: tok.start + tok.text.length, text: tok.text, norm, pos: tok.pos, sent: si, tok: t });
        continue;
      }
      // textKind found a hyphen in a longer text: the split keeps it, so there are always several parts
      const parts = tok.text.split(HYPHEN).filter((p) => p !== '');
      let off = tok.start;
      for (const p of parts) {
        const pos = p === '-' ? 'PUNCT' : /^\p{Lu}/u.test(p) ? 'PROPN' : tok.pos;
        units.push({ start: off, end: off + p.length, text: p, norm: normUnit(p), pos, sent: si, tok: t });
        off += p.length;
      }
    }
  }
  return units;
}

/** Split an alias as written in a data file into the same units as toUnits gives. */
export function aliasUnits(alias: string): string[] {
  const out: string[] = [];
  for (const w of alias.trim().split(/\s+/)) {
    // possessive 's is its own token in wink
    const m = /^(.+?)(['\u2019]s)$/.exec(w);
    const base = m ? group(m, 1) : w;
    for (const p of base.split(HYPHEN)) if (p !== '') out.push(p);
    if (m) out.push(group(m, 2));
  }
  return out;
}

/** Case demands for one alias unit: 0 none, 1 initial capital, 2 all capitals (acronyms). */
type CaseRule = 0 | 1 | 2;

function caseRule(u: string): CaseRule {
  const letters = u.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 2;
  if (/^\p{Lu}/u.test(letters)) return 1;
  return 0;
}

function caseOk(rule: CaseRule, surface: string, caseless: boolean): boolean {
  if (rule === 0 || (caseless && rule === 1)) return true;
  const letters = surface.replace(/[^\p{L}]/gu, '');
  // "the eu suspended aid": in a sentence without capitals an acronym that is no English word stands ("us" is a word, no US)
  if (caseless && rule === 2 && letters === surface.toLowerCase() && !inVocabulary(letters)) return true;
  if (rule === 1) return /^\p{Lu}/u.test(letters);
  return letters === letters.toUpperCase();
}

interface Entry<T> {
  value: T;
  rules: CaseRule[];
}

/** The entries whose case rules the units from i on meet. Loops, not filter/every closures over
 * matchAt's arguments: those made V8 allocate a context on every call, once per unit (issue 16). */
function caseFits<T>(entries: readonly Entry<T>[], units: readonly Unit[], i: number, caseless: boolean): Entry<T>[] {
  const ok: Entry<T>[] = [];
  for (const e of entries) {
    let fits = true;
    for (let k = 0; k < e.rules.length && fits; k++) fits = caseOk(e.rules[k]!, unitAt(units, i + k).text, caseless);
    if (fits) ok.push(e);
  }
  return ok;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  entries: Entry<T>[] | null;
  /** At the root's children only: adds waiting for the branch to be built (next and entries empty till then). */
  pending: Pending<T>[] | null;
}

export interface TrieMatch<T> {
  /** Unit range [from, to). */
  from: number;
  to: number;
  values: T[];
}

/** An add kept aside until a match first starts with its first unit. */
interface Pending<T> {
  alias: string;
  value: T;
  caseSensitive: boolean;
}

/** The key an alias is filed under at the root: its first unit, normalised; null when it has no unit. */
export function firstKey(alias: string): string | null {
  const units = aliasUnits(alias);
  return units.length ? normUnit(at(units, 0)) : null;
}

/**
 * Adds are filed by their first unit and put into the trie only when a match first starts with
 * that unit (addLazy, or add to a first unit that still has lazy adds waiting): a dictionary of
 * tens of thousands of names costs a Map lookup each at load, and only the branches a text
 * touches are built. Within a branch the adds keep their order, so matches are those of a trie
 * built eagerly in the same order.
 */
export class TokenTrie<T> {
  // Waiting adds sit on their first unit's node, so a match finds its branch and whether it waits
  // with one lookup in the root's big map (two big maps cost two cache-missing lookups a unit).
  private root: Node<T> = { next: new Map(), entries: null, pending: null };
  size = 0;

  /** Add an alias. caseSensitive=false drops the capitalisation demands (for role words). */
  add(alias: string, value: T, caseSensitive = true): void {
    const units = aliasUnits(alias);
    if (units.length === 0) return;
    const waiting = this.root.next.get(normUnit(at(units, 0)))?.pending;
    if (waiting) {
      waiting.push({ alias, value, caseSensitive });
      this.size++;
      return;
    }
    this.insert(units, value, caseSensitive);
    this.size++;
  }

  /** Add an alias whose first key (firstKey(alias), given by the caller) is known; the trie branch is built on first use. */
  addLazy(first: string, alias: string, value: T, caseSensitive = true): void {
    const node = this.root.next.get(first);
    if (node?.pending) node.pending.push({ alias, value, caseSensitive });
    else if (node) {
      this.add(alias, value, caseSensitive);
      return;
    } else this.root.next.set(first, { next: new Map(), entries: null, pending: [{ alias, value, caseSensitive }] });
    this.size++;
  }

  /** Build every branch still waiting (for tests and for walking the whole trie). */
  buildAll(): void {
    for (const n of this.root.next.values()) this.flush(n);
  }

  /** Build the branch of a root child whose adds are waiting. */
  private flush(node: Node<T>): void {
    const waiting = node.pending;
    if (!waiting) return;
    node.pending = null;
    for (const p of waiting) this.insert(aliasUnits(p.alias), p.value, p.caseSensitive);
  }

  private insert(units: string[], value: T, caseSensitive: boolean): void {
    let node = this.root;
    for (const u of units) {
      const k = normUnit(u);
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map(), entries: null, pending: null };
        node.next.set(k, n);
      }
      node = n;
    }
    node.entries ??= [];
    node.entries.push({ value, rules: caseSensitive ? units.map(caseRule) : units.map(() => 0 as CaseRule) });
  }

  /** Every alias path with its entries' values and case rules, depth first in key order (to compare two tries). */
  dump(key: (value: T) => string = (v) => JSON.stringify(v)): string[] {
    this.buildAll();
    const out: string[] = [];
    const walk = (n: Node<T>, path: string[]): void => {
      if (n.entries) out.push(`${path.join(' ')}\t${n.entries.map((e) => `${key(e.value)}/${e.rules.join('')}`).join('|')}`);
      for (const k of [...n.next.keys()].sort()) walk(n.next.get(k)!, [...path, k]);
    };
    walk(this.root, []);
    return out;
  }

  /**
   * Longest match starting at unit i, not crossing a sentence boundary. `caseless`: the sentence has
   * no capitals at all, so an initial capital is not asked for (acronyms still are when they are words: "us" is no US; "eu" is the EU).
   */
  matchAt(units: readonly Unit[], i: number, caseless = false): TrieMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: TrieMatch<T> | null = null;
    const sent = units[i]?.sent;
    for (let j = i; j < units.length && unitAt(units, j).sent === sent; j++) {
      node = node.next.get(unitAt(units, j).norm);
      if (!node) break;
      if (node.pending) this.flush(node); // the first unit's branch, built on first use
      if (node.entries) {
        const ok = caseFits(node.entries, units, i, caseless);
        if (ok.length) best = { from: i, to: j + 1, values: ok.map((e) => e.value) };
      }
    }
    return best;
  }
}

// Administrative areas named by a suffix: "Metcalfe County", "Idlib province", "Donetsk Oblast".
// No gazetteer holds them all, so the name is read off the text: one to three capitalised words
// before a suffix word. The country and point come from a place the stage already found inside
// the name (the city "Idlib"), else the document's most-named country (no point).
import type { Doc, Place, Sentence } from '../types.js';
import { loadJson } from '../data.js';
import { isCapitalised } from './normalize.js';
import { overlapsAny, tok, tokenAt } from '../doc.js';
import { countyAt, type CountyRec } from './counties.js';
import { km } from './distance.js';
import { DEMONYMS } from './countries.js';
import { WORDS } from './words.js';
import { at } from '../at.js';

const words = loadJson<{ suffixes: string[]; prefixes: Record<string, 'city' | 'region'>; plainHeads: Record<string, 'city' | 'region'> }>('place', 'admin-words.json');
const SUFFIXES = new Set(words.suffixes);
const PREFIXES = new Map(Object.entries(words.prefixes));
const PLAIN_HEADS = new Map(Object.entries(words.plainHeads));
/** A name word: capitalised, or an Arabic article glued to one ("al-Shaab", "el-Arish"). */
const NAME_WORD = /^(\p{Lu}[\p{L}'-]*|(al|el|as|ad|an|ar|ash|at|az)-\p{Lu}[\p{L}'-]*)$/u;
export const MAX_NAME_WORDS = 3;

// Loops in helpers, not closures in the token loops: a closure over a loop's variables made V8
// allocate a context for every token of the story (issue 16: allocation churn).
/** The first place lying within [start, end). */
function placeWithin(places: readonly Place[], start: number, end: number): Place | undefined {
  for (const p of places) if (p.start >= start && p.end <= end) return p;
  return undefined;
}

/** `docAdmins`: the states and provinces the document names ("USA:KY"), to choose among same-named counties. */
export function adminAreas(doc: Doc, sentences: Sentence[], places: Place[], docAdmins: ReadonlySet<string> = new Set()): Place[] {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  // the most named country, the first named among ties (as a stable sort gave); a loop, no read past an empty array (issue 16)
  let main: string | null = null;
  let most = 0;
  for (const [c, n] of counts) {
    if (n > most) {
      main = c;
      most = n;
    }
  }
  const out: Place[] = [];
  for (const sent of sentences) {
    for (let k = sent.tokenStart + 1; k < sent.tokenEnd; k++) {
      if (!SUFFIXES.has(tok(doc, k).text)) continue;
      let first = k;
      while (first > sent.tokenStart && k - first < MAX_NAME_WORDS && /^\p{Lu}[\p{L}'-]*$/u.test(tok(doc, first - 1).text) && tok(doc, first).spaceBefore) first--;
      if (first === k) continue;
      // A US county, unless the name holds a region or country of elsewhere ("Nakuru County").
      const hit = countyAt(doc, first, k);
      const inside = hit && placeWithin(places, tok(doc, hit.first).start, tok(doc, k).end);
      if (hit && (!inside || inside.kind === 'city' || inside.country === 'USA')) {
        const county = pickCounty(hit.counties, places, docAdmins);
        const s0 = tok(doc, hit.first).start;
        const e0 = tok(doc, k).end;
        const text = doc.text.slice(s0, e0);
        out.push({ start: s0, end: e0, text, name: county?.name ?? text, kind: 'region', country: 'USA', lat: county?.lat ?? null, lon: county?.lon ?? null });
        continue;
      }
      // A lone sentence-initial word is too weak ("Police district"), unless it is a known place.
      const start = tok(doc, first).start;
      const end = tok(doc, k).end;
      const inner = placeWithin(places, start, end);
      if (!inner && first === sent.tokenStart && k - first === 1) continue;
      if (inner && inner.kind === 'region' && inner.end === end) continue; // already a hand region
      if (!isCapitalised(tok(doc, first).text)) continue;
      const text = doc.text.slice(start, end);
      out.push({
        start, end, text, name: text, kind: 'region',
        country: inner?.country ?? main, lat: inner?.lat ?? null, lon: inner?.lon ?? null,
      });
    }
  }
  const byHead = namedByHead(doc, sentences, places, main);
  // concat, not spread: arrays of either elements kind (an empty one too) keep this function optimised (issue 16)
  const before = namedBeforeHead(doc, sentences, places.concat(out, byHead), main);
  return out.concat(byHead, before);
}

/**
 * Among same-named US counties: one in a state the document names, else the only one, else the one
 * nearest the document's other US places (a local paper's places lie together); none without them.
 */
function pickCounty(cands: CountyRec[], places: Place[], docAdmins: ReadonlySet<string>): CountyRec | null {
  const named = cands.find((c) => docAdmins.has(`USA:${c.admin1}`));
  if (named) return named;
  if (cands.length === 1) return at(cands, 0);
  const local = places.filter((p) => p.country === 'USA' && p.kind !== 'country' && p.lat !== null && p.lon !== null);
  if (local.length === 0) return null;
  const lat = local.reduce((s, p) => s + p.lat!, 0) / local.length;
  const lon = local.reduce((s, p) => s + p.lon!, 0) / local.length;
  return cands.reduce((best, c) => (km(c.lat, c.lon, lat, lon) < km(best.lat, best.lon, lat, lon) ? c : best));
}

/**
 * The known place (with a point) that holds a name read off a head noun: one among the head's
 * modifiers ("the south Baghdad neighbourhood of", "Baghdad's southern district of"), else one
 * right after the name and its head ("Albuhrat neighborhood near Fallujah"). A town or
 * neighbourhood lies within reach of the place that holds it, so it takes that point; else none.
 */
function holder(doc: Doc, places: Place[], before: [number, number], after: number, end: number): Place | null {
  const tokens = doc.tokens;
  const pointed = (p: Place): boolean => p.lat !== null && p.lon !== null && p.kind !== 'country';
  const from = tokenAt(tokens, before[0]);
  // "Cairo's gated suburb of Madinaty": the possessor holds it
  const lo = /^['’]s$/.test(from.norm) ? from.start - 1 : from.start;
  const inside = places.find((p) => pointed(p) && p.end >= lo && p.start < from.end && p.end <= tokenAt(tokens, before[1]).end);
  if (inside) return inside;
  let k = after;
  if (k >= end || !WORDS.holderLinks.has(tokenAt(tokens, k).norm)) return null;
  k++;
  if (k < end && tokenAt(tokens, k).norm === 'the') k++;
  if (k >= end) return null;
  const at = tokenAt(tokens, k).start;
  return places.find((p) => pointed(p) && p.start === at) ?? null;
}

/**
 * Token index of the "the" or possessive opening the head at `k`, over at most three lower-case
 * modifiers or known places ("the southwestern town of", "the port city of", "the south Baghdad
 * neighbourhood of", "Baghdad's southern district of"); -1 when there is none.
 */
function opener(doc: Doc, k: number, lo: number, places: Place[]): number {
  const tokens = doc.tokens;
  let j = k - 1;
  for (let n = 0; n <= MAX_NAME_WORDS && j >= lo; n++, j--) {
    const t = tokenAt(tokens, j);
    if (t.norm === 'the' || /^['’]s$/.test(t.norm)) return j;
    const known = places.some((p) => p.start <= t.start && t.end <= p.end);
    if (!(known || /^[\p{Ll}-]+$/u.test(t.text) || PREFIXES.has(t.norm))) return -1;
  }
  return -1;
}

/** End token (exclusive) of a name of one to three name words starting at `first`, or `first` when there is none. */
function nameFrom(doc: Doc, first: number, end: number): number {
  const tokens = doc.tokens;
  let last = first;
  while (last < end && last - first < MAX_NAME_WORDS && NAME_WORD.test(tokenAt(tokens, last).text) && (last === first || tokenAt(tokens, last).spaceBefore)) {
    last++;
    // a hyphened name is one word: "Al-Bayaa", "Mazar-e-Sharif"
    while (last + 1 < end && tokenAt(tokens, last).text === '-' && !tokenAt(tokens, last).spaceBefore && !tokenAt(tokens, last + 1).spaceBefore && /^\p{L}/u.test(tokenAt(tokens, last + 1).text)) last += 2;
  }
  return last;
}

/**
 * "the town of Bakwa", "the village of Tamthil", "the towns of Tel Hamis and Tel Birak": one to
 * three name words after "<head> of" that no gazetteer holds; a plural head takes a second name after "and".
 */
function namedByHead(doc: Doc, sentences: Sentence[], places: Place[], main: string | null): Place[] {
  const out: Place[] = [];
  const tokens = doc.tokens;
  for (const sent of sentences) {
    for (let k = sent.tokenStart + 1; k + 2 < sent.tokenEnd; k++) {
      if (tokenAt(tokens, k + 1).norm !== 'of') continue;
      const head = tokenAt(tokens, k).norm;
      const plural = !PREFIXES.has(head) && head.endsWith('s') ? head.slice(0, -1) : null;
      const kind = PREFIXES.get(plural ?? head);
      if (!kind) continue;
      const open = opener(doc, k, sent.tokenStart, places);
      if (open < 0) continue;
      let first = k + 2;
      for (let n = 0; n < (plural ? 2 : 1); n++) {
        const last = nameFrom(doc, first, sent.tokenEnd);
        if (last === first) break;
        const start = tokenAt(tokens, first).start;
        const end = tokenAt(tokens, last - 1).end;
        if (!overlapsAny(places, start, end)) { // else the gazetteer knows it
          const text = doc.text.slice(start, end);
          const h = holder(doc, places, [open, k], last, sent.tokenEnd);
          out.push({ start, end, text, name: text, kind, country: h?.country ?? main, lat: h?.lat ?? null, lon: h?.lon ?? null });
        }
        if (last + 1 >= sent.tokenEnd || tokenAt(tokens, last).norm !== 'and') break;
        first = last + 1;
      }
    }
  }
  return out;
}

/**
 * "in Lamitan town", "the Albuhrat neighborhood", "in Rawiya village": one to three name words
 * before a lower-case head noun (admin-words.json plainHeads) that no gazetteer holds. Not at the
 * start of a sentence, where a capital says nothing.
 */
function namedBeforeHead(doc: Doc, sentences: Sentence[], places: Place[], main: string | null): Place[] {
  const out: Place[] = [];
  const tokens = doc.tokens;
  for (const sent of sentences) {
    for (let k = sent.tokenStart + 2; k < sent.tokenEnd; k++) {
      const kind = PLAIN_HEADS.get(tokenAt(tokens, k).text);
      if (!kind) continue;
      let first = k;
      while (first > sent.tokenStart + 1 && k - first < MAX_NAME_WORDS && NAME_WORD.test(tokenAt(tokens, first - 1).text) && tokenAt(tokens, first).spaceBefore) first--;
      // "The town", "a Georgian town": a determiner or a demonym is no name
      while (first < k && (WORDS.notFirstNames.has(tokenAt(tokens, first).norm) || DEMONYMS.has(tokenAt(tokens, first).norm))) first++;
      if (first === k) continue;
      const start = tokenAt(tokens, first).start;
      const end = tokenAt(tokens, k - 1).end;
      if (overlapsAny(places, start, end)) continue; // a known place, or already read
      const text = doc.text.slice(start, end);
      const h = holder(doc, places, [first, first - 1], k + 1, sent.tokenEnd);
      out.push({ start, end, text, name: text, kind, country: h?.country ?? main, lat: h?.lat ?? null, lon: h?.lon ?? null });
    }
  }
  return out;
}

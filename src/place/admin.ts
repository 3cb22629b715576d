// Administrative areas named by a suffix: "Metcalfe County", "Idlib province", "Donetsk Oblast".
// No gazetteer holds them all, so the name is read off the text: one to three capitalised words
// before a suffix word. The country and point come from a place the stage already found inside
// the name (the city "Idlib"), else the document's most-named country (no point).
import type { Doc, Place, Sentence } from '../types.js';
import { loadJson } from '../data.js';
import { isCapitalised } from './normalize.js';

const SUFFIXES = new Set(loadJson<{ suffixes: string[] }>('place', 'admin-words.json').suffixes);
const MAX_NAME_WORDS = 3;

export function adminAreas(doc: Doc, sentences: Sentence[], places: Place[]): Place[] {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const out: Place[] = [];
  for (const sent of sentences) {
    for (let k = sent.tokenStart + 1; k < sent.tokenEnd; k++) {
      if (!SUFFIXES.has(doc.tokens[k]!.text)) continue;
      let first = k;
      while (first > sent.tokenStart && k - first < MAX_NAME_WORDS && /^\p{Lu}[\p{L}'-]*$/u.test(doc.tokens[first - 1]!.text) && doc.tokens[first]!.spaceBefore) first--;
      if (first === k) continue;
      // A lone sentence-initial word is too weak ("Police district"), unless it is a known place.
      const start = doc.tokens[first]!.start;
      const end = doc.tokens[k]!.end;
      const inner = places.find((p) => p.start >= start && p.end <= end);
      if (!inner && first === sent.tokenStart && k - first === 1) continue;
      if (inner && inner.kind === 'region' && inner.end === end) continue; // already a hand region
      if (!isCapitalised(doc.tokens[first]!.text)) continue;
      const text = doc.text.slice(start, end);
      out.push({
        start, end, text, name: text, kind: 'region',
        country: inner?.country ?? main, lat: inner?.lat ?? null, lon: inner?.lon ?? null,
      });
    }
  }
  return out;
}

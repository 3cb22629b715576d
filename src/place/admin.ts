// Administrative areas named by a suffix: "Metcalfe County", "Idlib province", "Donetsk Oblast".
// No gazetteer holds them all, so the name is read off the text: one to three capitalised words
// before a suffix word. The country and point come from a place the stage already found inside
// the name (the city "Idlib"), else the document's most-named country (no point).
import type { Doc, Place, Sentence } from '../types.js';
import { loadJson } from '../data.js';
import { isCapitalised } from './normalize.js';
import { tok, tokenAt } from '../doc.js';

const words = loadJson<{ suffixes: string[]; prefixes: Record<string, 'city' | 'region'> }>('place', 'admin-words.json');
const SUFFIXES = new Set(words.suffixes);
const PREFIXES = new Map(Object.entries(words.prefixes));
const MAX_NAME_WORDS = 3;

export function adminAreas(doc: Doc, sentences: Sentence[], places: Place[]): Place[] {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const out: Place[] = [];
  for (const sent of sentences) {
    for (let k = sent.tokenStart + 1; k < sent.tokenEnd; k++) {
      if (!SUFFIXES.has(tok(doc, k).text)) continue;
      let first = k;
      while (first > sent.tokenStart && k - first < MAX_NAME_WORDS && /^\p{Lu}[\p{L}'-]*$/u.test(tok(doc, first - 1).text) && tok(doc, first).spaceBefore) first--;
      if (first === k) continue;
      // A lone sentence-initial word is too weak ("Police district"), unless it is a known place.
      const start = tok(doc, first).start;
      const end = tok(doc, k).end;
      const inner = places.find((p) => p.start >= start && p.end <= end);
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
  return [...out, ...namedByHead(doc, sentences, places, main)];
}

/** "the town of Bakwa", "the village of Tamthil": one to three capitalised words after "<head> of" that no gazetteer holds. */
function namedByHead(doc: Doc, sentences: Sentence[], places: Place[], main: string | null): Place[] {
  const out: Place[] = [];
  const tokens = doc.tokens;
  for (const sent of sentences) {
    for (let k = sent.tokenStart + 1; k + 2 < sent.tokenEnd; k++) {
      if (tokenAt(tokens, k + 1).norm !== 'of' || tokenAt(tokens, k - 1).norm !== 'the') continue;
      const kind = PREFIXES.get(tokenAt(tokens, k).norm);
      if (!kind) continue;
      let last = k + 2;
      while (last < sent.tokenEnd && last - (k + 2) < MAX_NAME_WORDS && /^\p{Lu}[\p{L}'-]*$/u.test(tokenAt(tokens, last).text) && (last === k + 2 || tokenAt(tokens, last).spaceBefore)) last++;
      if (last === k + 2) continue;
      const start = tokenAt(tokens, k + 2).start;
      const end = tokenAt(tokens, last - 1).end;
      if (places.some((p) => p.start < end && start < p.end)) continue; // the gazetteer knows it
      const text = doc.text.slice(start, end);
      out.push({ start, end, text, name: text, kind, country: main, lat: null, lon: null });
    }
  }
  return out;
}

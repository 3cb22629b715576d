// Places read off a neighbouring word rather than the gazetteer: a compass word narrowing a
// country or region ("southern Belgium": the span grows, the point stays), and a demonym before
// a border word ("the Syrian border": a region of Syria, with no point). Words: data/place/qualifiers.json.
import type { Doc, Place, Sentence } from '../types.js';
import { loadJson } from '../data.js';
import { firstTokenAtOrAfter, overlapsAny, tok } from '../doc.js';
import { DEMONYM_COUNTRY } from './countries.js';

const words = loadJson<{ compass: string[]; borderWords: string[] }>('place', 'qualifiers.json');
const COMPASS = new Set(words.compass);
const BORDER = new Set(words.borderWords);

/** Widens country/region/feature spans over a lower-case compass word right before them. */
export function withCompass(doc: Doc, places: Place[]): Place[] {
  return places.map((p) => {
    if (p.kind === 'city') return p;
    const k = firstTokenAtOrAfter(doc, p.start) - 1;
    const t = doc.tokens[k];
    const first = doc.tokens[k + 1];
    if (!t || !first || first.start !== p.start || !first.spaceBefore || !COMPASS.has(t.text)) return p;
    return { ...p, start: t.start, text: doc.text.slice(t.start, p.end) };
  });
}

/** "the Syrian border", "Turkish airspace": demonym + border word, not already inside a place. */
export function borderPlaces(doc: Doc, sentences: Sentence[], places: Place[]): Place[] {
  const out: Place[] = [];
  for (const s of sentences) {
    for (let k = s.tokenStart; k + 1 < s.tokenEnd; k++) {
      const d = tok(doc, k);
      const next = tok(doc, k + 1);
      if (!BORDER.has(next.norm) || !/^\p{Lu}/u.test(d.text)) continue;
      const country = DEMONYM_COUNTRY.get(d.norm);
      if (!country || overlapsAny(places, d.start, next.end)) continue;
      const text = doc.text.slice(d.start, next.end);
      out.push({ start: d.start, end: next.end, text, name: text, kind: 'region', country, lat: null, lon: null });
    }
  }
  return out;
}

// Administrative areas named by a suffix: "Metcalfe County", "Idlib province", "Donetsk Oblast".
// No gazetteer holds them all, so the name is read off the text: one to three capitalised words
// before a suffix word. The country and point come from a place the stage already found inside
// the name (the city "Idlib"), else the document's most-named country (no point).
import type { Doc, Place, Sentence } from '../types.js';
import { loadJson } from '../data.js';
import { isCapitalised } from './normalize.js';
import { tok, tokenAt } from '../doc.js';
import { countyAt, type CountyRec } from './counties.js';
import { km } from './distance.js';

const words = loadJson<{ suffixes: string[]; prefixes: Record<string, 'city' | 'region'> }>('place', 'admin-words.json');
const SUFFIXES = new Set(words.suffixes);
const PREFIXES = new Map(Object.entries(words.prefixes));
export const MAX_NAME_WORDS = 3;

/** `docAdmins`: the states and provinces the document names ("USA:KY"), to choose among same-named counties. */
export function adminAreas(doc: Doc, sentences: Sentence[], places: Place[], docAdmins: ReadonlySet<string> = new Set()): Place[] {
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
      // A US county, unless the name holds a region or country of elsewhere ("Nakuru County").
      const hit = countyAt(doc, first, k);
      const inside = hit && places.find((p) => p.start >= tok(doc, hit.first).start && p.end <= tok(doc, k).end);
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

/**
 * Among same-named US counties: one in a state the document names, else the only one, else the one
 * nearest the document's other US places (a local paper's places lie together); none without them.
 */
function pickCounty(cands: CountyRec[], places: Place[], docAdmins: ReadonlySet<string>): CountyRec | null {
  const named = cands.find((c) => docAdmins.has(`USA:${c.admin1}`));
  if (named) return named;
  if (cands.length === 1) return cands[0]!;
  const local = places.filter((p) => p.country === 'USA' && p.kind !== 'country' && p.lat !== null && p.lon !== null);
  if (local.length === 0) return null;
  const lat = local.reduce((s, p) => s + p.lat!, 0) / local.length;
  const lon = local.reduce((s, p) => s + p.lon!, 0) / local.length;
  return cands.reduce((best, c) => (km(c.lat, c.lon, lat, lon) < km(best.lat, best.lon, lat, lon) ? c : best));
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

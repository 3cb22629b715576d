// Place stage: countries, cities, regions and features named in title, subtitle and body
// sentences, resolved to a country code and coordinates. Matching and data live in
// match.ts / gazetteer.ts / cities.ts; this file applies the context rules that need
// the whole document (countries it names, org names, stoplist, and the person names the actors
// stage found: its mentions and its capitalised name pairs).
import { READ_ZONES, type Doc, type Place, type Sentence, type Token } from '../types.js';
import { adminAreas, MAX_NAME_WORDS } from './admin.js';
import { mainCity } from './city-table.js';
import { cohere, type Ambiguous } from './coherence.js';
import { countyMentions } from './counties.js';
import { borderPlaces, withCompass } from './qualify.js';
import { DEMONYM_COUNTRY, DEMONYMS, stateOfIso2 } from './countries.js';
import { HAND, ORG_FOLLOW_WORDS, ORG_OF_WORDS, STOP_MID_SENTENCE, STOP_NEVER } from './gazetteer.js';
import type { RawMatch } from './match.js';
import { findMatches } from './match.js';
import { isCapitalised, normKey } from './normalize.js';
import type { Reading } from './resolve.js';
import { adminKey, cityReading, handReadings, pickCity, pickReading } from './resolve.js';
import { WORDS } from './words.js';
import { tok } from '../doc.js';
import { at } from '../at.js';
import { firstCovering } from '../span-index.js';

// Words before a capitalised word that do not make it a surname ("Northern Aleppo", "Greater London").
const NOT_FIRST_NAMES = WORDS.notFirstNames;
const SURNAME_MAX_POP = 200_000;
const FIRST_NAME_MAX_POP = 1_000_000;
const LOOSE_MIN_POP = 100_000;

/**
 * The countries the story names, with those whose people it names ("Lebanese", "Syrian"): the
 * context in which a city name with namesakes is read ("Tripoli" beside "the north Lebanese port").
 */
function withPeoples(doc: Doc, countries: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set(countries);
  for (const sent of doc.sentences) {
    if (!READ_ZONES.has(sent.zone)) continue;
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
      const code = DEMONYM_COUNTRY.get(tok(doc, i).norm);
      if (code) out.add(code);
    }
  }
  return out;
}

export function placeStage(doc: Doc): Doc {
  const found: Array<{ m: RawMatch; sent: Sentence }> = [];
  for (const sent of doc.sentences) {
    if (!READ_ZONES.has(sent.zone)) continue;
    for (const m of findMatches(doc.tokens, sent.tokenStart, sent.tokenEnd, doc.text)) found.push({ m, sent });
  }
  // Pass 1: hand readings (countries, features, aliases). Unambiguous ones give the countries
  // the document is about; those then choose among ambiguous ones ("Georgia").
  const readings = found.map(({ m }) => handReadings(m.hand));
  const docCountries = new Set<string>();
  readings.forEach((r, k) => {
    if (r === 'org') return;
    // A city whose namesakes all lie in one country counts too ("Atlanta, Georgia").
    const countries = new Set(r.length > 0 ? r.map((x) => x.country) : at(found, k).m.cities.map((c) => stateOfIso2(c.cc2) ?? null));
    const only = [...countries][0];
    if (countries.size === 1 && only) docCountries.add(only);
  });
  const hand = readings.map((r) => (r === 'org' ? r : pickReading(r, docCountries)));
  const docAdmins = new Set<string>();
  for (const r of hand) if (r && r !== 'org' && r.admin1 && r.country) docAdmins.add(adminKey(r.country, r.admin1));
  // A city name with a single namesake gives its state or province too ("Gainesville" in a Texas paper naming Denton).
  found.forEach(({ m }, k) => {
    const only = m.cities[0];
    if (at(readings, k).length === 0 && m.cities.length === 1 && only && only.admin1) docAdmins.add(adminKey(stateOfIso2(only.cc2) ?? '', only.admin1));
  });
  const context = withPeoples(doc, docCountries);
  const { surnames, givenNames } = nameEvidence(doc);
  // Pass 2: cities, then the org-context filter for every reading.
  const places: Place[] = [];
  const ambiguous: Ambiguous[] = [];
  found.forEach(({ m, sent }, k) => {
    let r = hand[k];
    let alts: RawMatch['cities'] | null = null;
    if (r === 'org') return;
    const start = tok(doc, m.first).start;
    const end = tok(doc, m.last - 1).end;
    const text = doc.text.slice(start, end);
    if (!r) {
      if (m.cities.length === 0 || !cityAllowed(doc.tokens, m, sent, normKey(text))) return;
      const named = namedAfter(doc.tokens, found, hand, k);
      const c = pickCity(m.cities, context, named, docAdmins);
      if (!c) return;
      // No stronger rule chose among namesakes: the story's other places may (coherence.ts).
      const chosen = named?.country || m.cities.some((x) => docAdmins.has(adminKey(stateOfIso2(x.cc2) ?? '', x.admin1)));
      if (m.cities.length > 1 && !chosen) alts = m.cities;
      // Whether the name is a place at all is judged on the sizeable cities that bear it, not on a
      // small namesake the context chose.
      const s = pickCity(m.cities.filter(mainCity), context, named, docAdmins) ?? c;
      const lone = !s.capital && m.last - m.first === 1;
      // A lone city name inside a person's name: "Vladimir Putin", "Francois Hollande". The actors
      // stage's person mentions say so first; its capitalised name pairs give the rest.
      if (lone && s.population < FIRST_NAME_MAX_POP && inPerson(doc, start, end)) return;
      if (lone && ((s.population < SURNAME_MAX_POP && surnames.has(text)) || (s.population < FIRST_NAME_MAX_POP && givenNames.has(m.first)))) return;
      // Folded diacritics ("God" for Göd; provincial seats such as Tikrīt pass) or all capitals ("GREEN"): only for sizeable cities.
      const loose = text.toLowerCase() !== s.name.toLowerCase();
      if (loose && !s.capital && !s.seat && s.population < LOOSE_MIN_POP) return;
      if (text.length > 3 && text === text.toUpperCase() && !s.capital && s.population < LOOSE_MIN_POP) return;
      r = cityReading(c);
    }
    if (insideOrg(doc.tokens, m)) return;
    const { admin1: _state, ...reading } = r;
    if (alts) ambiguous.push({ place: places.length, cities: alts });
    places.push({ start, end, text, ...reading });
  });
  // Admin areas ("Monroe County") replace any place found inside their name.
  const read = doc.sentences.filter((x) => READ_ZONES.has(x.zone));
  const coherent = ambiguous.length > 0 ? cohere(places, ambiguous, countyMentions(doc, read, MAX_NAME_WORDS)) : places;
  const admin = adminAreas(doc, read, coherent, docAdmins);
  const kept = coherent.filter((p) => !admin.some((a) => a.start <= p.start && p.end <= a.end));
  const all = withCompass(doc, [...kept, ...admin]);
  doc.places = [...all, ...borderPlaces(doc, read, all)].sort((a, b) => a.start - b.start);
  return doc;
}

/** Inside a person's name the actors stage found (a PER mention). */
const personMentions = new WeakMap<Doc['mentions'], Doc['mentions']>();
function inPerson(doc: Doc, start: number, end: number): boolean {
  // the PER mentions kept once per document, then a binary search: a scan per city name made long pages quadratic
  let people = personMentions.get(doc.mentions);
  if (!people) personMentions.set(doc.mentions, (people = doc.mentions.filter((x) => x.type === 'PER')));
  return firstCovering(people, start, end) !== undefined;
}

/** The stoplist: common-word city names never, or only mid-sentence and standing alone. */
function cityAllowed(tokens: Token[], m: RawMatch, sent: Sentence, key: string): boolean {
  if (STOP_NEVER.has(key)) return false;
  if (!STOP_MID_SENTENCE.has(key)) return true;
  if (sent.zone !== 'body' || m.first === sent.tokenStart) return false;
  const prev = tokens[m.first - 1];
  const next = tokens[m.last];
  if (prev && /^["“‘'(]$/.test(prev.text) && m.first - 1 === sent.tokenStart) return false;
  if (prev && isCapitalised(prev.text) && /\p{L}/u.test(prev.text)) return false;
  if (next && m.last < sent.tokenEnd && isCapitalised(next.text) && /\p{L}/u.test(next.text)) return false;
  return true;
}

/** "Paris, Texas": the country of a hand-resolved place right after a comma. */
function namedAfter(tokens: Token[], found: Array<{ m: RawMatch }>, hand: Array<Reading | 'org' | null>, k: number): Reading | null {
  const m = at(found, k).m;
  const next = found[k + 1];
  const r = hand[k + 1];
  if (!next || tokens[m.last]?.text !== ',' || next.m.first !== m.last + 1 || !r || r === 'org') return null;
  return r;
}

/** "Washington Post", "Bank of England": a place that starts or ends an org name. */
function insideOrg(tokens: Token[], m: RawMatch): boolean {
  const next = tokens[m.last];
  if (next && next.spaceBefore && ORG_FOLLOW_WORDS.has(next.text)) return true;
  const of = tokens[m.first - 1];
  const head = tokens[m.first - 2];
  return of?.norm === 'of' && head !== undefined && ORG_OF_WORDS.has(head.text);
}

/**
 * The actors stage's name pairs, read with the gazetteer: the second word of a pair whose first
 * reads as a given name and is no place word is a likely surname anywhere in the document
 * ("Francois Hollande"); a word followed by a non-place word of a pair is a likely given name.
 */
function nameEvidence(doc: Doc): { surnames: Set<string>; givenNames: Set<number> } {
  const surnames = new Set<string>();
  const givenNames = new Set<number>();
  for (const p of doc.namePairs ?? []) {
    const first = tok(doc, p.token);
    const second = tok(doc, p.token + 1);
    if (p.given && !NOT_FIRST_NAMES.has(first.norm) && !DEMONYMS.has(first.norm) && !HAND.has(first.norm)) surnames.add(second.text);
    if (!HAND.has(second.norm)) givenNames.add(p.token);
  }
  return { surnames, givenNames };
}

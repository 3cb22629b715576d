// Scores the place stage on four geoparsing corpora (read from the shared folder at run time,
// never copied): TR-News (international news), GeoWebNews (web news, fine-grained taxonomy),
// GeoVirus (Wikinews outbreak stories) and LGL (small US local papers). Per corpus: toponym
// precision/recall/F1 by span overlap; for matched toponyms with gold coordinates, Acc@161km and
// the median error (a place given no point counts as the worst error, 20,038 km); country accuracy
// against the gold country (TR-News, LGL) or the country the gold point lies in (GWN, GeoVirus).
// Demonyms ("Turkish") are tagged by some corpora and deliberately not by the stage; recall
// without them is reported too. `eventLocation` scores the event's own place (eval/event-location.ts).
import { COUNTRY_LIST } from '../src/countries/table.js';
import { readFileSync } from 'node:fs';
import { bodyDoc } from '../src/doc.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { textStage } from '../src/text/tokenize.js';
import { placeStage } from '../src/place/index.js';
import { namePairs } from '../src/actors/name-pairs.js';
import { countryOfPoint } from './country-of-point.js';
import { scoreEventLocation } from './event-location.js';
import { scoreByHalves } from './split.js';

export interface PlaceScore {
  precision: number;
  recall: number;
  f1: number;
  /** Recall over gold toponyms that are not demonyms. */
  recallNoDemonyms: number;
  /** Matched toponyms with a gold country whose predicted country agrees. */
  countryAccuracy: number;
  /** Matched toponyms with gold coordinates predicted within 161 km. */
  acc161: number;
  /** The same, leaving out places the stage read as countries (a country's point is arbitrary). */
  acc161NotCountries: number;
  /** Median distance in km over matched toponyms with gold coordinates (lower is better; never floored). */
  medianKm: number;
  n_gold: number;
  n_system: number;
  n_matched: number;
  n_articles: number;
  msPerArticle: number;
}

interface GoldToponym { start: number; end: number; phrase: string; lat: number | null; lon: number | null; country: string | null }
/** `id`: the set's own document id (docid, file number or source URL), keying the dev/test split. */
interface GoldArticle { id: string; text: string; toponyms: GoldToponym[] }

/** The article's id: its docid or file attribute, else its source or link, else its text. */
function articleId(art: string, text: string): string {
  return /<article\b[^>]*\b(?:docid|file)="([^"]*)"/.exec(art)?.[1] ?? (tag(art, 'source') ?? tag(art, 'link'))?.trim() ?? text;
}

const tag = (s: string, name: string): string | null => new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(s)?.[1] ?? null;
const num = (s: string | null): number | null => (s === null || s.trim() === '' ? null : Number(s));
const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const articleText = (art: string): string => {
  const cdata = /<text><!\[CDATA\[([\s\S]*?)\]\]>\s*<\/text>/.exec(art)?.[1];
  return cdata ?? unescape(tag(art, 'text') ?? '');
};

/** TR-News and LGL: `<toponym>` with phrase, start, end and an optional `<gaztag>` (lat, lon, country name). */
function readGaztag(xml: string, names: Map<string, string>): GoldArticle[] {
  const out: GoldArticle[] = [];
  for (const a of xml.matchAll(/<article\b[\s\S]*?<\/article>/g)) {
    const art = a[0];
    const toponyms: GoldToponym[] = [];
    for (const t of art.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const body = t[1]!;
      const cname = tag(body, 'country')?.trim().toLowerCase();
      toponyms.push({
        start: Number(tag(body, 'start')), end: Number(tag(body, 'end')), phrase: tag(body, 'phrase') ?? '',
        lat: num(tag(body, 'lat')), lon: num(tag(body, 'lon')), country: cname ? names.get(cname) ?? null : null,
      });
    }
    out.push({ id: articleId(art, articleText(art)), text: articleText(art), toponyms });
  }
  return out;
}

// GeoWebNews types that are toponyms (literal or associative uses); left out: expressions around
// a toponym ("residents"), non-toponyms and homonyms (a street or person named after a place),
// languages. Demonyms are kept as gold, like TR-News does, and reported apart.
const GWN_TOPONYM = new Set(['Literal', 'Mixed', 'Literal_Modifier', 'Embedded_Literal', 'Coercion', 'Metonymic', 'Non_Literal_Modifier', 'Embedded_Non_Lit', 'Demonym']);

function readGwn(xml: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  for (const a of xml.matchAll(/<article\b[\s\S]*?<\/article>/g)) {
    const art = a[0];
    const toponyms: GoldToponym[] = [];
    for (const t of art.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const body = t[1]!;
      if (!GWN_TOPONYM.has(tag(body, 'type') ?? '')) continue;
      const lat = num(tag(body, 'latitude'));
      const lon = num(tag(body, 'longitude'));
      toponyms.push({
        start: Number(tag(body, 'start')), end: Number(tag(body, 'end')), phrase: unescape(tag(body, 'extractedName') ?? ''),
        lat, lon, country: lat !== null && lon !== null ? countryOfPoint(lat, lon) : null,
      });
    }
    out.push({ id: articleId(art, articleText(art)), text: articleText(art), toponyms });
  }
  return out;
}

function readGeoVirus(xml: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  for (const a of xml.matchAll(/<article\b[\s\S]*?<\/article>/g)) {
    const art = a[0];
    const toponyms: GoldToponym[] = [];
    for (const t of art.matchAll(/<location>([\s\S]*?)<\/location>/g)) {
      const body = t[1]!;
      const lat = num(tag(body, 'lat'));
      const lon = num(tag(body, 'lon'));
      toponyms.push({
        start: Number(tag(body, 'start')), end: Number(tag(body, 'end')), phrase: unescape(tag(body, 'name') ?? ''),
        lat, lon, country: lat !== null && lon !== null ? countryOfPoint(lat, lon) : null,
      });
    }
    out.push({ id: articleId(art, articleText(art)), text: articleText(art), toponyms });
  }
  return out;
}

export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(Math.min(1, a)));
}

/** Gold country names (GeoNames English names) to state codes, via the country table's names and spellings. */
function countryNames(): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of COUNTRY_LIST) for (const n of [c.name, c.official, ...c.altSpellings]) map.set(n.toLowerCase(), c.code);
  for (const [n, c] of [['turkey', 'TUR'], ['russia', 'RUS'], ['syria', 'SYR'], ['iran', 'IRN'], ['palestine', 'PSE'], ['kosovo', 'KOS']] as const) map.set(n, c);
  return map;
}

export const CORPORA = ['tr-news', 'geowebnews', 'geovirus', 'lgl'] as const;
export type Corpus = (typeof CORPORA)[number];

export function readCorpus(sharedDir: string, corpus: Corpus): GoldArticle[] {
  const file = (p: string): string => readFileSync(join(sharedDir, 'eval', corpus, p), 'utf8');
  switch (corpus) {
    case 'tr-news': return readGaztag(file('TR-News.xml'), countryNames());
    case 'lgl': return readGaztag(file('lgl.xml'), countryNames());
    case 'geowebnews': return readGwn(file('GWN.xml'));
    case 'geovirus': return readGeoVirus(file('GeoVirus.xml'));
  }
}

const WORST_KM = 20_038;

/** The whole set's scores under plain keys, and each half's under `dev.` / `test.` (split by article id). */
export function scoreCorpus(sharedDir: string, corpus: Corpus): Record<string, number> {
  const articles = readCorpus(sharedDir, corpus);
  return scoreByHalves(articles, (a) => a.id, (subset) => ({ ...scoreArticles(subset) }));
}

export function scoreArticles(articles: readonly GoldArticle[]): PlaceScore {
  const require = createRequire(import.meta.url);
  const demonyms = new Set<string>();
  for (const c of require('world-countries') as Array<{ demonyms?: { eng?: { m: string; f: string } } }>) {
    if (c.demonyms?.eng) demonyms.add(c.demonyms.eng.m.toLowerCase()).add(c.demonyms.eng.f.toLowerCase());
  }
  let gold = 0, system = 0, sysMatched = 0, goldMatched = 0, nonDem = 0, nonDemMatched = 0;
  let countryN = 0, countryOk = 0, geoOk = 0, subN = 0, subOk = 0, ms = 0;
  const errors: number[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  for (const { text, toponyms } of articles) {
    // The place stage on its own, given the actors stage's name pairs it reads but not its person
    // mentions (with the whole actors stage, precision rises and recall falls a little).
    const doc = textStage(bodyDoc(text, null));
    doc.namePairs = namePairs(doc);
    const t0 = performance.now();
    placeStage(doc);
    ms += performance.now() - t0;
    gold += toponyms.length;
    system += doc.places.length;
    for (const p of doc.places) if (toponyms.some((g) => overlaps(p, g))) sysMatched++;
    for (const g of toponyms) {
      const isDemonym = demonyms.has(g.phrase.toLowerCase().replace(/s$/, '')) || demonyms.has(g.phrase.toLowerCase());
      if (!isDemonym) nonDem++;
      const p = doc.places.find((q) => overlaps(q, g));
      if (!p) continue;
      goldMatched++;
      if (!isDemonym) nonDemMatched++;
      if (g.country) { countryN++; if (p.country === g.country) countryOk++; }
      if (g.lat === null || g.lon === null) continue;
      const err = p.lat !== null && p.lon !== null ? km(g.lat, g.lon, p.lat, p.lon) : WORST_KM;
      errors.push(err);
      if (err <= 161) geoOk++;
      if (p.kind !== 'country') { subN++; if (err <= 161) subOk++; }
    }
  }
  errors.sort((a, b) => a - b);
  const median = errors.length === 0 ? 0 : errors.length % 2 ? errors[(errors.length - 1) / 2]! : (errors[errors.length / 2 - 1]! + errors[errors.length / 2]!) / 2;
  const precision = system ? sysMatched / system : 0;
  const recall = gold ? goldMatched / gold : 0;
  return {
    precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    recallNoDemonyms: nonDem ? nonDemMatched / nonDem : 0,
    countryAccuracy: countryN ? countryOk / countryN : 0, acc161: errors.length ? geoOk / errors.length : 0,
    acc161NotCountries: subN ? subOk / subN : 0, medianKm: Math.round(median * 10) / 10,
    n_gold: gold, n_system: system, n_matched: goldMatched, n_articles: articles.length, msPerArticle: ms / Math.max(1, articles.length),
  };
}

/** All four corpora and the event-location set, one nested record each ("tr-news.f1", "eventLocation.f1"). */
export function scorePlaces(sharedDir: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const c of CORPORA) out[c] = { ...scoreCorpus(sharedDir, c) };
  out.eventLocation = { ...scoreEventLocation(sharedDir) };
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv[3] as Corpus | 'event-location' | undefined;
  const shared = process.argv[2] ?? '/work/shared';
  if (only === 'event-location') console.log(JSON.stringify(scoreEventLocation(shared), null, 2));
  else if (only) console.log(JSON.stringify(scoreCorpus(shared, only), null, 2));
  else console.log(JSON.stringify(scorePlaces(shared), null, 2));
}

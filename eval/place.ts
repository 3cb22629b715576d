// Scores the place stage on TR-News (international news, GeoNames-resolved toponyms; LGL on request):
// toponym precision/recall/F1 by span overlap, and for matched toponyms with a gold
// resolution, country agreement and Acc@161km. The gold is read from the shared folder at
// run time and never copied into the repo. TR-News also tags demonyms ("Turkish") as
// toponyms, which the stage deliberately does not; recall without them is reported too.
import { readFileSync } from 'node:fs';
import { bodyDoc } from '../src/doc.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { textStage } from '../src/text/tokenize.js';
import { placeStage } from '../src/place/index.js';

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
  gold: number;
  system: number;
  matched: number;
  articles: number;
  msPerArticle: number;
}

interface GoldToponym { start: number; end: number; phrase: string; lat: number | null; lon: number | null; country: string | null }

const tag = (s: string, name: string): string | null => new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(s)?.[1] ?? null;

function readArticles(xml: string): Array<{ text: string; toponyms: GoldToponym[] }> {
  const out: Array<{ text: string; toponyms: GoldToponym[] }> = [];
  for (const a of xml.matchAll(/<article\b[\s\S]*?<\/article>/g)) {
    const art = a[0];
    const text = /<text><!\[CDATA\[([\s\S]*?)\]\]>\s*<\/text>/.exec(art)?.[1] ?? tag(art, 'text') ?? '';
    const toponyms: GoldToponym[] = [];
    for (const t of art.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const body = t[1]!;
      const lat = tag(body, 'lat');
      const lon = tag(body, 'lon');
      toponyms.push({
        start: Number(tag(body, 'start')), end: Number(tag(body, 'end')), phrase: tag(body, 'phrase') ?? '',
        lat: lat === null ? null : Number(lat), lon: lon === null ? null : Number(lon), country: tag(body, 'country')?.trim() ?? null,
      });
    }
    out.push({ text, toponyms });
  }
  return out;
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** Gold country names (GeoNames English names) to alpha-3, via world-countries names and spellings. */
function countryNames(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const world = require('world-countries') as Array<{ cca3: string; name: { common: string; official: string }; altSpellings: string[] }>;
  const map = new Map<string, string>();
  for (const c of world) for (const n of [c.name.common, c.name.official, ...c.altSpellings]) map.set(n.toLowerCase(), c.cca3);
  for (const [n, c] of [['turkey', 'TUR'], ['russia', 'RUS'], ['syria', 'SYR'], ['iran', 'IRN'], ['palestine', 'PSE'], ['kosovo', 'UNK']] as const) map.set(n, c);
  return map;
}


const CORPORA = { 'tr-news': join('tr-news', 'TR-News.xml'), lgl: join('lgl', 'lgl.xml') } as const;

/** TR-News by default; LGL (local US news, same schema) on request. */
export function scorePlaces(sharedDir: string, corpus: keyof typeof CORPORA = 'tr-news'): PlaceScore {
  const articles = readArticles(readFileSync(join(sharedDir, 'eval', CORPORA[corpus]), 'utf8'));
  const names = countryNames();
  const require = createRequire(import.meta.url);
  const demonyms = new Set<string>();
  for (const c of require('world-countries') as Array<{ demonyms?: { eng?: { m: string; f: string } } }>) {
    if (c.demonyms?.eng) demonyms.add(c.demonyms.eng.m.toLowerCase()).add(c.demonyms.eng.f.toLowerCase());
  }
  let gold = 0, system = 0, sysMatched = 0, goldMatched = 0, nonDem = 0, nonDemMatched = 0;
  let countryN = 0, countryOk = 0, geoN = 0, geoOk = 0, subN = 0, subOk = 0, ms = 0;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  for (const { text, toponyms } of articles) {
    const doc = textStage(bodyDoc(text, null));
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
      const gc = g.country ? names.get(g.country.toLowerCase()) : undefined;
      if (gc) { countryN++; if (p.country === gc) countryOk++; }
      if (g.lat === null || g.lon === null) continue;
      const near = p.lat !== null && p.lon !== null && km(g.lat, g.lon, p.lat, p.lon) <= 161;
      geoN++;
      if (near) geoOk++;
      if (p.kind !== 'country') { subN++; if (near) subOk++; }
    }
  }
  const precision = system ? sysMatched / system : 0;
  const recall = gold ? goldMatched / gold : 0;
  return {
    precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    recallNoDemonyms: nonDem ? nonDemMatched / nonDem : 0,
    countryAccuracy: countryN ? countryOk / countryN : 0, acc161: geoN ? geoOk / geoN : 0, acc161NotCountries: subN ? subOk / subN : 0,
    gold, system, matched: goldMatched, articles: articles.length, msPerArticle: ms / Math.max(1, articles.length),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const corpus = process.argv[3] === 'lgl' ? 'lgl' : 'tr-news';
  console.log(JSON.stringify(scorePlaces(process.argv[2] ?? '/work/shared', corpus), null, 2));
}

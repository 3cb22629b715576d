// The country a gold point lies in, for corpora whose gold gives coordinates but no country
// (GeoWebNews, GeoVirus): point-in-polygon over world-atlas 50m country shapes (ISO numeric ids,
// mapped to alpha-3 through world-countries). Points at sea or on tiny islands get null.
import { stateCode } from '../src/countries/table.js';
import { createRequire } from 'node:module';
import { geoBounds, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';

interface Shape { cca3: string; f: Feature<Geometry>; box: [[number, number], [number, number]] }
let shapes: Shape[] | null = null;

function load(): Shape[] {
  const require = createRequire(import.meta.url);
  const topo = require('world-atlas/countries-50m.json');
  const world = require('world-countries') as Array<{ ccn3: string; cca3: string }>;
  const byNum = new Map(world.map((c) => [c.ccn3, stateCode(c.cca3)]));
  const fc = feature(topo, topo.objects.countries) as unknown as { features: Array<Feature<Geometry> & { id?: string }> };
  const out: Shape[] = [];
  for (const f of fc.features) {
    const cca3 = byNum.get(String(f.id ?? ''));
    if (cca3) out.push({ cca3, f, box: geoBounds(f) });
  }
  return out;
}

export function countryOfPoint(lat: number, lon: number): string | null {
  shapes ??= load();
  for (const s of shapes) {
    const [[w, south], [e, north]] = s.box;
    if (lat < south || lat > north) continue;
    if (w <= e ? lon < w || lon > e : lon < w && lon > e) continue;
    if (geoContains(s.f, [lon, lat])) return s.cca3;
  }
  return null;
}

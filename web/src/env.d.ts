// Modules the build provides (see vite.config.ts).
declare module 'virtual:country-codes' {
  /** ISO alpha-3 -> ISO numeric (world-atlas shape ids). */
  const codes: Record<string, string>;
  export default codes;
}

declare module 'world-atlas/countries-110m.json' {
  import type { Topology } from 'topojson-specification';
  const topology: Topology;
  export default topology;
}

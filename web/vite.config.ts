// Builds the page into dist/web, served by `entente serve`. Everything is bundled: no CDN, no
// web fonts, no remote URL, so the page works offline.
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * `virtual:country-codes`: ISO alpha-3 -> ISO numeric, the ids world-atlas gives its shapes.
 * Built from world-countries at build time so the page carries a 3 KB table, not the 1.4 MB file.
 */
function countryCodes(): Plugin {
  const id = 'virtual:country-codes';
  return {
    name: 'entente-country-codes',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(loaded) {
      if (loaded !== '\0' + id) return null;
      const rows = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as { cca3: string; ccn3: string }[];
      const table: Record<string, string> = {};
      for (const r of rows) if (r.cca3 && r.ccn3) table[r.cca3] = r.ccn3;
      return `export default ${JSON.stringify(table)};`;
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [countryCodes()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  // `npx vite web` for development, with the API of a local `entente serve` behind it.
  server: { proxy: { '/api': process.env['ENTENTE_API'] ?? 'http://127.0.0.1:8080' } },
});

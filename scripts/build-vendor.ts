// `npm run build:vendor`: bundles chrono-node and zod, each into one ES module, as packages in
// dist/node_modules, where Node's resolution finds them before ./node_modules for all compiled code
// (src, tests, eval, bench alike, so there is one copy of each). Their published ES builds are 266
// and 95 files: importing them cost about 0.3 and 0.15 CPU-s of every process's and worker's
// start-up; one file each costs a fifth of that. Same code, same exports (checked below). Without
// this step the packages in ./node_modules are used as before. A package's subpaths that src
// imports are bundled with it, sharing its chunks (so one copy of each class and instance):
// chrono-node/en, which the time stage imports instead of the whole package, whose 14 other
// languages build their parsers on import (about 40 of chrono's 55 CPU-ms at start-up).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import { repoRoot } from '../src/data.js';

/**
 * Each package with the subpaths bundled beside its main entry, and the modules of it left out:
 * each such module's default export becomes a function that throws, naming it. zod's error
 * messages in 60-odd languages other than English (z.locales.*, for z.config) are a third of its
 * bundle and about 20 of its 60 CPU-ms of compiling at every start-up; entente sets no locale.
 */
const PACKAGES: readonly { name: string; subpaths: readonly string[]; leaveOut?: RegExp }[] = [
  { name: 'chrono-node', subpaths: ['en'] },
  { name: 'zod', subpaths: [], leaveOut: /[\\/]zod[\\/]v4[\\/]locales[\\/](?!en\.js$|index\.js$)[\w-]+\.js$/ },
];

/** A plugin that loads each module `leaveOut` matches as a default export that throws. */
function leaveOutPlugin(name: string, leaveOut: RegExp | undefined): Plugin {
  return {
    name: 'entente-leave-out',
    enforce: 'pre',
    load(id) {
      if (!leaveOut?.test(id)) return null;
      const what = `${name}: ${id.split(/[\\/]node_modules[\\/]/).pop()}`;
      return `export default function leftOut() { throw new Error(${JSON.stringify(`${what} is not in entente's bundle (scripts/build-vendor.ts)`)}); }\n`;
    },
  };
}

const root = repoRoot();

/** The file a package's `exports` gives an import of `sub` ('.' or './name'), as Node reads an exact key or a './*' pattern. */
function ownEntry(exports: Record<string, { import?: string }>, sub: string, spec: string): string {
  const exact = exports[sub]?.import;
  if (exact) return exact;
  const pattern = exports['./*']?.import;
  if (pattern && sub !== '.') return pattern.replace('*', sub.slice(2));
  throw new Error(`build-vendor: ${spec} is not exported by its package`);
}

for (const { name, subpaths, leaveOut } of PACKAGES) {
  const outDir = join(root, 'dist', 'node_modules', name);
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      copyPublicDir: false,
      rollupOptions: { preserveEntrySignatures: 'strict', input: { index: name, ...Object.fromEntries(subpaths.map((sub) => [sub, `${name}/${sub}`])) }, output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' } },
    },
    ssr: { noExternal: true },
    plugins: [leaveOutPlugin(name, leaveOut)],
  });
  const pkgFile = join(root, 'node_modules', name, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string; exports: Record<string, { import?: string }> };
  const { version } = pkg;
  mkdirSync(outDir, { recursive: true });
  const exports = { '.': './index.js', ...Object.fromEntries(subpaths.map((sub) => [`./${sub}`, `./${sub}.js`])) };
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ name, version, type: 'module', private: true, description: `${name} ${version} bundled by scripts/build-vendor.ts`, exports }, null, 2)}\n`);
  for (const [sub, file] of [['.', 'index.js'], ...subpaths.map((s) => [`./${s}`, `${s}.js`])] as [string, string][]) {
    const spec = sub === '.' ? name : `${name}/${sub.slice(2)}`;
    const own = pathToFileURL(join(dirname(pkgFile), ownEntry(pkg.exports, sub, spec))).href;
    const original = Object.keys((await import(own)) as object).sort();
    const bundled = Object.keys((await import(pathToFileURL(join(outDir, file)).href)) as object).sort();
    if (original.join() !== bundled.join()) throw new Error(`build-vendor: the bundle of ${spec} exports other names than the package`);
  }
  console.log(`vendor: ${name} ${version} -> dist/node_modules/${name} (${[name, ...subpaths.map((s) => `${name}/${s}`)].join(', ')})`);
}

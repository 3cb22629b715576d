// `npm run build:vendor`: bundles chrono-node and zod, each into one ES module, as packages in
// dist/node_modules, where Node's resolution finds them before ./node_modules for all compiled code
// (src, tests, eval, bench alike, so there is one copy of each). Their published ES builds are 266
// and 95 files: importing them cost about 0.3 and 0.15 CPU-s of every process's and worker's
// start-up; one file each costs a fifth of that. Same code, same exports (checked below). Without
// this step the packages in ./node_modules are used as before.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { repoRoot } from '../src/data.js';

const PACKAGES = ['chrono-node', 'zod'] as const;

const root = repoRoot();

for (const name of PACKAGES) {
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
      rollupOptions: { input: { index: name }, output: { format: 'es', entryFileNames: '[name].js' } },
    },
    ssr: { noExternal: true },
  });
  const pkgFile = join(root, 'node_modules', name, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string; exports: { '.': { import: string } } };
  const version = pkg.version;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ name, version, type: 'module', private: true, description: `${name} ${version} bundled by scripts/build-vendor.ts`, exports: { '.': './index.js' } }, null, 2)}\n`);
  const original = Object.keys((await import(join(dirname(pkgFile), pkg.exports['.'].import))) as object).sort();
  const bundled = Object.keys((await import(join(outDir, 'index.js'))) as object).sort();
  if (original.join() !== bundled.join()) throw new Error(`build-vendor: the bundle of ${name} exports other names than the package`);
  console.log(`vendor: ${name} ${version} -> dist/node_modules/${name} (${bundled.length} exports)`);
}

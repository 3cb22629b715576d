// Where the vendor importers read from and write to, and the provenance record they leave.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** The shared folder holding vendor/ (and eval/ for the PLOVER crosswalk): an argument, ENTENTE_SHARED, or ../shared. */
export function vendorDir(arg?: string): string {
  const dir = resolve(arg ?? process.env['ENTENTE_SHARED'] ?? join('..', 'shared'));
  if (!existsSync(join(dir, 'vendor'))) {
    process.stderr.write(`import:vendor: no vendor/ folder under ${dir}; pass the shared folder as an argument\n`);
    process.exit(66);
  }
  return dir;
}

/** data/<stage>/vendor, where converted data is written. */
export function outDir(stage: string): string {
  return join('data', stage, 'vendor');
}

/** File names, sizes and SHA-256 of the inputs, with the date of the import and what it counted. */
export function sourceRecord(files: string[], counts: Record<string, number>): unknown {
  return {
    origin: 'https://github.com/openeventdata/petrarch2 (dictionaries), via ../shared/vendor/petrarch2-dictionaries; crosswalk from the PLOVER manual (CAMEO2PLOVER-2021.txt)',
    license: 'MIT (Open Event Data Alliance); see LICENSE in this folder',
    imported: new Date().toISOString().slice(0, 10),
    files: files.map((f) => ({ name: basename(f), bytes: statSync(f).size, sha256: createHash('sha256').update(readFileSync(f)).digest('hex') })),
    counts,
  };
}

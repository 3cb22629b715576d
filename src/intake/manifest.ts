// A corpus folder may carry a manifest.jsonl of sidecar metadata, one line per file:
// {"file": "story.txt", "published": "2014-03-17", "source": "...", "url": "..."}. It tells
// intake what the files themselves cannot (a plain-text scrape's date), and is not an article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const MANIFEST_NAME = 'manifest.jsonl';

const Entry = z.object({
  file: z.string().min(1),
  published: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
});
export type ManifestEntry = z.infer<typeof Entry>;

/** Files named like these in a folder are its documentation, not articles. */
const DOC_FILE = /^(readme|license|licence|changelog|copying|notice)(\.[a-z]+)?$/i;
export const isDocumentationFile = (name: string): boolean => DOC_FILE.test(name);

/**
 * The folder's manifest, keyed by file path, or null when there is none or it is not a sidecar
 * manifest (a JSONL dump of articles has `text`/`html`, not `file`). Bad lines are returned as reasons.
 */
export function readManifest(dir: string, names: readonly string[]): { entries: Map<string, ManifestEntry>; errors: string[] } | null {
  if (!names.includes(MANIFEST_NAME)) return null;
  let raw: string;
  try { raw = readFileSync(join(dir, MANIFEST_NAME), 'utf8'); } catch { return null; }
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  const parsed = lines.map((l) => { try { return JSON.parse(l) as unknown; } catch { return null; } });
  if (!parsed.some((p) => p !== null && typeof p === 'object' && 'file' in p)) return null;
  const entries = new Map<string, ManifestEntry>();
  const errors: string[] = [];
  parsed.forEach((p, i) => {
    const r = Entry.safeParse(p);
    if (r.success) entries.set(join(dir, r.data.file), r.data);
    else errors.push(`line ${i + 1}: not a manifest entry ({file, published?, source?, url?, title?})`);
  });
  return { entries, errors };
}

// The place a dateline names ("WASHINGTON (Reuters) -", "WEST PALM BEACH, Fla. (Reuters) -"). The
// dateline is no sentence (it has no tokens), so its name is read apart: title-cased, then resolved
// by the place stage in a sentence of its own, and the result is given the dateline's span.
import type { Doc, Place, Span } from '../types.js';
import { bodyDoc } from '../doc.js';
import { textStage } from '../text/tokenize.js';
import { namePairs } from '../actors/name-pairs.js';
import { placeStage } from './index.js';
import { at, group } from '../at.js';

/** "NEW YORK" -> "New York"; "Fla." and other mixed-case parts are kept as written. */
function titleCase(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() ? at(w, 0) + w.slice(1).toLowerCase() : w));
}

/**
 * Each dateline name's place as the sentence below resolves it (offsets in that sentence), or null.
 * A wire's datelines repeat ("WASHINGTON (Reuters) -"; 275 asked for, 24 names, in 1,400 stories of
 * the bench corpus), and each resolution runs the text and place stages. The answer depends on the
 * name alone, and a Place holds only plain values, so each caller gets its own copy. Cleared when
 * full, so a long run's memory does not grow with its corpus.
 */
const BY_NAME = new Map<string, Place | null>();
const BY_NAME_MAX = 4096;
const LEAD = 'It was in ';

function placeOfName(name: string): Place | null {
  const known = BY_NAME.get(name);
  if (known !== undefined) return known;
  const mini = textStage(bodyDoc(`${LEAD}${titleCase(name)}.`, null));
  // The name evidence the actors stage would give, without its person mentions: a dateline names a place.
  mini.namePairs = namePairs(mini);
  placeStage(mini);
  const p = mini.places.find((x) => x.start === LEAD.length) ?? null;
  if (BY_NAME.size >= BY_NAME_MAX) BY_NAME.clear();
  BY_NAME.set(name, p);
  return p;
}

/** The place named at the head of a dateline zone, or null when it names none the gazetteer knows. */
export function datelinePlace(doc: Doc, zone: Span): Place | null {
  const raw = doc.text.slice(zone.start, zone.end);
  const m = /^\s*([\p{Lu}][\p{L} .'’-]*?(?:,\s*[\p{L}.]+(?: [\p{L}.]+)?)?)\s*(?:\(|[-–—]|,\s*\p{Lu}\p{Ll}{2}\.? \d)/u.exec(raw);
  if (!m) return null;
  const name = group(m, 1).trim();
  const p = placeOfName(name);
  if (!p) return null;
  const start = zone.start + raw.indexOf(name);
  return { ...p, start, end: start + (p.end - p.start), text: doc.text.slice(start, start + (p.end - p.start)) };
}

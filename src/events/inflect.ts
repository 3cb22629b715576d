// Inflected forms of a verb lemma, so the lexicon can list lemmas only.
// wink's lemmas fail on verbs it mis-tags as nouns ("shot"), so we match surface forms.
import { loadJson } from '../data.js';

const IRREGULAR = loadJson<Record<string, string[] | string>>('events', 'irregular-verbs.json');
const VOWELS = /[aeiou]/;

function regular(lemma: string): string[] {
  const forms = [lemma];
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) forms.push(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies');
  else forms.push(lemma + 's');
  let stem = lemma;
  if (/e$/.test(lemma)) stem = lemma.slice(0, -1);
  else if (/[^aeiou]y$/.test(lemma)) {
    forms.push(lemma.slice(0, -1) + 'ied', lemma + 'ing');
    return forms;
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma) && VOWELS.test(lemma)) {
    // one-syllable CVC verbs double the final consonant: ban -> banned
    stem = lemma + lemma.slice(-1);
  }
  forms.push(stem + 'ed', stem + 'ing');
  return forms;
}

// the file's first two forms are the past and the participle; later ones are extra spellings, and some entries list "-ing" or "-s" forms first
const IRREGULAR_PAST: ReadonlySet<string> = new Set(Object.entries(IRREGULAR).filter(([lemma]) => lemma !== 'be')
  .flatMap(([, f]) => (Array.isArray(f) ? f.slice(0, 2) : [])).filter((f) => !/(ing|s)$/.test(f)));
/** An irregular past or participle form ("shot", "fought", "held"): wink tags some of them as nouns after their subject. */
export const isIrregularPast = (norm: string): boolean => IRREGULAR_PAST.has(norm);

export function inflections(lemma: string): string[] {
  const irr = IRREGULAR[lemma];
  const forms = new Set(regular(lemma));
  if (Array.isArray(irr)) for (const f of irr) forms.add(f);
  return [...forms];
}

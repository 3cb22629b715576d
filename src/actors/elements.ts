// Elements: trie hits (people, organisations, places, role words) and unknown proper-noun runs.
import { TRIE, priority, type Target } from './lexicon.js';
import type { Unit } from './trie.js';

/** An element: a dictionary/trie hit or an unknown proper-noun run, as a unit range. */
export interface El {
  from: number;
  to: number;
  target: Target | null; // null: unknown PROPN run
}

const JOINERS = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'abu', 'bint', 'ben', 'of', 'dos', 'das', 'ul', 'ur', 'ud', 'e']);
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'mr.', 'mrs.', 'ms.', 'dr.',
]);

/** Trie hits (longest match, highest priority) and unknown PROPN runs over the rest. */
export function findElements(units: readonly Unit[]): El[] {
  const els: El[] = [];
  const covered = new Uint8Array(units.length);
  for (let i = 0; i < units.length; ) {
    const m = TRIE.matchAt(units, i);
    if (m) {
      const best = m.values.reduce((a, b) => (priority(b) > priority(a) ? b : a));
      els.push({ from: m.from, to: m.to, target: best });
      covered.fill(1, m.from, m.to);
      i = m.to;
    } else i++;
  }
  const isName = (k: number): boolean => {
    const u = units[k];
    return !!u && !covered[k] && u.pos === 'PROPN' && /^\p{Lu}/u.test(u.text) && !NOT_NAMES.has(u.norm);
  };
  for (let i = 0; i < units.length; i++) {
    if (!isName(i)) continue;
    let end = i + 1;
    for (;;) {
      if (end < units.length && units[end]!.sent === units[i]!.sent && isName(end)) {
        end++;
        continue;
      }
      // joiners: von der, al-, bin, of (only between two name words, never across a known name)
      let k = end;
      while (k < units.length && !covered[k] && units[k]!.sent === units[i]!.sent && (JOINERS.has(units[k]!.norm) || (units[k]!.text === '-' && units[k]!.start === units[k - 1]!.end))) k++;
      if (k > end && k < units.length && isName(k) && units[k]!.sent === units[i]!.sent) {
        end = k + 1;
        continue;
      }
      break;
    }
    els.push({ from: i, to: end, target: null });
    i = end - 1;
  }
  return els.sort((a, b) => a.from - b.from);
}


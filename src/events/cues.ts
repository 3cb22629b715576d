// Closed-class cue lists from data/events/cues.json, as sets for O(1) lookups.
import { loadJson } from '../data.js';

type CueFile = Record<string, string[]>; // plus intentCodes, an object
const raw = loadJson<CueFile>('events', 'cues.json');
const set = (name: string): ReadonlySet<string> => new Set(raw[name] ?? []);

export const CUES = {
  negators: set('negators'),
  hypothetical: set('hypothetical'),
  future: set('future'),
  realisGovernors: set('realisGovernors'),
  speechVerbs: set('speechVerbs'),
  locativePreps: set('locativePreps'),
  subjectBlockPreps: set('subjectBlockPreps'),
  determiners: set('determiners'),
  violentComplements: set('violentComplements'),
  sanctionComplements: set('sanctionComplements'),
  futureGovernors: set('futureGovernors'),
  directives: set('directives'),
  helpNouns: set('helpNouns'),
  allegationVerbs: set('allegationVerbs'),
  demandModals: set('demandModals'),
  demandSemiModals: set('demandSemiModals'),
  deadlinePreps: set('deadlinePreps'),
  ownOrgans: set('ownOrgans'),
  partitiveHeads: set('partitiveHeads'),
  intransitiveLemmas: set('intransitiveLemmas'),
  conditionalAfter: set('conditionalAfter'),
  intentCodes: (raw as unknown as { intentCodes?: Record<string, string> }).intentCodes ?? {},
  groupAnaphors: (raw['groupAnaphors'] ?? []).map((p) => p.split(' ')),
};

export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", '’s', 'get', 'got', 'gets', 'getting']);
export const ADVERB_LIKE: ReadonlySet<string> = new Set([
  'also', 'already', 'still', 'reportedly', 'allegedly', 'then', 'later', 'again', 'just', 'recently', 'now',
  'once', 'immediately', 'quickly', 'finally', 'previously', 'earlier', 'jointly', 'formally', 'officially',
  'repeatedly', 'publicly', 'strongly', 'sharply', 'even', 'only', 'however', 'meanwhile', 'apparently', 'swiftly',
  'has', 'have', 'had', 'having', 'did', 'does', 'do', 'to', 'both', 'all', 'together', 'openly', 'indeed', 'subsequently',
]);
export const PRONOUNS: Record<string, 'PER' | 'NONPER' | 'ANY'> = {
  he: 'PER', she: 'PER', him: 'PER', her: 'PER', his: 'PER',
  it: 'NONPER', its: 'NONPER',
  they: 'ANY', them: 'ANY', their: 'ANY', we: 'ANY',
};
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);
export const QUOTE_OPEN: ReadonlySet<string> = new Set(['“', '«']);
export const QUOTE_CLOSE: ReadonlySet<string> = new Set(['”', '»']);

// Closed-class cue lists from data/events/cues.json, as sets for O(1) lookups.
import { z } from 'zod';
import { loadJson, wordList } from '../data.js';
import { PLOVER_TYPES } from '../types.js';
import { PARSE_ONCE } from '../parse-once.js';

// Every list is a non-empty list of words and the three tables have the shapes below, checked at
// load: a missing or misspelt list stops start-up with its name, where it read as empty before.
const raw = loadJson<Record<string, unknown>>('events', 'cues.json');
const set = (name: string): ReadonlySet<string> => new Set(wordList(raw, name, 'events', 'cues.json'));
const phrases = (name: string): string[][] => wordList(raw, name, 'events', 'cues.json').map((p) => p.split(' '));
const CAMEO_CODE = z.string().regex(/^\d{2,4}$/);
const Tables = z.object({
  intentCodes: z.partialRecord(z.enum(PLOVER_TYPES), CAMEO_CODE),
  attemptCodes: z.record(CAMEO_CODE, CAMEO_CODE),
  pronouns: z.record(z.string().regex(/^[a-z]+$/), z.enum(['PER', 'NONPER', 'ANY'])),
});
const parsedTables = Tables.safeParse(raw, PARSE_ONCE);
if (!parsedTables.success) {
  const issue = parsedTables.error.issues[0];
  throw new Error(`data/events/cues.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}
// the file's own objects, not zod's copies: those have a prototype, and "constructor" would be a pronoun
const TABLES = raw as z.infer<typeof Tables>;

export const CUES = {
  negators: set('negators'),
  hypothetical: set('hypothetical'),
  future: set('future'),
  realisGovernors: set('realisGovernors'),
  /** "forced the police to open fire": verbs whose object's infinitive happened (implicatives with an object). */
  objectRealisGovernors: set('objectRealisGovernors'),
  speechVerbs: set('speechVerbs'),
  locativePreps: set('locativePreps'),
  subjectBlockPreps: set('subjectBlockPreps'),
  determiners: set('determiners'),
  violentComplements: set('violentComplements'),
  sanctionComplements: set('sanctionComplements'),
  futureGovernors: set('futureGovernors'),
  /** "tried to kill", "attempted to storm": an attempt at material conflict is itself the act (CAMEO.2.0.txt: ATTEMPT + ASSASSINATE = 185). */
  attemptGovernors: set('attemptGovernors'),
  /** The CAMEO code an attempted act gets instead of its own ("attempted to assassinate": 185, not 186). */
  attemptCodes: TABLES.attemptCodes as Readonly<Record<string, string>>,
  /** "the visit is planned for May": an event noun whose clause says it is scheduled tells of an event to come. */
  scheduledPredicates: set('scheduledPredicates'),
  directives: set('directives'),
  helpNouns: set('helpNouns'),
  allegationVerbs: set('allegationVerbs'),
  /** "the US claimed that ISIL had attacked Iraq": a claim about another party's act is an allegation; about one's own, a claim of it. */
  claimVerbs: set('claimVerbs'),
  denialVerbs: set('denialVerbs'),
  accusationVerbs: set('accusationVerbs'),
  invertedConditionals: set('invertedConditionals'),
  nonSpecificDeterminers: set('nonSpecificDeterminers'),
  nounSubjectModals: set('nounSubjectModals'),
  claimNouns: set('claimNouns'),
  objectPronouns: set('objectPronouns'),
  findingNouns: set('findingNouns'),
  findingVerbs: set('findingVerbs'),
  aspectualVerbs: set('aspectualVerbs'),
  demandModals: set('demandModals'),
  demandSemiModals: set('demandSemiModals'),
  consequenceModals: set('consequenceModals'),
  deadlinePreps: set('deadlinePreps'),
  ownOrgans: set('ownOrgans'),
  partitiveHeads: set('partitiveHeads'),
  intransitiveLemmas: set('intransitiveLemmas'),
  conditionalAfter: set('conditionalAfter'),
  /** Words between "to" and an infinitive trigger ("to not", "to be arrested"), stepped over to find "to". */
  infinitiveSkips: set('infinitiveSkips'),
  /** Words between a governing verb and its "to" ("decided unanimously to"), stepped over to find the governor. */
  governorSkips: set('governorSkips'),
  /** Participles that do not end like regular ones ("was shot", "were held"), for the passive check. */
  irregularParticiples: set('irregularParticiples'),
  /** "if", "in case": what follows in the clause is a condition (one or more words each). */
  conditionalOpeners: phrases('conditionalOpeners'),
  intentCodes: TABLES.intentCodes as Readonly<Record<string, string>>,
  groupAnaphors: phrases('groupAnaphors'),
  /** Words that open a subordinate, backgrounded clause before a subject ("where 28 people ..."). */
  relativeWords: set('subordinateRelatives'),
};

export const BE_FORMS = set('beForms');
/** The "'s" ending, straight or curly: a possessive ("Syria's army") or a short "is"/"has", never a plain BE form on its own. */
export const isApostropheS = (norm: string): boolean => norm === "'s" || norm === '’s';
/** Words that may stand between a subject and its verb without breaking the clause. */
export const ADVERB_LIKE = set('adverbLike');
export const PRONOUNS: Readonly<Record<string, 'PER' | 'NONPER' | 'ANY'>> = TABLES.pronouns;
export const RELATIVES = set('relatives');
/** Relative words that stand for a person ("Nguyen, who was detained"), not a thing ("the Taser that was fired"). */
export const PERSON_RELATIVES = set('personRelatives');
/** Words that open a relative clause after a comma ("Russia, which ...", "the EU, whose ministers ...", "Georgia, where ..."). */
export const COMMA_RELATIVES = set('commaRelatives');
/** Quotation marks: one list for the quotes and events stages (data/quotes/cues.json). */
export { QUOTE_OPEN, QUOTE_CLOSE } from '../quotes/cues.js';

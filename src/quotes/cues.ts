// Quotation marks and reporting verbs, from data/quotes/cues.json (checked at load).
import { loadJson, loadWordSets } from '../data.js';
import { inflections } from '../events/inflect.js';

const FILE = ['quotes', 'cues.json'] as const;
const raw = loadJson<{ open: string[]; close: string[]; straight: string[] }>(...FILE);
const words = loadWordSets(['open', 'close', 'straight', 'speechVerbs', 'reportingVerbs', 'reportingVerbsWithThat', 'addresseeVerbs', 'accordingTo', 'organPrepositions', 'relativePronouns', 'mediumPrepositions', 'placePrepositions', 'speakerOffices'], ...FILE);
const OPEN = new Set([...raw.open, ...raw.straight]);
const CLOSE = new Set([...raw.close, ...raw.straight]);
export const SPEECH_VERBS: ReadonlySet<string> = words.speechVerbs;
/** Every form of each lemma but the -ing one: a headline's "police claim", a story's "he adds" and "claimed" alike. */
const forms = (lemmas: ReadonlySet<string>): ReadonlySet<string> => new Set([...lemmas].flatMap((l) => inflections(l).filter((f) => !f.endsWith('ing'))));
/** Verbs that introduce reported speech ("police said two people were hurt"). */
export const REPORTING_VERBS: ReadonlySet<string> = forms(words.reportingVerbs);
/** The lemmas themselves: a base form reports only as a finite present ("Republicans say"), not after a modal or "to" ("will announce", "to claim"). */
export const REPORTING_BASE_FORMS: ReadonlySet<string> = new Set([...words.reportingVerbs, ...words.reportingVerbsWithThat]);
/** Verbs that report speech only with "that" after them ("officials confirmed that ..."). */
export const REPORTING_VERBS_WITH_THAT: ReadonlySet<string> = forms(words.reportingVerbsWithThat);
/** Reporting verbs whose object is the one told ("told reporters that ..."). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = forms(words.addresseeVerbs);
/** "a spokesman for the interior ministry": after a role, the organ it speaks for. */
export const ORGAN_PREPS: ReadonlySet<string> = words.organPrepositions;
/** "officials who spoke to reporters said": a relative clause between the speaker and the verb. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = words.relativePronouns;
/** "said in a statement", "wrote on Twitter": a phrase after the verb that says where or how it was said. */
export const MEDIUM_PREPS: ReadonlySet<string> = words.mediumPrepositions;
/** "police in Gandhinagar said": a place phrase between the speaker and the verb opens with these. */
export const PLACE_PREPS: ReadonlySet<string> = words.placePrepositions;
/** "Netanyahu's office said": a possessor's office speaks for the possessor. */
export const SPEAKER_OFFICES: ReadonlySet<string> = words.speakerOffices;
/** "according to police": the speaker follows these words. */
export const ACCORDING_TO: readonly string[] = [...words.accordingTo];
export const isOpen = (t: string): boolean => OPEN.has(t);
export const isClose = (t: string): boolean => CLOSE.has(t);
/** A mark that may open or close ("): its spacing says which. */
export const isStraight = (t: string): boolean => words.straight.has(t);
/** Opening and closing marks as the events stage reads them: curly and guillemets (straight quotes toggle). */
export const QUOTE_OPEN: ReadonlySet<string> = words.open;
export const QUOTE_CLOSE: ReadonlySet<string> = words.close;

// The closed word classes of the events stage (data/events/word-classes.json), checked at load.
import { loadWordSets } from '../data.js';

/** The classes a lexicon entry may require its actor's head word to be in (verbs.json "actorWords"). */
export const ACTOR_WORD_CLASSES = ['protestAgents'] as const;
export type ActorWordClass = (typeof ACTOR_WORD_CLASSES)[number];

export const WORDS = loadWordSets(['placeChain', 'notReporting', 'periodPreps', 'pluperfectAux', 'agentPreps', 'againstPreps', 'betweenPreps', 'allyPhrases', 'stopRight', 'circumstancePreps', 'subordinators', 'absolutePreps', 'progressiveBe', 'aspectualLemmas', 'stopLeft', 'stopGap', 'authoredNouns', 'authorPreps', 'thatClauseStarts', 'firstPersonSubject', 'firstPersonObject', 'riotAgents', 'causePreps', 'harmLinks', 'causeNouns', 'naturalCauses', 'animals', 'securityPosture', 'pollShares', 'givenToPreps', 'topicPreps', 'topicNouns', 'topicClauses', 'topicVerbs', 'topicVerbPreps', 'appositionDashes', 'particlePronouns', 'personObjectPronouns', 'subjectPronouns', 'verbParticles', 'activeParticiples', 'clauseJoins', 'participlePreps', ...ACTOR_WORD_CLASSES] as const, 'events', 'word-classes.json');

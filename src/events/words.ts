// The closed word classes of the events stage (data/events/word-classes.json), checked at load.
import { loadWordSets } from '../data.js';

export const WORDS = loadWordSets(['placeChain', 'notReporting', 'pluperfectAux', 'agentPreps', 'againstPreps', 'stopRight', 'subordinators', 'stopLeft', 'stopGap', 'firstPersonSubject', 'firstPersonObject'] as const, 'events', 'word-classes.json');

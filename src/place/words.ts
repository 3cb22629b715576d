// The closed word classes of the place stage (data/place/word-classes.json), checked at load.
import { loadWordSets } from '../data.js';

export const WORDS = loadWordSets(['notFirstNames', 'connectors', 'holderLinks', 'countyWords'] as const, 'place', 'word-classes.json');

// The closed word classes of the actors stage (data/actors/word-classes.json), checked at load.
import { loadWordSets } from '../data.js';

export const WORDS = loadWordSets([
  'locative', 'possessive', 'postOf', 'preTitle', 'former', 'genericHeads', 'verbish', 'placeNouns', 'motion', 'based', 'led',
  'features', 'joiners', 'titleModifiers', 'shoutStop', 'notNames', 'versus', 'nonNational', 'unitNouns', 'sourceNouns', 'memberNouns', 'homeSectors', 'seatedSectors', 'backReferringSectors', 'currencyWords', 'relativeOpeners', 'dateOpeners', 'dateWords', 'dateAlone', 'partyPreps', 'malePronouns', 'femalePronouns', 'possessivePronouns', 'attributionHeads', 'generationalSuffixes', 'eraSuffixes', 'leagueTiers', 'backReferringDeterminers',
] as const, 'actors', 'word-classes.json');

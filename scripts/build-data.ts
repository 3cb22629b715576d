// `npm run build:data`: writes what start-up would otherwise make on its first run, so the first
// start after a build is as quick as the next: the actor index (build-actor-index.ts), the people's
// names (src/actors/people.ts), the slim world-countries (src/countries/world.ts), the compact
// city table (src/place/city-compact.ts), the event lexicons' first-word index and entry ranges
// (src/events/lexicon.ts) and the check stamps of the large data files
// (src/data-stamp.ts). Each is also made again at start-up when its data changed since.
import './build-actor-index.js';
import { lexiconPackPath, loadLexicon } from '../src/events/lexicon.js';
import { compactPath } from '../src/place/city-compact.js';
import { cityIndex } from '../src/place/cities.js';
import { worldCountries, worldPath } from '../src/countries/world.js';
import { PEOPLE } from '../src/actors/dictionary.js';
import { peoplePath } from '../src/actors/people.js';

console.log(`people: ${PEOPLE.length} -> ${peoplePath()}`);
console.log(`countries: ${worldCountries().length} -> ${worldPath()}`);
console.log(`city table: ${cityIndex().size} names -> ${compactPath()}`);
console.log(`event lexicons: checked and indexed (${loadLexicon().from}) -> ${lexiconPackPath()}`);

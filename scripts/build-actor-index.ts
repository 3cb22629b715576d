// Writes dist/data/actors-index.json, the precompiled index of the actor trie (src/actors/lexicon-index.ts).
// Run by `npm run build`; the pipeline also rewrites the file when data/actors/** changed since.
import { builtInItems, computeIndex, indexHash, indexPath, writeIndex } from '../src/actors/lexicon-index.js';

const items = builtInItems();
const index = computeIndex(items);
writeIndex(index, indexHash(items));
console.log(`actor index: ${items.length} names under ${index.keys.length} first words -> ${indexPath()}`);

// Actors stage: typed name mentions (doc.mentions) and resolved actors (doc.actors).
//
// 1. The token trie (lexicon.ts) finds dictionary people and organisations, countries,
//    capitals, demonyms and role words; leftover PROPN runs are unknown names.
// 2. Phrases are read left to right: [country/demonym ('s)] [adjectives] [roles] [name]
//    ("British Prime Minister David Cameron", "Syria's army", "French newspaper Le Figaro").
// 3. Generic agents with no country take one from context (nearest country in the same or
//    previous sentence), with an info message; "the French president", surnames and
//    he/she/his/her are resolved by light coreference (coref.ts).
// Unknown names are typed PER/ORG/LOC/MISC by names.ts; capitalised word pairs that read as
// names, known or not, are kept as doc.namePairs (name-pairs.ts) for the place stage. What the stage knows is its pipeline's
// ActorKnowledge (knowledge.ts): the built-in names, with users' actor files laid over them.
// The rules are documented in data/actors/README.md.
import type { Doc } from '../types.js';
import { toUnits } from './trie.js';
import { findElements } from './elements.js';
import { Reader } from './reader.js';
import { resolvePronouns } from './coref.js';
import { namePairs } from './name-pairs.js';
import { defaultActorKnowledge } from './user.js';
import type { ActorKnowledge } from './knowledge.js';
import { at } from '../at.js';

export { findElements } from './elements.js';
export { loadUserActors, knowledgeWithFiles, defaultActorKnowledge } from './user.js';
export { BUILT_IN, withActors, type ActorKnowledge, type UserActors } from './knowledge.js';

export function actorsStage(doc: Doc, knowledge: ActorKnowledge = defaultActorKnowledge()): Doc {
  const units = toUnits(doc.tokens, doc.sentences);
  const date = doc.article?.published ?? null;
  const els = findElements(units, knowledge);
  const r = new Reader(doc, units, els, date);
  r.run();
  const built = resolvePronouns(r.built, units);
  // text order; antecedents re-indexed
  const order = built.map((_, i) => i).sort((a, b) => at(built, a).m.start - at(built, b).m.start || at(built, a).m.end - at(built, b).m.end);
  const newIndex = new Map<number, number>();
  order.forEach((old, i) => newIndex.set(old, i));
  doc.actors = order.map((old) => {
    const m = at(built, old).m;
    if (m.antecedent !== undefined) m.antecedent = newIndex.get(m.antecedent);
    if (m.antecedent === undefined) delete m.antecedent;
    return m;
  });
  doc.mentions = r.mentions.sort((a, b) => a.start - b.start);
  doc.namePairs = namePairs(doc);
  doc.messages.push(...r.messages);
  return doc;
}


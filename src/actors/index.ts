// PLACEHOLDER until the actors stage lands.
import type { Doc } from '../types.js';
export function actorsStage(doc: Doc): Doc { return doc; }

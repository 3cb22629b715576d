// PLACEHOLDER until the place stage lands.
import type { Doc } from '../types.js';
export function placeStage(doc: Doc): Doc { return doc; }

// PLACEHOLDER until the time stage lands.
import type { Doc } from '../types.js';
export function timeStage(doc: Doc): Doc { return doc; }

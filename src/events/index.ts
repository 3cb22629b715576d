// PLACEHOLDER until the events stage lands.
import type { Doc } from '../types.js';
export function eventsStage(doc: Doc): Doc { return doc; }

// The plain reading: a verb with a subject that acts and an object it acts on. Every other frame
// differs from this one only where it says so.
import type { Frame } from './frame.js';

export const verb: Frame = {};

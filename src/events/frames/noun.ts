// An event noun ("talks", "a raid", "sanctions"): its parties come from the clause around it.
import type { Frame } from './frame.js';

export const noun: Frame = { nominal: true };

// "The rebels came under attack by ...": the subject undergoes the event, as in a passive.
import type { Frame } from './frame.js';

export const undergo: Frame = { undergone: true };

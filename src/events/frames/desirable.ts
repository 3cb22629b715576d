// "It would be a good signal if Germany could do more": a speaker calls another party's act
// desirable; desirable.ts reads who wants what of whom.
import { readDesirable } from '../desirable.js';
import type { Frame } from './frame.js';

export const desirable: Frame = {
  parties({ view, s, c, floor }, d) {
    const read = readDesirable(view, s, c.head, floor);
    if (typeof read === 'string') return { drop: { rule: 'desirable-unread', reason: read } };
    d.actor = read.actor;
    d.recipient = read.recipient;
    return 'settled';
  },
};

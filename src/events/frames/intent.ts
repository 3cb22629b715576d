// "vowed to escalate airstrikes against ISIL": the complement decides between an agreement
// and a threat (and which threat), with codes from data/events/frames.json.
import { CUES } from '../cues.js';
import { findObject } from '../clause.js';
import { FRAME_CODES } from './codes.js';
import type { Frame } from './frame.js';
import { tok } from '../../doc.js';

export const intent: Frame = {
  actAt({ view, s, c }) {
    return c.end + 1 < s.tokenEnd && tok(view.doc, c.end).norm === 'to' ? c.end + 1 : c.head;
  },
  recipient({ view, s, c }, d, actorIds) {
    const doc = view.doc;
    let to = c.end < s.tokenEnd && tok(doc, c.end).norm === 'to' ? c.end + 1 : -1;
    // "vowed to keep attacking", "to continue to strike": the act promised follows the aspectual verb
    if (to > 0 && to + 1 < s.tokenEnd && CUES.aspectualVerbs.has(tok(doc, to).lemma)) to += tok(doc, to + 1).norm === 'to' ? 2 : 1;
    const lemma = to > 0 ? doc.tokens[to]?.lemma ?? '' : '';
    const norm = to > 0 ? doc.tokens[to]?.norm ?? '' : '';
    // "keep attacking": a gerund the tagger reads as an adjective keeps its -ing in the lemma
    const stem = norm.endsWith('ing') ? norm.slice(0, -3) : '';
    const is = (words: ReadonlySet<string>) => words.has(lemma) || words.has(norm) || (stem !== '' && (words.has(stem) || words.has(`${stem}e`)));
    const codes = FRAME_CODES.intent;
    const as = is(CUES.violentComplements) ? codes.violent : is(CUES.sanctionComplements) ? codes.sanction : null;
    if (as) Object.assign(d, as);
    else if (d.type === codes.plainThreat.type) d.cameo = codes.plainThreat.cameo;
    // the object search for the type as it now stands
    // ("South Korea was threatened by the North": a passive's subject, found before, stays the recipient)
    d.recipient ??= findObject(view, s, c, d.type, actorIds);
    return 'settled';
  },
};

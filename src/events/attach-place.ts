// Where an event happened: the place after a locative preposition inside the trigger's clause,
// not every place in the story. "in the town of Bakwa" and "on the outskirts of Karachi" reach
// the place through a head noun; "over the Sinai Peninsula in Egypt" and "in Syria's Aleppo
// province" name a chain of places, of which the most specific is kept. Cues: data/place/event-place.json.
import type { ActorRef, Doc, Place, Sentence } from '../types.js';
import { loadJson } from '../data.js';
import { CUES, RELATIVES } from './cues.js';
import { STOP_LEFT, STOP_RIGHT } from './participants.js';
import { firstTokenAtOrAfter, inSentence } from './view.js';
import { WORDS } from './words.js';
import { verbalAdjunct } from './verbcheck.js';
import { tok, tokenAt } from '../doc.js';
import { at } from '../at.js';

const cues = loadJson<{ heads: string[]; placeVerbs: string[]; sameTimeClauses: string[]; directions: string[] }>('place', 'event-place.json');
const HEADS = new Set(cues.heads);
const SAME_TIME = new Set(cues.sameTimeClauses);
const DIRECTIONS = new Set(cues.directions);
const PLACE_VERBS = cues.placeVerbs;
/** Lower is more specific: a city or landmark beats a region, which beats a country. */
const SPECIFIC: Record<Place['kind'], number> = { city: 0, feature: 1, region: 1, country: 2 };
/** Words linking a place to a larger one that holds it: "X in Y", "X, Y", "Y's X", "X of Y". */
const CHAIN = WORDS.placeChain;

/** A complement clause opens: "insisted that ...", "urged Britain to join ...": its places are its own. */
function complement(doc: Doc, k: number): boolean {
  const t = tok(doc, k);
  if (t.norm === 'that') return doc.tokens[k + 1]?.pos !== 'NOUN';
  return t.norm === 'to' && doc.tokens[k + 1]?.pos === 'VERB';
}

function overlaps(a: { start: number; end: number }, refs: ActorRef[]): boolean {
  return refs.some((r) => a.start < r.end && r.start < a.end);
}

/**
 * A place glued to a hyphen is a modifier ("U.S.-led"), not the place of action, and so are a
 * country's initials before a noun other than a place head ("a US convoy", not "the U.S. capital").
 * Any other place before a noun still counts ("in a West Bank refugee camp", "a Hong Kong hotel",
 * "the Manbij campaign"): the event happened there.
 */
function modifier(doc: Doc, p: Place): boolean {
  const t = doc.tokens[firstTokenAtOrAfter(doc, p.end)];
  if (t !== undefined && t.start === p.end && /^[-‐‑]/.test(t.text)) return true;
  // a country's initials before a noun say whose it is, not where ("near a US convoy", "U.S. aid"),
  // as an adjective would; a name written out still names the site ("a Hong Kong hotel")
  return p.kind === 'country' && /^[A-Z.]+$/.test(p.text) && t !== undefined && t.pos === 'NOUN' && !HEADS.has(t.norm);
}

/**
 * Token index of the cue before `p`, skipping determiners, adjectives, numbers and "<head> of"
 * (with the head's own modifiers: "the rough border city of Reynosa"). `viaHead` says a head
 * was crossed: then "on" locates too ("on the outskirts of Karachi").
 */
function cueBefore(doc: Doc, p: Place, lo: number): { k: number; viaHead: boolean } {
  const tokens = doc.tokens;
  let k = firstTokenAtOrAfter(doc, p.start) - 1;
  let viaHead = false;
  // determiners (possessives among them), compass words, adjectives, numbers and hyphened modifiers ("the violence-plagued border city of")
  const hyphened = (i: number): boolean => tokenAt(tokens, i).norm === '-' || tokens[i + 1]?.norm === '-' || tokens[i - 1]?.norm === '-';
  const skippable = (i: number): boolean => CUES.determiners.has(tokenAt(tokens, i).norm) || DIRECTIONS.has(tokenAt(tokens, i).norm) || tokenAt(tokens, i).pos === 'ADJ' || tokenAt(tokens, i).pos === 'NUM' || hyphened(i);
  for (;;) {
    while (k >= lo && skippable(k)) k--;
    // an apposed head: "in the capital Baku", "near the town Huddur"
    if (k > lo && HEADS.has(tokenAt(tokens, k).norm) && tokenAt(tokens, k).pos === 'NOUN') {
      k -= 1;
      viaHead = true;
      continue;
    }
    if (k - 1 >= lo && tokenAt(tokens, k).norm === 'of' && HEADS.has(tokenAt(tokens, k - 1).norm)) {
      k -= 2;
      viaHead = true;
      for (let n = 0; n < 3 && k >= lo && (skippable(k) || tokenAt(tokens, k).pos === 'NOUN' || tokenAt(tokens, k).pos === 'PROPN'); n++) k--;
      continue;
    }
    return { k, viaHead };
  }
}

/**
 * The place of action: the nearest place after a locative preposition, inside the trigger's clause.
 * With `objects`, or when the trigger is a verb whose object is a place ("captured Jaffna"),
 * a place that is the verb's direct object counts too.
 */
export function attachPlace(doc: Doc, s: Sentence, triggerStart: number, parties: ActorRef[], objects = false): Place | null {
  const tokens = doc.tokens;
  let h = s.tokenStart;
  while (h < s.tokenEnd && tokenAt(tokens, h).start < triggerStart) h++;
  let lo = h;
  while (lo > s.tokenStart && !STOP_LEFT.has(tokenAt(tokens, lo - 1).norm)) lo--;
  let hi = h;
  const stops = (k: number): boolean => (STOP_RIGHT.has(tokenAt(tokens, k).norm) && !SAME_TIME.has(tokenAt(tokens, k).norm)) || complement(doc, k);
  while (hi < s.tokenEnd && !(stops(hi) && hi > h) && !(tokenAt(tokens, hi).norm === ',' && RELATIVES.has(tokens[hi + 1]?.norm ?? ''))) hi++;
  const from = tokens[lo]?.start ?? s.start;
  const to = tokens[hi - 1]?.end ?? s.end;
  const trigger = tokens[h]?.norm ?? '';
  const takesPlace = objects || PLACE_VERBS.some((v) => trigger.startsWith(v));
  const places = inSentence(doc.places, s);
  let best: Place | null = null;
  let bestCost = Infinity;
  for (const p of places) {
    if (p.start < from || p.end > to || overlaps(p, parties) || modifier(doc, p)) continue;
    const { k, viaHead } = cueBefore(doc, p, lo);
    // "a visit to Seoul": the preposition right after an event noun takes its place as its object
    // (a place of no one country, "a trip to Asia", says too little to be one)
    const nounPrep = k === h + 1 && tokenAt(tokens, k).pos === 'ADP' && tokenAt(tokens, h).pos === 'NOUN' && p.country !== null;
    // ("condemned the attack, urging Myanmar to ...": the object of a verbal adjunct's own verb is its party, not this act's place)
    const direct = takesPlace && k >= lo && tokenAt(tokens, k).start >= triggerStart && ((tokenAt(tokens, k).pos === 'VERB' && !(k > h && verbalAdjunct(doc, s, k))) || tokenAt(tokens, k).start === triggerStart || (k === h + 1 && tokenAt(tokens, k).pos === 'PART') || nounPrep);
    const possessor = k >= lo && /^['’]s$/.test(tokenAt(tokens, k).norm);
    const prep = k >= lo && (CUES.locativePreps.has(tokenAt(tokens, k).norm) || (viaHead && tokenAt(tokens, k).norm === 'on'));
    // "marched on a Hong Kong hotel", "the owner of a Sofia restaurant was shot": a place naming the
    // site a noun stands for, in the clause; weaker than a preposition's place.
    const before = tokens[firstTokenAtOrAfter(doc, p.start) - 1];
    const site = !(prep || direct || possessor) && tokens[firstTokenAtOrAfter(doc, p.end)]?.pos === 'NOUN' && before !== undefined && (CUES.determiners.has(before.norm) || before.pos === 'ADJ');
    if (!(prep || direct || possessor || site)) continue;
    const cost = (p.start >= triggerStart ? p.start - triggerStart : (triggerStart - p.end) * 1.5) * (site ? 3 : 1);
    if (cost < bestCost) { best = p; bestCost = cost; }
  }
  if (!best) best = frontedPlace(doc, s, triggerStart, parties);
  return best ? mostSpecific(doc, best, places, parties) : null;
}

/**
 * The sentence's setting: a place in an opening locative phrase ("In Samarra, a merchant was
 * killed"; "In the village of Jdeideh near Jenin, troops captured ..."), before the first comma
 * and before the trigger. Used only when the trigger's own clause names no place.
 */
function frontedPlace(doc: Doc, s: Sentence, triggerStart: number, parties: ActorRef[]): Place | null {
  const tokens = doc.tokens;
  if (!CUES.locativePreps.has(tokens[s.tokenStart]?.norm ?? '')) return null;
  let comma = s.tokenStart + 1;
  while (comma < s.tokenEnd && tokenAt(tokens, comma).norm !== ',') comma++;
  const end = tokens[comma]?.start ?? s.end;
  if (comma >= s.tokenEnd || end > triggerStart) return null;
  return inSentence(doc.places, s).find((p) => p.end <= end && !overlaps(p, parties) && !modifier(doc, p)) ?? null;
}

/** Follows the chain of places around `p` ("Sinai Peninsula in Egypt", "Syria's Aleppo province") to the most specific. */
function mostSpecific(doc: Doc, p: Place, places: Place[], parties: ActorRef[]): Place {
  let best = p;
  const linked = (a: Place, b: Place): boolean => {
    const gap = doc.text.slice(a.end, b.start).trim().replace(/^the\s+/i, '').trim();
    return gap === '' ? b.start - a.end <= 1 : CHAIN.has(gap.toLowerCase()) || /^,\s*(the\s+)?$/.test(gap) || /^['’]s$/.test(gap) || possessedHead(doc, a, b);
  };
  const i = places.indexOf(p);
  for (const step of [1, -1]) {
    let cur = p;
    for (let j = i + step; j >= 0 && j < places.length; j += step) {
      const q = at(places, j);
      if (overlaps(q, parties) || !(step > 0 ? linked(cur, q) : linked(q, cur))) break;
      // a place named as part of another ("the south Baghdad neighbourhood of Al-Bayaa") is finer whatever its kind
      if (step > 0 && possessedHead(doc, cur, q)) best = q;
      else if (!(step < 0 && possessedHead(doc, q, cur)) && SPECIFIC[q.kind] < SPECIFIC[best.kind]) best = q;
      cur = q;
    }
  }
  return best;
}

/**
 * "Dagestan's regional capital Makhachkala", "Iraq's northern city of Mosul", "the Baghdad
 * neighbourhood of Al-Bayaa": the place after a possessive, or after "<head> of" that the first
 * place modifies, reached through a head noun and its modifiers, lies inside the first place.
 */
function possessedHead(doc: Doc, a: Place, b: Place): boolean {
  const tokens = doc.tokens;
  let k = firstTokenAtOrAfter(doc, a.end);
  const end = firstTokenAtOrAfter(doc, b.start);
  // "Baghdad's southern district of Saiydiah", or the place as the head's modifier: "the south Baghdad neighbourhood of Al-Bayaa"
  if (/^['’]s$/.test(tokens[k]?.norm ?? '')) k++;
  else if (tokens[end - 1]?.norm !== 'of') return false;
  let head = false;
  for (; k < end; k++) {
    const t = tokenAt(tokens, k);
    if (HEADS.has(t.norm) && t.pos === 'NOUN') head = true;
    else if (!(DIRECTIONS.has(t.norm) || t.pos === 'ADJ' || (head && t.norm === 'of'))) return false;
  }
  return head;
}

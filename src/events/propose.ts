// Parsers propose: lexicon matches that are used as verbs (or are event nouns), outside
// quotations, with the longest match winning where two overlap.
import type { Doc, Sentence } from '../types.js';
import { findTriggers, type TriggerMatch } from './match.js';
import { usedAsVerb } from './verbcheck.js';
import { speakerQuote } from './quoted.js';
import { FRAMES } from './frames/index.js';
import { CUES } from './cues.js';
import { WORDS } from './words.js';
import { idiomTokens } from './idioms.js';
import { ploverInfo } from './codes.js';
import type { PloverType } from '../types.js';

const ploverQuad = (t: PloverType): number => ploverInfo(t).quad;
import { hasParty, inTime, npModifierAt, OBJECT_PHRASE_POS, type DocView } from './view.js';
import { tok } from '../doc.js';
import { int32At } from '../at.js';

export interface Candidate extends TriggerMatch {
  head: number;
}

/** The match with its head: the fields in TriggerMatch's order, as a spread gave them. */
const candidateOf = (m: TriggerMatch): Candidate => ({ pattern: m.pattern, start: m.start, end: m.end, verbs: m.verbs, skipped: m.skipped, head: m.verbs[0] ?? m.start });

/** 1 when a match opens with a noun (the pattern names its subject), else 0. */
const nounFirst = (doc: Doc, m: TriggerMatch): number => Number(['NOUN', 'PROPN'].includes(tok(doc, m.start).pos) && m.verbs[0] !== m.start);

function specificity(m: TriggerMatch): number {
  const words = m.pattern.slots.filter((s) => s.kind === 'alt').length;
  // Then the span, then the words matched within it ("staged a flag march" is a flag march
  // before it is a march).
  return words * 1000 + (m.end - m.start) * 10 - Math.min(m.skipped, 9);
}


/** A party's mention opens the noun phrase at token k (past determiners, adjectives and numbers). */
function partyAfter(doc: Doc, view: DocView, s: Sentence, k: number): boolean {
  while (k < s.tokenEnd && int32At(view.actorAt, k) < 0 && npModifierAt(doc, k)) k++;
  return k < s.tokenEnd && int32At(view.actorAt, k) >= 0;
}

/** A lexicon match is a candidate when its head is outside quotes, names and dates, and is used as a verb (or the entry is an event noun). */
function accepted(doc: Doc, view: DocView, s: Sentence, c: Candidate, askCompromise: boolean, idioms: ReadonlySet<number>, agentlessOnly: boolean): boolean {
  const head = c.head;
  if (idioms.has(head)) {
    doc.messages.push({ stage: 'events', rule: 'events/idiom', level: 'info', reason: 'inside an idiom (data/events/idioms.json): not an event', start: tok(doc, c.start).start, end: tok(doc, c.end - 1).end });
    return false;
  }
  // Quoted speech is the speaker's statement: coded only when the quotes stage found who said it.
  if (view.quoted[head] && !speakerQuote(doc, tok(doc, head).start)) return false;
  if (int32At(view.actorAt, head) >= 0 || inTime(doc, tok(doc, head).start)) return false; // "United States", "March 5" are not verbs
  // A derived passive reads its subject as the entry's own noun ("a curfew was imposed"). A subject
  // that is a party ("troops were moved to") is a plain passive, read by the entry's own frame,
  // unless a "by" agent follows ("reservists were called up by Israel": the agent acts).
  if (c.pattern.entry.passive && int32At(view.actorAt, c.start) >= 0 && !(c.end < s.tokenEnd && WORDS.agentPreps.has(tok(doc, c.end).norm))) return false;
  // A converted pattern that ends on "to" with a target to find ("* TO": order|direct|head|come ... to X)
  // reads a party right after it: "ordered the ruling party to dissolve" is an infinitive, "coming to an
  // end in Baghuz" names no target (and the place must not stand in for one)
  const e = c.pattern.entry;
  if (e.source === 'vendor' && e.needsRecipient && tok(doc, c.end - 1).norm === 'to' && !partyAfter(doc, view, s, c.end)) return false;
  const before = head > s.tokenStart ? int32At(view.actorAt, head - 1) : -1;
  const afterActor = before >= 0;
  // "Turkey's Erdogan hosts": a possessive inside the name before the verb is no determiner of it
  const nameFrom = afterActor ? int32At(view.actorFirstToken, before) : head;
  // Without a party before the head compromise's answer would not matter, unless the sentence has no
  // party at all and a place stands in for one (violence suffered in a place), or the trigger never
  // names its agent ("protests spread across Nigeria": the party after it is the place).
  const worth = askCompromise && (agentlessOnly || c.pattern.entry.agentless === true || hasParty(view, s.tokenStart, head));
  const frame = FRAMES[c.pattern.entry.frame];
  if (frame.nominal === true) return frame.nounOnly !== true || !usedAsVerb(doc, s, head, worth, afterActor, nameFrom);
  return usedAsVerb(doc, s, head, worth, afterActor, nameFrom, afterActor && prepObject(doc, s, c, nameFrom));
}

/**
 * "protesters marched and the police fired at them": the match is the verb and the preposition right
 * after it, the preposition's object (no "by" agent) follows, and the actor before the verb opens a
 * clause of its own after "and" or "but" (word-classes.json clauseJoins; a comma is left out: after
 * it a noun phrase is as often an apposition, "the Kurds, a people committed to peace").
 */
function prepObject(doc: Doc, s: Sentence, c: Candidate, nameFrom: number): boolean {
  if (c.end !== c.head + 2 || c.end >= s.tokenEnd || tok(doc, c.head + 1).pos !== 'ADP') return false;
  const next = tok(doc, c.end);
  if (WORDS.agentPreps.has(next.norm) || !OBJECT_PHRASE_POS.has(next.pos)) return false;
  let k = nameFrom - 1;
  while (k > s.tokenStart && npModifierAt(doc, k)) k--;
  return k > s.tokenStart && tok(doc, k).pos === 'CCONJ' && WORDS.clauseJoins.has(tok(doc, k).norm);
}

/** The best non-overlapping accepted candidates of a ranked list. */
function keep(doc: Doc, view: DocView, s: Sentence, ranked: Candidate[], askCompromise: boolean, agentlessOnly: boolean): Candidate[] {
  const kept: Candidate[] = [];
  let idioms: Set<number> | null = null; // read once per sentence, only when there is a candidate
  for (const c of ranked) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    if (accepted(doc, view, s, c, askCompromise, idioms ??= idiomTokens(doc.tokens, s), agentlessOnly)) kept.push(c);
  }
  return kept;
}

/** What the parsers propose in a sentence, and whether the converted lexicon is still to be tried there. */
export interface Proposal {
  candidates: Candidate[];
  /**
   * The converted lexicon was not matched because entente's own found verbs: if every one of them is
   * then dropped while coding as an entry written for other parties (an actor of another sector),
   * `proposeVendor` reads the sentence as where entente's own found nothing (issue 15).
   */
  vendorLater: boolean;
}

/**
 * The matches of one lexicon, best first. With no named party only what needs none is read:
 * agentless triggers, violence suffered, arrests (whoever is held is a party, named or not), and
 * protests (a crowd named by its size protests for the people of its place).
 */
function ranked(doc: Doc, view: DocView, s: Sentence, source: 'own' | 'vendor', agentlessOnly: boolean): Candidate[] {
  return findTriggers(doc.tokens, s, source, view)
    .filter((m) => !agentlessOnly || m.pattern.entry.agentless || m.pattern.entry.passive || m.pattern.entry.type === 'ASSAULT' || m.pattern.entry.type === 'PROTEST' || m.pattern.entry.mode === 'arrest')
    // each match's sort keys once, not per comparison (specificity filtered the slots twice a
    // comparison), and the candidate written out field by field, not spread (issue 16)
    .map((m) => ({ c: candidateOf(m), spec: specificity(m), noun: nounFirst(doc, m) }))
    // On a tie a match that starts at its verb (defined by its object: "dropped food") beats one
    // defined by the noun before the verb ("helicopters dropped"), then the earlier one.
    .sort((a, b) => b.spec - a.spec || a.noun - b.noun || a.c.start - b.c.start)
    .map((r) => r.c);
}

export function propose(doc: Doc, view: DocView, s: Sentence, agentlessOnly = false): Proposal {
  // Refiners decide: the most specific of overlapping matches wins. Matches are ranked first and
  // checked in that order, so a match already covered by a better one is dropped before the
  // verb check (its compromise fallback is the slowest step of the stage). The sort is stable,
  // so this keeps exactly what filtering every match and then ranking would.
  // entente's own lexicon first; the converted vendor lexicon is matched only in sentences where it
  // found nothing, and trusts wink's verb tags (compromise, the slow second opinion, is for entente's own)
  let kept = keep(doc, view, s, ranked(doc, view, s, 'own', agentlessOnly), true, agentlessOnly);
  // An event noun of entente's own ("on a visit to Kyiv, Scholz voiced support") leaves the verbs
  // around it to the converted lexicon: its matches that overlap none of the nouns are added.
  const nounsOnly = kept.length > 0 && kept.every((c) => FRAMES[c.pattern.entry.frame].nominal === true);
  // Likewise a main clause whose verb only the converted lexicon knows, before a subordinate clause
  // where entente's own found one ("will launch a ground operation unless the fighters withdraw").
  const sub = kept.length > 0 && !nounsOnly ? subordinateFrom(doc, s, kept) : -1;
  const vendorNow = (kept.length === 0 || nounsOnly || sub >= 0) && !agentlessOnly;
  if (vendorNow) {
    const own = kept;
    const vendor = keep(doc, view, s, ranked(doc, view, s, 'vendor', agentlessOnly), false, agentlessOnly)
      .filter((v) => !own.some((k) => v.start < k.end && k.start < v.end) && (sub < 0 || v.end <= sub));
    kept = [...own, ...vendor];
  }
  return { candidates: finish(doc, view, kept), vendorLater: !vendorNow && !agentlessOnly };
}

/**
 * The converted lexicon's reading of a sentence whose own candidates `own` all dropped: its matches
 * that overlap none of them (the words entente's own read stay read), as for event nouns above.
 */
export function proposeVendor(doc: Doc, view: DocView, s: Sentence, own: readonly Candidate[]): Candidate[] {
  return finish(doc, view, keep(doc, view, s, ranked(doc, view, s, 'vendor', false), false, false)
    .filter((v) => !own.some((k) => v.start < k.end && k.start < v.end)));
}

/** The kept candidates in text order, less event nouns that are the content of the verbal event before. */
function finish(doc: Doc, view: DocView, kept: Candidate[]): Candidate[] {
  kept.sort((a, b) => a.start - b.start);
  // "called for sanctions against Nigeria": an event noun that is the object of a verbal event is its content.
  return kept.filter((c, i) => {
    const prev = kept[i - 1];
    const nominal = FRAMES[c.pattern.entry.frame].nominal === true;
    const verbalPrev = prev && ploverQuad(prev.pattern.entry.type) % 2 === 1 && prev.pattern.entry.frame !== 'noun';
    return !(nominal && verbalPrev && c.start - prev.end <= 3) && !objectCompoundHead(doc, view, prev, c);
  });
}

/**
 * The token opening a subordinate clause ("unless", "after", "because" ...; not "that", which opens
 * what was said) when every candidate lies after it and words stand before it; else -1.
 */
function subordinateFrom(doc: Doc, s: Sentence, kept: readonly Candidate[]): number {
  const first = Math.min(...kept.map((c) => c.start));
  for (let i = s.tokenStart + 2; i < first; i++) {
    const t = tok(doc, i);
    if (t.norm !== 'that' && WORDS.subordinators.has(t.norm) && (t.pos === 'SCONJ' || t.pos === 'ADP')) return i;
  }
  return -1;
}

/**
 * "Israel strikes Hezbollah targets": a plural-looking word right after a party that is the object of
 * the trigger before it heads that object ("Hezbollah targets"), it is no verb of its own. A speech
 * verb before the party may open a clause ("said Hamas attacks"), so it does not count.
 */
function objectCompoundHead(doc: Doc, view: DocView, prev: Candidate | undefined, c: Candidate): boolean {
  if (!prev || FRAMES[c.pattern.entry.frame].nominal === true || !/s$/.test(tok(doc, c.head).norm)) return false;
  const idx = c.head > 0 ? int32At(view.actorAt, c.head - 1) : -1;
  return idx >= 0 && int32At(view.actorFirstToken, idx) === prev.end && !CUES.speechVerbs.has(tok(doc, prev.head).norm);
}

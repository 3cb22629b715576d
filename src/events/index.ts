// Events stage: lexicon patterns propose triggers (propose.ts); code-candidate.ts attaches actor
// and recipient as the entry's frame (frames/) says; then modality, date, place, size and codes,
// and what is not a factual event is dropped. Every drop is recorded on the Doc as a message.
import * as crypto from 'node:crypto';
import type { ActorRef, Doc, Event, PloverType, Sentence } from '../types.js';
import { attachDate } from './attach-date.js';
import { attachPlace } from './attach-place.js';
import { goldstein, ploverInfo, ploverScore, quadOfCameo } from './codes.js';
import { readContexts } from './context.js';
import { CUES } from './cues.js';
import { readModality } from './modality.js';
import { findReporter } from './reporter.js';
import { placeByLocale, storyLocale } from './locale.js';
import { placeByContext } from './place-context.js';
import { placeByStoryCountry } from './place-person.js';
import { propose, proposeVendor, type Candidate } from './propose.js';
import { hasPassive, partyAfter } from './participants.js';
import { PLACE_REFS, hasGroupAnaphor } from './clause.js';
import { codeCandidate, type Coded, type Drop } from './code-candidate.js';
import { FRAME_CODES } from './frames/codes.js';
import { backgroundEra, isBackground } from './background.js';
import { diedOf, isHarmWord, sentenceCounts, sizeOf, type Count } from './size.js';
import { nonPoliticalDomain } from './domain.js';
import { buildView, firstTokenAtOrAfter, hasParty, inSentence, type DocView } from './view.js';
import { sameSpan } from '../span-index.js';
import { tok } from '../doc.js';
import { WORDS } from './words.js';
import { reportedSpeaker } from './quoted.js';
import { at } from '../at.js';

function note(doc: Doc, c: Candidate, drop: Drop): void {
  const a = tok(doc, c.start);
  const b = tok(doc, c.end - 1);
  doc.messages.push({ stage: 'events', rule: `events/${drop.rule}`, level: 'info', reason: drop.reason, start: a.start, end: b.end });
}

/**
 * CAMEO codes an announced or intended action as intent: a cooperative one as AGREE (03x),
 * a conflictual one as THREATEN (13x). Verbal conflict (REQUEST, ACCUSE, REJECT) keeps its type.
 */
function asIntent(coded: Coded, conditional: boolean): void {
  const quad = ploverInfo(coded.type).quad;
  if (quad === 3 && coded.type !== 'THREATEN') return;
  const code = CUES.intentCodes[coded.type];
  if (!code) return;
  // "will withdraw its force unless ...": a conditional intention is a threat (CAMEO 13).
  if (conditional && quad <= 2) { Object.assign(coded, FRAME_CODES.conditionalIntent); return; }
  if (quad <= 2) { coded.type = 'AGREE'; coded.mode = null; }
  else { coded.mode = coded.type === 'ASSAULT' || coded.type === 'MOBILIZE' ? 'violence' : coded.type === 'SANCTION' ? 'relations' : coded.mode; coded.type = 'THREATEN'; }
  coded.cameo = code;
}

/** The speaker who reported the event, unless the event is itself that speech. */
function reporterOf(view: DocView, s: Sentence, c: Candidate, floor: number): ActorRef | null {
  if (CUES.speechVerbs.has(tok(view.doc, c.head).norm)) return null;
  return findReporter(view, s, c.head, floor);
}

/**
 * SHA-256 in hex. Node's one-shot crypto.hash (20.12 and later) skips the Hash object and stream
 * that createHash builds for each event: in a full annotate that object cost about 30 µs a call,
 * about 1% of the CPU (issue 16). Older Nodes (the package allows any 20) keep createHash.
 */
const sha256Hex: (s: string) => string = typeof crypto.hash === 'function'
  ? (s) => crypto.hash('sha256', s, 'hex')
  : (s) => crypto.createHash('sha256').update(s).digest('hex');

function eventId(doc: Doc, c: Candidate, type: PloverType): string {
  return sha256Hex(`${doc.id}:${tok(doc, c.head).start}:${type}`).slice(0, 16);
}

function confidence(doc: Doc, c: Candidate, coded: Coded): number {
  let p = 0.55;
  if (coded.recipient) p += 0.1;
  if (tok(doc, c.head).pos === 'VERB') p += 0.1;
  if (c.pattern.slots.length > 1) p += 0.05;
  const viaCoref = (refs: ActorRef[]) => refs.some((r) => sameSpan(doc.actors, r)?.via === 'coref');
  if (viaCoref(coded.actor.refs)) p -= 0.1;
  if (coded.actor.refs.some((r) => r.code === null)) p -= 0.15;
  // an actor read off the event's place (code-candidate.ts: the people of a protest's town, the
  // authorities of an agentless arrest's) is inferred, not named, as much as a missing one
  if (coded.actor.refs.length === 0 || coded.actor.refs.every((r) => PLACE_REFS.has(r))) p -= 0.15;
  return Math.round(Math.max(0.05, Math.min(0.95, p)) * 100) / 100;
}

/** The first token of an event's trigger. */
const triggerHead = (doc: Doc, e: Event): number => firstTokenAtOrAfter(doc, e.trigger.start);

function codeSentence(view: DocView, s: Sentence, floor: number, out: Event[], nonFactual: Event[], agentlessOnly: boolean): void {
  const doc = view.doc;
  const startCount = out.length;
  const causes = new Map<Event, number>(); // harms whose agent came from an attack noun, and that noun's token
  /** Codes one candidate into `out` or `nonFactual`; the drop when it is no event at all. */
  const codeOne = (c: Candidate): Drop | null => {
    const coded = codeCandidate({ view, s, c, floor, previous: out[out.length - 1] });
    if ('drop' in coded) { note(doc, c, coded.drop); return coded.drop; }
    const modality = readModality(view, s, coded.actor.token, c.head);
    // "the US claimed that ISIL had attacked Iraq": what the party opening the claimed clause is said
    // to have done is the claimant's allegation (the ACCUSE is the claim itself), not established;
    // "Russia claimed that its forces took the town" is the actor's own claim of its act, kept as done
    // and marked claimed. Other acts in the clause ("... were there when the police intervened") are
    // read as the text tells them.
    if (modality.claimAt !== undefined) {
      const speaker = reportedSpeaker(doc, modality.claimAt);
      const accused = partyAfter(view, s, modality.claimAt + 1);
      const among = (refs: readonly ActorRef[], r: ActorRef) => refs.some((a) => a.actorId === r.actorId || (r.code !== null && a.code === r.code && a.sector === r.sector));
      if (speaker && coded.actor.refs.some((a) => among([speaker], a))) coded.claimed = true;
      else if (speaker && accused && coded.actor.refs.some((a) => among(accused.refs, a))) modality.alleged = true;
    }
    // "said he would not provide support": a refused intention is a REJECT (CAMEO 12), not nothing.
    if (modality.negated && modality.future && !modality.hypothetical && ploverInfo(coded.type).quad !== 4) {
      Object.assign(coded, FRAME_CODES.refusedIntent);
      modality.negated = false; modality.future = false;
    }
    // "gunmen tried to kill the mayor", "attempted to storm the base": an attempt at material conflict
    // (PLOVER quad 4) was made, and is itself the act ("attempted to assassinate" is CAMEO 185); an
    // attempt at anything else ("tried to negotiate") stays an intention not carried out.
    if (modality.attempted && ploverInfo(coded.type).quad === 4) {
      modality.irrealis = false;
      coded.cameo = CUES.attemptCodes[coded.cameo] ?? coded.cameo;
    }
    // Negated, hypothetical and purpose readings are kept, marked, in doc.nonFactual: they do not count.
    const notFact: Drop | null = modality.negated ? { rule: 'negated', reason: 'negated' }
      : modality.hypothetical ? { rule: 'hypothetical', reason: 'hypothetical or conditional' }
      : modality.irrealis ? { rule: 'purpose', reason: 'purpose or intention clause' }
      : modality.alleged ? { rule: 'alleged', reason: 'alleged by another party' } : null;
    if (notFact) note(doc, c, { rule: `non-factual-${notFact.rule}`, reason: `${notFact.reason}: kept as non-factual, not counted` });
    else if (modality.future) asIntent(coded, modality.conditional);
    const trigger = { start: tok(doc, c.start).start, end: tok(doc, c.end - 1).end };
    // Places that named a party are not its place of action, unless the place stood in as the recipient.
    const parties = [...coded.actor.refs, ...(coded.recipient && !coded.recipient.viaPlace ? coded.recipient.refs : [])];
    const info = ploverInfo(coded.type);
    const quad = quadOfCameo(coded.cameo, info.quad);
    const event: Event = {
      id: eventId(doc, c, coded.type),
      type: coded.type,
      mode: coded.mode,
      context: readContexts(doc.tokens, s, c.pattern.entry.context),
      actor: coded.actor.refs,
      recipient: coded.recipient?.refs ?? [],
      ...attachDate(doc, s, trigger.start, quad % 2 === 1, !notFact && !modality.future),
      place: attachPlace(doc, s, trigger.start, parties),
      size: info.quad === 4 ? sizeOf(sentenceCounts(doc, s)) : { dead: null, injured: null, arrested: null },
      modality: { negated: modality.negated, hypothetical: notFact !== null && !modality.negated, future: modality.future, claimed: coded.claimed },
      reportedBy: reporterOf(view, s, c, floor),
      quad_code: quad,
      cameo: coded.cameo,
      goldstein: goldstein(coded.cameo),
      plover_score: ploverScore(coded.type, coded.mode),
      sentence: { start: s.start, end: s.end },
      trigger,
      confidence: notFact ? Math.round(confidence(doc, c, coded) * 50) / 100 : confidence(doc, c, coded),
    };
    if (event.place) event.placeFrom = 'clause';
    const dated = !notFact && isBackground(doc, event);
    const era = notFact || dated ? null : backgroundEra(doc, s, trigger.start);
    if (dated || era) {
      event.modality.background = true;
      note(doc, c, { rule: 'background', reason: era ? `background: during ${era}, long before the story; kept, not counted` : `background: dated ${event.date}, long before the story; kept, not counted` });
      nonFactual.push(event);
      return null;
    }
    (notFact ? nonFactual : out).push(event);
    if (!notFact && coded.actor.causeNoun !== undefined) causes.set(event, coded.actor.causeNoun);
    return null;
  };
  const proposal = propose(doc, view, s, agentlessOnly);
  let forOthers = 0;
  for (const c of proposal.candidates) if (codeOne(c)?.forOthers) forOthers++;
  // "tanks pushed into Syria, escorted by jets": when every match of entente's own is an entry written
  // for other parties ('~escort' is police work), entente's own has said nothing of the sentence, and
  // the converted lexicon reads it as where entente's own found nothing. (Other drops are entente's
  // word that the sentence is no event: "said", "accused of" must not fall back.)
  if (proposal.vendorLater && forOthers === proposal.candidates.length) for (const c of proposeVendor(doc, view, s, proposal.candidates)) codeOne(c);
  dropGoverningAgree(doc, out, startCount);
  dropCauseEvents(doc, out, startCount, causes);
  mergeHarmsIntoActs(doc, out, startCount);
  mergeCoordinatedHarms(doc, out, startCount);
  shareCounts(doc, out, startCount, s);
  markFatalCauses(doc, out, startCount, s);
  inheritRecipients(out, startCount);
}

/**
 * "more people died in police firing", "deaths due to the shelling": an assault named as what people
 * died of killed at least one, though no number says how many; its dead count is then 1, marked
 * approximate (a floor, as "dozens" is).
 */
function markFatalCauses(doc: Doc, events: Event[], from: number, s: Sentence): void {
  for (const e of events.slice(from)) {
    if (e.type !== 'ASSAULT' || e.size.dead !== null) continue;
    const head = triggerHead(doc, e);
    const last = firstTokenAtOrAfter(doc, e.trigger.end) - 1;
    if (!diedOf(doc.tokens, s, head) && !(last > head && diedOf(doc.tokens, s, last))) continue;
    e.size = { ...e.size, dead: 1, approximate: true };
  }
}

/**
 * "police arrested 14 students and fired water cannon at protesters", "41 were killed and 90 injured":
 * with several sized events in one sentence, each count goes to one of them, so a total over events
 * counts every person once. A count goes to an event of its kind where there is one (arrests to
 * COERCE, dead and injured to ASSAULT), to the event whose trigger is nearest the word that says what
 * was counted. A harm with no agent (or only the counted people as its subject) counts as
 * AGENTLESS_HANDICAP tokens further than it is: "one person was killed when the police fired" gives
 * the death to the police's act, while a harm far from any act keeps its own count. Nearest pairs are
 * settled first; an event takes one count of each kind.
 */
const AGENTLESS_HANDICAP = 16;
function shareCounts(doc: Doc, events: Event[], from: number, s: Sentence): void {
  const sized = events.slice(from).filter((e) => ploverInfo(e.type).quad === 4);
  if (sized.length < 2) return;
  const counts = sentenceCounts(doc, s);
  const pairs: { c: Count; e: Event; cost: number }[] = [];
  for (const c of counts) {
    const wanted = c.kind === 'arrested' ? 'COERCE' : 'ASSAULT';
    const pool = sized.some((e) => e.type === wanted) ? sized.filter((e) => e.type === wanted) : sized;
    for (const e of pool) {
      // the people counted are no agent: "two persons died", "30 died" name the dead as the verb's subject
      const agentless = e.actor.every((a) => { const k = firstTokenAtOrAfter(doc, a.start); return k >= c.at && k <= c.at + 2; });
      const cost = Math.abs(triggerHead(doc, e) - c.word) + (agentless ? AGENTLESS_HANDICAP : 0);
      pairs.push({ c, e, cost });
    }
  }
  pairs.sort((a, b) => a.cost - b.cost); // stable: ties keep text order
  for (const e of sized) e.size = { dead: null, injured: null, arrested: null };
  const placed = new Set<Count>();
  for (const { c, e } of pairs) {
    if (placed.has(c) || e.size[c.kind] !== null) continue;
    placed.add(c);
    e.size[c.kind] = c.value;
    if (c.approximate) e.size.approximate = true;
  }
}

/**
 * "killed in an Israeli air strike": the strike is the killing's cause and the same act, read once
 * (the killing keeps the victims and the count; the strike's mode is kept when the killing has none).
 */
function dropCauseEvents(doc: Doc, events: Event[], from: number, causes: ReadonlyMap<Event, number>): void {
  for (const [harm, noun] of causes) {
    const t = tok(doc, noun);
    const i = events.findIndex((e, j) => j >= from && e !== harm && e.type === harm.type && e.trigger.start <= t.start && t.end <= e.trigger.end);
    if (i < 0) continue;
    harm.mode ??= at(events, i).mode;
    doc.messages.push({ stage: 'events', rule: 'events/cause-of-harm', level: 'info', reason: 'the act the harm came from: read as the same event', start: at(events, i).trigger.start, end: at(events, i).trigger.end });
    events.splice(i, 1);
  }
}

/**
 * "One person was killed when the police opened fire": a harm with no agent, joined by a link word
 * (word-classes.json harmLinks) to an assault with one in the clause after it, is that assault's
 * outcome, one event: the act keeps its agent and takes the harm's victims when it names none.
 */
function mergeHarmsIntoActs(doc: Doc, events: Event[], from: number): void {
  for (let i = events.length - 1; i >= from; i--) {
    const harm = at(events, i);
    if (harm.type !== 'ASSAULT' || harm.actor.length > 0 || !isHarmWord(tok(doc, triggerHead(doc, harm)).norm)) continue;
    const act = events.find((e, j) => j >= from && e !== harm && e.type === 'ASSAULT' && e.actor.length > 0 && e.trigger.start > harm.trigger.end && (wordsBetween(doc, harm.trigger.end, e.trigger.start, (w) => WORDS.harmLinks.has(w)) ?? 0) > 0);
    if (!act) continue;
    if (act.recipient.length === 0) act.recipient = harm.recipient;
    doc.messages.push({ stage: 'events', rule: 'events/cause-of-harm', level: 'info', reason: 'a harm and the act it came from ("killed when police fired"): read as the act', start: harm.trigger.start, end: harm.trigger.end });
    events.splice(i, 1);
  }
}

/**
 * "A gunman killed 58 people and injured more than 500", "41 were killed and 90 injured": two harm
 * verbs joined by "and", with the same agent (or none), tell one assault's outcome: one event, which
 * keeps the first verb's victims and, through shareCounts, both counts.
 */
function mergeCoordinatedHarms(doc: Doc, events: Event[], from: number): void {
  for (let i = events.length - 1; i > from; i--) {
    const second = at(events, i);
    const first = at(events, i - 1);
    if (first.type !== 'ASSAULT' || second.type !== 'ASSAULT' || first.sentence.start !== second.sentence.start) continue;
    const head = (e: Event) => tok(doc, triggerHead(doc, e)).norm;
    if (!isHarmWord(head(first)) || !isHarmWord(head(second)) || head(first) === head(second)) continue;
    const ids = (e: Event) => e.actor.map((a) => a.actorId).sort().join('|');
    if (ids(first) !== ids(second) || wordsBetween(doc, first.trigger.end, second.trigger.start, (w) => w === 'and') !== 1) continue;
    if (first.recipient.length === 0) first.recipient = second.recipient;
    doc.messages.push({ stage: 'events', rule: 'events/one-outcome', level: 'info', reason: 'two harms of one assault ("killed ... and injured ..."): read as one event', start: second.trigger.start, end: second.trigger.end });
    events.splice(i, 1);
  }
}

/**
 * How many words between two offsets of a sentence `counts` accepts, or null when a clause break
 * (";") stands between: "killed ... when police fired" has one link word, "killed ... and injured"
 * one "and".
 */
function wordsBetween(doc: Doc, from: number, to: number, counts: (w: string) => boolean): number | null {
  let n = 0;
  for (let k = firstTokenAtOrAfter(doc, from); k < doc.tokens.length && tok(doc, k).start < to; k++) {
    const w = tok(doc, k).norm;
    if (w === ';') return null;
    if (counts(w)) n++;
  }
  return n;
}

/** "agreed to provide aid": the concrete event stands; the agreement that governs it is not a second event. */
function dropGoverningAgree(doc: Doc, events: Event[], from: number): void {
  for (let i = events.length - 1; i > from; i--) {
    const inner = at(events, i);
    const h = triggerHead(doc, inner);
    if (h < 2 || tok(doc, h - 1).norm !== 'to') continue;
    const gov = tok(doc, h - 2);
    const outer = events.findIndex((e, j) => j >= from && j < i && e.type === 'AGREE' && e.trigger.start <= gov.start && gov.end <= e.trigger.end);
    if (outer >= 0) {
      doc.messages.push({ stage: 'events', rule: 'events/agreement-subsumed', level: 'info', reason: 'agreement subsumed by the event agreed to', start: at(events, outer).trigger.start, end: at(events, outer).trigger.end });
      events.splice(outer, 1);
      i--;
    }
  }
}

/**
 * Aid answers a request: "Hollande said it would be a good signal if Germany could do more" ...
 * "Germany decided to send a warship to help". Aid with no recipient, from a party the story shows
 * being asked, goes to whoever asked it (when exactly one country asked). Recorded as a message.
 */
function answerRequests(doc: Doc, events: Event[]): void {
  for (const e of events) {
    if (e.type !== 'AID' || e.recipient.length > 0 || e.actor.length === 0) continue;
    const giver = new Set(e.actor.map((a) => a.code).filter((c) => c !== null));
    const askers = events.filter((r) => r.type === 'REQUEST' && r.recipient.some((x) => x.code !== null && giver.has(x.code))
      && r.actor.length > 0 && r.actor.every((a) => a.code !== null && !giver.has(a.code)));
    const codes = new Set(askers.flatMap((r) => r.actor.map((a) => a.code)));
    if (codes.size !== 1) continue;
    e.recipient = at(askers, 0).actor;
    e.confidence = Math.round(e.confidence * 80) / 100;
    doc.messages.push({ stage: 'events', rule: 'events/aid-to-asker', level: 'info', reason: `aid with no named recipient: given to ${[...codes][0]}, who asked for it`, start: e.trigger.start, end: e.trigger.end });
  }
}

/** "He praised X and said that Moscow was open for cooperation": a clause with no recipient shares its neighbour's. */
function inheritRecipients(events: Event[], from: number): void {
  for (let i = from + 1; i < events.length; i++) {
    const e = at(events, i);
    const prev = at(events, i - 1);
    if (e.actor.length === 0 || e.recipient.length > 0 || prev.recipient.length === 0 || ploverInfo(e.type).quad !== ploverInfo(prev.type).quad) continue;
    // an uncoded actor matches by its id only: "rebels ... and the army" share no null code
    const sameActor = e.actor.every((a) => a.code !== null && prev.actor.some((p) => p.code === a.code)) || e.actor.every((a) => prev.actor.some((p) => p.actorId === a.actorId));
    if (sameActor) e.recipient = prev.recipient;
  }
}


export function eventsStage(doc: Doc): Doc {
  const view = buildView(doc);
  const events: Event[] = [];
  const nonFactual: Event[] = [];
  doc.sentences.forEach((s, i) => {
    if (s.zone !== 'body') return;
    // No one to act: skip before any tagging, unless a place can stand in for the people of an
    // agentless event ("a protest was held in Lilongwe"); then only agentless triggers are read.
    // "The two sides reached an agreement": a group anaphor stands for the parties of the event before.
    const party = hasParty(view, s.tokenStart, s.tokenEnd) || (events.length > 0 && hasGroupAnaphor(view, s));
    // "28 ramsewaks were arrested": a passive names who suffered the act in words no dictionary
    // may know; an arrest or violence so reported is read with the party left uncoded.
    if (!party && !inSentence(doc.places, s).some((p) => p.country) && !hasPassive(view, s)) return;
    const domain = nonPoliticalDomain(doc.tokens, s);
    if (domain) {
      doc.messages.push({ stage: 'events', rule: 'events/non-political-domain', level: 'info', reason: `${domain} sentence: not coded`, start: s.start, end: s.end });
      return;
    }
    const floor = at(doc.sentences, Math.max(0, i - 2)).tokenStart;
    codeSentence(view, s, floor, events, nonFactual, !party);
  });
  answerRequests(doc, events);
  const locale = storyLocale(doc);
  placeByLocale(doc, events, locale);
  placeByContext(events);
  placeByStoryCountry(doc, events, locale);
  doc.events = events;
  doc.nonFactual = nonFactual;
  return doc;
}

// Events stage: lexicon patterns propose triggers (propose.ts); refiners attach actor and
// recipient, read frames and modality, drop what is not a factual event, and fill in
// date, place, size and codes. Every drop is recorded on the Doc as a message.
import { createHash } from 'node:crypto';
import type { ActorRef, Doc, Event, PloverType, Sentence } from '../types.js';
import { attachDate } from './attach-date.js';
import { attachPlace } from './attach-place.js';
import { goldstein, ploverInfo, ploverScore } from './codes.js';
import { readContexts } from './context.js';
import { CUES } from './cues.js';
import { readModality } from './modality.js';
import { readDesirable } from './desirable.js';
import { findReporter } from './reporter.js';
import { placeByLocale } from './locale.js';
import { findByAgent, findPossessor, findRecipient, findSubject, isPassive, type Party } from './participants.js';
import { propose, type Candidate } from './propose.js';
import { readSize } from './size.js';
import { nonPoliticalDomain } from './domain.js';
import { buildView, firstTokenAtOrAfter, hasParty, type DocView } from './view.js';

interface Coded {
  type: PloverType;
  mode: string | null;
  cameo: string;
  actor: Party;
  recipient: Party | null;
  claimed: boolean;
}

const COOPERATIVE = (t: PloverType): boolean => ploverInfo(t).quad <= 2;
// Verbal conflict (demand, accuse, reject, threaten) names its recipient in a that-clause too:
// "demanded that the prime minister resign".
const DIRECTIVE = (t: PloverType): boolean => ploverInfo(t).quad === 3;
/** Types coded with an empty actor when the passive subject names who suffered them. */
const ACTORLESS: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE']);
/** Recipients that are a place standing in for an unnamed party. */
const PLACE_REFS = new WeakSet<ActorRef>();

function note(doc: Doc, c: Candidate, reason: string): void {
  const a = doc.tokens[c.start]!;
  const b = doc.tokens[c.end - 1]!;
  doc.messages.push({ stage: 'events', level: 'info', reason, start: a.start, end: b.end });
}

/** "both leaders", "the two sides": the participants of the event just before. */
function groupAnaphor(view: DocView, s: Sentence, h: number, previous: Event | undefined): Party | null {
  if (!previous) return null;
  for (const seq of CUES.groupAnaphors) {
    for (let start = Math.max(s.tokenStart, h - seq.length - 2); start < h; start++) {
      if (seq.every((w, i) => view.doc.tokens[start + i]?.norm === w)) {
        // the people of the previous event, not a place that stood in for its recipient
        return { refs: [...previous.actor, ...previous.recipient.filter((r) => !PLACE_REFS.has(r))], token: start };
      }
    }
  }
  return null;
}

/**
 * A state acting on its own organs is not a recipient: "Obama ... Washington", "Russia will send
 * troops" (RUS -> RUS MIL). Other sectors of the same country stay ("police arrested activists").
 */
function ownOrgan(actors: ActorRef[], r: ActorRef): boolean {
  return actors.some((a) => a.code !== null && a.code === r.code &&
    (a.sector === r.sector || ((a.sector === null || r.sector === null) && CUES.ownOrgans.has(r.sector ?? a.sector ?? 'GOV'))));
}

/** A passive clause's subject is a count of people ("40 persons have been arrested", "six were killed"). */
function countedVictims(view: DocView, s: Sentence, h: number): boolean {
  const size = readSize(view.doc.tokens, s);
  if (size.dead === null && size.injured === null && size.arrested === null) return false;
  for (let k = h - 1; k >= s.tokenStart && k >= h - 8; k--) {
    const t = view.doc.tokens[k]!;
    if (t.pos === 'NUM') return !relativeClause(view, s, k);
  }
  return false;
}

/** A subject introduced by a relative word ("where", "in which"): a subordinate, backgrounded clause. */
function relativeClause(view: DocView, s: Sentence, subject: number): boolean {
  const tokens = view.doc.tokens;
  for (let k = subject - 1, n = 0; k >= s.tokenStart && n < 5; k--, n++) {
    const w = tokens[k]!.norm;
    if (w === 'where' || w === 'which' || w === 'whom' || w === 'when') return true;
    if (w === ';') return false;
    if (w !== ',') continue;
    // "where, it said, 100 people ...": step over the parenthetical to the comma before it
    if (!CUES.speechVerbs.has(tokens[k - 1]?.norm ?? '')) return false;
    let j = k - 1;
    while (j > s.tokenStart && k - j < 5 && tokens[j]!.norm !== ',') j--;
    if (tokens[j]!.norm !== ',') return false;
    k = j;
  }
  return false;
}

/** Material actions and visits act on a place; verbal ones only happen somewhere. */
function placeTakesRecipient(type: PloverType, mode: string | null): boolean {
  const quad = ploverInfo(type).quad;
  return quad === 2 || quad === 4 || (type === 'CONSULT' && mode === 'visit');
}

/** Speech verbs code as REQUEST only when what was said is a demand ("must", "should", "needs to"). */
function demandComplement(view: DocView, s: Sentence, from: number): number {
  for (let k = from; k < s.tokenEnd; k++) {
    const w = view.doc.tokens[k]!.norm;
    if (view.quoted[k]) continue;
    if (w === ';' || CUES.speechVerbs.has(w) && k > from + 1) return -1;
    if (CUES.demandModals.has(w)) return k;
    if (CUES.demandSemiModals.has(w) && view.doc.tokens[k + 1]?.norm === 'to') return k;
  }
  return -1;
}

function codeCandidate(view: DocView, s: Sentence, c: Candidate, floor: number, previous: Event | undefined): Coded | string {
  const e = c.pattern.entry;
  const doc = view.doc;
  let type = e.type;
  let mode = e.mode;
  let cameo = e.cameo;
  let actor: Party | null = null;
  let recipient: Party | null = null;

  if (e.frame === 'noun-possessor') {
    actor = findPossessor(view, s, c.head) ?? findSubject(view, s, c.head, floor);
  } else {
    actor = groupAnaphor(view, s, c.head, previous) ?? null;
  }
  // "The rebels came under attack by ...": the subject undergoes the event, as in a passive.
  const passive = e.frame === 'undergo' || (e.frame !== 'noun' && e.frame !== 'noun-possessor' && isPassive(view, c.head, s.tokenStart));
  if (e.agentless) actor = { refs: [], token: c.start };
  if (e.frame === 'desirable') {
    const read = readDesirable(view, s, c.head, floor);
    if (typeof read === 'string') return read;
    ({ actor, recipient } = read);
  }
  if (e.frame === 'lost-vote') {
    // "Cameron, who lost a vote on air strikes": the legislature rejected the one who lost.
    const loser = findSubject(view, s, c.head, floor);
    const state = loser?.refs.find((r) => r.code !== null);
    if (!loser || !state) return 'no actor found';
    const trigger = doc.tokens[c.start]!;
    const legislature: ActorRef = { start: trigger.start, end: doc.tokens[c.end - 1]!.end, actorId: `${state.code}-LEG`, code: state.code, sector: 'LEG', text: doc.text.slice(trigger.start, doc.tokens[c.end - 1]!.end) };
    actor = { refs: [legislature], token: c.start };
    recipient = loser;
  }
  if (!actor && e.frame === 'receive-from') {
    // "Georgian demonstrators received weapons from the government": the giver acts.
    const from = doc.tokens.slice(c.start, c.end).findIndex((t) => t.norm === 'from');
    actor = findByAgent(view, s, c.start + Math.max(0, from), 'from');
    recipient = findSubject(view, s, c.head, floor);
  } else if (!actor && passive) {
    actor = findByAgent(view, s, c.end);
    recipient = findSubject(view, s, c.head, floor);
  } else if (!actor) {
    actor = findSubject(view, s, c.head, floor);
  }
  // "MH17 was blown up over eastern Ukraine by a missile": violence suffered by a named party is an
  // event even when the text names no attacker (PLOVER leaves the actor empty).
  // Not in a relative clause ("where 28 people have been killed"): that is background, not the news.
  if ((!actor || actor.refs.length === 0) && passive && recipient && ACTORLESS.has(type) && !relativeClause(view, s, recipient.token)) {
    actor = { refs: [], token: recipient.token };
  }
  // "At least 40 persons have been arrested": with neither party named, a count still makes it news.
  let counted: boolean | undefined; // countedVictims scans the sentence: once per candidate at most
  const isCounted = (): boolean => (counted ??= countedVictims(view, s, c.head));
  if ((!actor || actor.refs.length === 0) && !recipient && passive && ACTORLESS.has(type) && isCounted()) {
    actor = { refs: [], token: c.head };
  }
  if (!actor) return 'no actor found';
  if (e.agentless && type === 'PROTEST') {
    // "protests erupted in Colombia": the people of the place protested.
    const place = attachPlace(doc, s, doc.tokens[c.head]!.start, [], true);
    if (!place?.country) return 'no actor found: an unplaced protest';
    const ref: ActorRef = { start: place.start, end: place.end, actorId: `${place.country}-CVL`, code: place.country, sector: 'CVL', text: place.text };
    PLACE_REFS.add(ref);
    actor = { refs: [ref], token: c.start };
  }
  const actorIds = new Set(actor.refs.map((r) => r.actorId));
  if (e.compound && new Set(actor.refs.map((r) => r.code).filter(Boolean)).size >= 2) ({ type, cameo, mode } = e.compound);

  if (e.frame === 'speech-demand') {
    const modal = demandComplement(view, s, c.end);
    if (modal < 0) return 'statement: not coded (PLOVER drops CAMEO 01)';
    // The addressee right after the verb ("told Putin that ..."), else the one the demand is about.
    recipient = findRecipient(view, s, objectStart(c), actorIds, false, true);
    if (recipient && recipient.token > modal + 6) recipient = null;
  } else if (e.frame === 'intent') {
    // "vowed to escalate airstrikes against ISIL": the complement decides between AGREE and THREATEN.
    const to = c.end < s.tokenEnd && doc.tokens[c.end]!.norm === 'to' ? c.end + 1 : -1;
    const verb = to > 0 ? doc.tokens[to]?.lemma ?? '' : '';
    const verbNorm = to > 0 ? doc.tokens[to]?.norm ?? '' : '';
    if (CUES.violentComplements.has(verb) || CUES.violentComplements.has(verbNorm)) { type = 'THREATEN'; mode = 'violence'; cameo = '138'; }
    else if (CUES.sanctionComplements.has(verb) || CUES.sanctionComplements.has(verbNorm)) { type = 'THREATEN'; mode = 'relations'; cameo = '131'; }
    else if (type === 'THREATEN') cameo = '130';
    recipient = findRecipient(view, s, objectStart(c), actorIds, COOPERATIVE(type), DIRECTIVE(type));
  } else if (!recipient) {
    recipient = findRecipient(view, s, objectStart(c), actorIds, COOPERATIVE(type), DIRECTIVE(type));
  }
  if (recipient) {
    recipient = { ...recipient, refs: recipient.refs.filter((r) => !actorIds.has(r.actorId) && !ownOrgan(actor!.refs, r)) };
    if (recipient.refs.length === 0) recipient = null;
  }
  if (!recipient && (e.frame === 'noun-possessor' || placeTakesRecipient(type, mode))) {
    // A visit's host, or the country a material action falls on ("lifted a curfew in Montenegro",
    // "shelled Juba"): the place of action stands in when no actor is named.
    const place = attachPlace(doc, s, doc.tokens[c.head]!.start, actor.refs, true);
    if (place?.country && !actor.refs.some((a) => a.code === place.country && a.sector === null)) {
      const sector = type === 'CONSULT' ? 'GOV' : null;
      const ref: ActorRef = { start: place.start, end: place.end, actorId: sector ? `${place.country}-${sector}` : place.country, code: place.country, sector, text: place.text };
      PLACE_REFS.add(ref);
      recipient = { refs: [ref], token: c.end, viaPlace: true };
    }
  }
  if (e.needsRecipient && !recipient) return 'no recipient: this verb is only an event with an object actor';
  if (actor.refs.length === 0 && !(ACTORLESS.has(type) && (recipient || isCounted()))) return 'no actor found';
  const claimed = actor.selfReport === true || doc.tokens[c.head]!.lemma === 'claim';
  return { type, mode, cameo, actor, recipient, claimed };
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
  if (conditional && quad <= 2) { coded.type = 'THREATEN'; coded.mode = null; coded.cameo = '130'; return; }
  if (quad <= 2) { coded.type = 'AGREE'; coded.mode = null; }
  else { coded.mode = coded.type === 'ASSAULT' || coded.type === 'MOBILIZE' ? 'violence' : coded.type === 'SANCTION' ? 'relations' : coded.mode; coded.type = 'THREATEN'; }
  coded.cameo = code;
}

/** The speaker who reported the event, unless the event is itself that speech. */
function reporterOf(view: DocView, s: Sentence, c: Candidate, floor: number): ActorRef | null {
  if (CUES.speechVerbs.has(view.doc.tokens[c.head]!.norm)) return null;
  return findReporter(view, s, c.head, floor);
}

/** Where the object may start: right after the head verb, so "accept the Peruvian proposal" finds it inside the gap. */
function objectStart(c: Candidate): number {
  return c.pattern.slots.some((x) => x.kind === 'gap') ? c.head + 1 : c.end;
}

function eventId(doc: Doc, c: Candidate, type: PloverType): string {
  return createHash('sha256').update(`${doc.id}:${doc.tokens[c.head]!.start}:${type}`).digest('hex').slice(0, 16);
}

function confidence(doc: Doc, c: Candidate, coded: Coded): number {
  let p = 0.55;
  if (coded.recipient) p += 0.1;
  if (doc.tokens[c.head]!.pos === 'VERB') p += 0.1;
  if (c.pattern.slots.length > 1) p += 0.05;
  const viaCoref = (refs: ActorRef[]) => refs.some((r) => doc.actors.find((a) => a.start === r.start && a.end === r.end)?.via === 'coref');
  if (viaCoref(coded.actor.refs)) p -= 0.1;
  if (coded.actor.refs.some((r) => r.code === null)) p -= 0.15;
  if (coded.actor.refs.length === 0) p -= 0.15;
  return Math.round(Math.max(0.05, Math.min(0.95, p)) * 100) / 100;
}

function codeSentence(view: DocView, s: Sentence, floor: number, out: Event[], nonFactual: Event[]): void {
  const doc = view.doc;
  const startCount = out.length;
  for (const c of propose(doc, view, s)) {
    const coded = codeCandidate(view, s, c, floor, out[out.length - 1]);
    if (typeof coded === 'string') { note(doc, c, coded); continue; }
    const modality = readModality(view, s, coded.actor.token, c.head);
    // "said he would not provide support": a refused intention is a REJECT (CAMEO 12), not nothing.
    if (modality.negated && modality.future && !modality.hypothetical && ploverInfo(coded.type).quad !== 4) {
      coded.type = 'REJECT'; coded.cameo = '120'; coded.mode = null;
      modality.negated = false; modality.future = false;
    }
    // Negated, hypothetical and purpose readings are kept, marked, in doc.nonFactual: they do not count.
    const notFact = modality.negated ? 'negated' : modality.hypothetical ? 'hypothetical or conditional'
      : modality.irrealis ? 'purpose or intention clause' : modality.alleged ? 'alleged by another party' : null;
    if (notFact) note(doc, c, `${notFact}: kept as non-factual, not counted`);
    else if (modality.future) asIntent(coded, modality.conditional);
    const trigger = { start: doc.tokens[c.start]!.start, end: doc.tokens[c.end - 1]!.end };
    // Places that named a party are not its place of action, unless the place stood in as the recipient.
    const parties = [...coded.actor.refs, ...(coded.recipient && !coded.recipient.viaPlace ? coded.recipient.refs : [])];
    const info = ploverInfo(coded.type);
    const event: Event = {
      id: eventId(doc, c, coded.type),
      type: coded.type,
      mode: coded.mode,
      context: readContexts(doc.tokens, s, c.pattern.entry.context),
      actor: coded.actor.refs,
      recipient: coded.recipient?.refs ?? [],
      ...attachDate(doc, s, trigger.start),
      place: attachPlace(doc, s, trigger.start, parties),
      size: info.quad === 4 ? readSize(doc.tokens, s) : { dead: null, injured: null, arrested: null },
      modality: { negated: modality.negated, hypothetical: notFact !== null && !modality.negated, future: modality.future, claimed: coded.claimed },
      reportedBy: reporterOf(view, s, c, floor),
      quad_code: info.quad,
      cameo: coded.cameo,
      goldstein: goldstein(coded.cameo),
      plover_score: ploverScore(coded.type, coded.mode),
      sentence: { start: s.start, end: s.end },
      trigger,
      confidence: notFact ? Math.round(confidence(doc, c, coded) * 50) / 100 : confidence(doc, c, coded),
    };
    if (event.place) event.placeFrom = 'clause';
    (notFact ? nonFactual : out).push(event);
  }
  dropGoverningAgree(doc, out, startCount);
  inheritRecipients(out, startCount);
}

/** "agreed to provide aid": the concrete event stands; the agreement that governs it is not a second event. */
function dropGoverningAgree(doc: Doc, events: Event[], from: number): void {
  for (let i = events.length - 1; i > from; i--) {
    const inner = events[i]!;
    const h = firstTokenAtOrAfter(doc, inner.trigger.start);
    if (h < 2 || doc.tokens[h - 1]!.norm !== 'to') continue;
    const gov = doc.tokens[h - 2]!;
    const outer = events.findIndex((e, j) => j >= from && j < i && e.type === 'AGREE' && e.trigger.start <= gov.start && gov.end <= e.trigger.end);
    if (outer >= 0) {
      doc.messages.push({ stage: 'events', level: 'info', reason: 'agreement subsumed by the event agreed to', start: events[outer]!.trigger.start, end: events[outer]!.trigger.end });
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
    e.recipient = askers[0]!.actor;
    e.confidence = Math.round(e.confidence * 80) / 100;
    doc.messages.push({ stage: 'events', level: 'info', reason: `aid with no named recipient: given to ${[...codes][0]}, who asked for it`, start: e.trigger.start, end: e.trigger.end });
  }
}

/** "He praised X and said that Moscow was open for cooperation": a clause with no recipient shares its neighbour's. */
function inheritRecipients(events: Event[], from: number): void {
  for (let i = from + 1; i < events.length; i++) {
    const e = events[i]!;
    const prev = events[i - 1]!;
    if (e.actor.length === 0 || e.recipient.length > 0 || prev.recipient.length === 0 || ploverInfo(e.type).quad !== ploverInfo(prev.type).quad) continue;
    const sameActor = e.actor.every((a) => prev.actor.some((p) => p.code === a.code)) || e.actor.every((a) => prev.actor.some((p) => p.actorId === a.actorId));
    if (sameActor) e.recipient = prev.recipient;
  }
}


export function eventsStage(doc: Doc): Doc {
  const view = buildView(doc);
  const events: Event[] = [];
  const nonFactual: Event[] = [];
  doc.sentences.forEach((s, i) => {
    if (s.zone !== 'body' || !hasParty(view, s.tokenStart, s.tokenEnd)) return; // no one to act: skip before any tagging
    const domain = nonPoliticalDomain(doc.tokens, s);
    if (domain) {
      doc.messages.push({ stage: 'events', level: 'info', reason: `${domain} sentence: not coded`, start: s.start, end: s.end });
      return;
    }
    const floor = doc.sentences[Math.max(0, i - 2)]!.tokenStart;
    codeSentence(view, s, floor, events, nonFactual);
  });
  answerRequests(doc, events);
  placeByLocale(doc, events);
  doc.events = events;
  doc.nonFactual = nonFactual;
  return doc;
}

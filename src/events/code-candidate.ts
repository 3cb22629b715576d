// From a lexicon match to a reading: who acts, to whom, and with which codes. The steps are the
// same for every trigger; where a kind of trigger differs, its frame (frames/) says how.
import type { ActorRef, Doc, Place, PloverType, Sector, Sentence, Span } from '../types.js';
import { attachPlace } from './attach-place.js';
import { FRAMES, type Draft, type FrameInput, type Verdict } from './frames/index.js';
import { actorless, FRAME_CODES, onlyNotConsulted } from './frames/codes.js';
import { PLACE_REFS, countedVictims, findObject, groupAnaphor, ownOrgan, placeTakesRecipient, relativeClause } from './clause.js';
import { appositivePassive, relativeUnknownName, coordinatedAgent, coordinatedPassive, findByAgent, firstPassiveOf, findCauseAgent, findSubject, findSubjectCauseAgent, isPassive, reducedPassive, toRef, betweenSides, type Party } from './participants.js';
import { quotedParties } from './quoted.js';
import { ploverInfo } from './codes.js';
import { WORDS } from './words.js';
import { personHead, unknownPersonSubject, unnamedSubject } from './unnamed.js';
import { animalHarm, naturalCauseAfter, naturalCauseBefore } from './natural.js';
import { isCrowd } from './size.js';
import { mobilisedForces } from './mobilised.js';
import { pollAnswer } from './poll.js';
import { POSSESSED_REFS } from './possessed.js';
import { hasParty, OBJECT_PHRASE_POS } from './view.js';
import type { LexEntry } from './lexicon.js';
import { firstTokenAtOrAfter, tok } from '../doc.js';
import { partyNoun } from './party-nouns.js';
import { idiomTokens } from './idioms.js';
import { at, int32At } from '../at.js';
import { isStateCode } from '../actors/countries.js';
import { country } from '../countries/table.js';

export interface Coded {
  type: PloverType;
  mode: string | null;
  cameo: string;
  actor: Party;
  recipient: Party | null;
  claimed: boolean;
}

/**
 * Why a candidate is not an event: a stable rule id (events/<rule> in messages) and words for people.
 * `forOthers`: the entry is written for other parties only (its actorSectors, actorWords or
 * recipientSectors), so it says nothing of what its words mean for these (issue 15).
 */
export interface Drop { rule: string; reason: string; forOthers?: true }

const dropped = (v: Verdict): v is { drop: Drop } => typeof v === 'object' && v !== null;
const drop = (rule: string, reason: string): { drop: Drop } => ({ drop: { rule, reason } });
const dropForOthers = (rule: string, reason: string): { drop: Drop } => ({ drop: { rule, reason, forOthers: true } });
/** Types whose unnamed subject is kept as an uncoded actor (see below). */
const UNNAMED_TYPES: ReadonlySet<PloverType> = new Set(['PROTEST', 'COERCE', 'ASSAULT']);
const NO_ACTOR = drop('no-actor', 'no actor found');
const THING_OBJECT = drop('thing-object', 'the verb acts on a thing, not a party (data/events/verbs.json objectIsParty)');
/** Words that may open an object noun phrase before its head: "a", "20", "senior", "their". */
const OBJECT_MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'PRON']);
const ANIMALS = drop('animals', 'harm to or by animals (culling, strays, wildlife): no party acts on another');
const POLL = drop('poll', 'a share of those polled answered (data/events/word-classes.json pollShares): an opinion, not an act');
const NATURAL = drop('natural-cause', 'harm from a natural force, a disease or an accident: no party acts');

/** The last word of a party's text, lower-cased: "Thousands of Sudanese protesters" -> "protesters". */
const headWord = (text: string): string => text.toLowerCase().split(/\s+/).at(-1) ?? '';
/** A party with no code named by its kind alone ("villagers", "men"): its id is only its sector. */
const bareGeneric = (r: ActorRef): boolean => r.code === null && r.sector !== null && r.actorId === r.sector;

/** Entries that are events only for some actors ("protesters rallied", "police were rushed to the area"). */
function actorKindMismatch(e: LexEntry, actor: Party): { drop: Drop } | null {
  if (e.actorSectors && !actor.refs.some((r) => r.sector !== null && e.actorSectors!.includes(r.sector))) {
    return dropForOthers('actor-kind', `only an event when the actor is ${e.actorSectors.join(' or ')}`);
  }
  if (e.actorWords && !actor.refs.some((r) => WORDS[e.actorWords!].has(headWord(r.text)))) {
    return dropForOthers('actor-kind', `only an event when the actor is one of ${e.actorWords}`);
  }
  // "voters went for Trump", "children attended the school": a visit is made by someone with a public role
  const { mode, privateSectors } = FRAME_CODES.privateVisitors;
  // (an international body's staff keep their public role: "the WHO's director general visited Goma")
  if (e.type === 'CONSULT' && e.mode === mode && actor.refs.length > 0 && actor.refs.every((r) => r.sector !== null && privateSectors.includes(r.sector) && (r.code === null || isStateCode(r.code)))) {
    return drop('actor-kind', `a ${mode} is made by someone with a public role, not by ${privateSectors.join(', ')}`);
  }
  return null;
}

/** Words between an agent and the attack noun it modifies ("Israeli heavy shelling", "US drone strike"). */
const COMPOUND_REACH = 2;

/**
 * The actor modifying the noun that opens a trigger ("a Russian air strike killed", "Houthi missiles
 * hit"): an actor mention right before it, over at most COMPOUND_REACH adjectives or nouns.
 */
function compoundAgent(view: FrameInput['view'], s: FrameInput['s'], start: number): Party | null {
  for (let k = start - 1; k >= s.tokenStart && k >= start - COMPOUND_REACH; k--) {
    const idx = int32At(view.actorAt, k);
    if (idx >= 0) return { refs: [toRef(view, idx)], token: int32At(view.actorFirstToken, idx) };
    if (!['ADJ', 'NOUN'].includes(tok(view.doc, k).pos)) return null;
  }
  return null;
}

/**
 * "released a statement", "was receiving treatment": the noun phrase right after the verb (past
 * determiners, numbers, adjectives and possessives) has a common noun or name for its first head
 * and no party starts in it, so the verb acts on a thing; or a bare verb follows ("helped edit").
 * A verb with no object after it (a passive, "released on bail") is not judged here.
 */
function thingObject(view: FrameInput['view'], s: FrameInput['s'], from: number): boolean {
  // "helped edit an article", "helps to explain": a verb for object, no party helped
  const next = from < s.tokenEnd ? tok(view.doc, from) : null;
  const bare = next?.norm === 'to' && from + 1 < s.tokenEnd ? tok(view.doc, from + 1) : next;
  if (bare?.pos === 'VERB' && bare.norm === bare.lemma) return true;
  for (let k = from; k < s.tokenEnd; k++) {
    if (int32At(view.actorAt, k) >= 0) return false;
    const t = tok(view.doc, k);
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
    if (!OBJECT_MODIFIER_POS.has(t.pos)) return false;
  }
  return false;
}

/**
 * "an Isis video released on Tuesday", "the report received by the committee": a participle right
 * after a common noun that no party covers describes that thing (a reduced relative clause).
 */
function thingBefore(view: FrameInput['view'], s: FrameInput['s'], head: number): boolean {
  const k = head - 1;
  if (k < s.tokenStart || int32At(view.actorAt, k) >= 0) return false;
  const t = tok(view.doc, head);
  return tok(view.doc, k).pos === 'NOUN' && t.norm !== t.lemma && /(ed|en)$/.test(t.norm);
}

/**
 * "Trump attacked the FBI", "senators clashed with the minister": a political actor's attack on a
 * named party that bears no arms (not a place standing in, not a state) is words.
 */
function verbalAttack(actor: Party, recipient: Party | null): boolean {
  const { actorSectors, armedSectors } = FRAME_CODES.verbalAttack;
  if (!recipient || recipient.viaPlace || actor.refs.length === 0) return false;
  return actor.refs.every((r) => r.sector !== null && actorSectors.includes(r.sector))
    && recipient.refs.every((r) => r.sector !== null && !armedSectors.includes(r.sector));
}

/** "police picked them up": a phrasal verb split by a pronoun for people acts on a party the pronoun stands for. */
function splitByPerson(view: FrameInput['view'], c: FrameInput['c']): boolean {
  return c.head + 2 < c.end && WORDS.personObjectPronouns.has(tok(view.doc, c.head + 1).norm) && WORDS.verbParticles.has(tok(view.doc, c.head + 2).norm);
}

/** The reading of candidate `x.c`, or why it is not an event. */
export function codeCandidate(x: FrameInput): Coded | { drop: Drop } {
  const { view, s, c, floor } = x;
  const doc = view.doc;
  const e = c.pattern.entry;
  const frame = FRAMES[e.frame];
  const d: Draft = { type: e.type, mode: e.mode, cameo: e.cameo, actor: null, recipient: null };

  // (what follows a passive is no object: "companies of police have been posted to prevent any incident")
  if (e.objectIsParty && ((!isPassive(view, c.head, s.tokenStart) && thingObject(view, s, c.end)) || thingBefore(view, s, c.head))) return THING_OBJECT;
  if (e.type === 'ASSAULT' && animalHarm(view, s, c.head, c.end)) return ANIMALS;
  d.actor = frame.firstActor ? frame.firstActor(x) : groupAnaphor(view, s, c.head, x.previous);
  // A derived passive matched only with a form of "be" before its verb ("shells were burst")
  const passive = frame.undergone === true || e.passive === true || (!frame.nominal && (isPassive(view, c.head, s.tokenStart) || reducedPassive(view, s, c.head, c.end) || appositivePassive(view, s, c.head, c.end) || coordinatedPassive(view, s, c.head)));
  // "the cholera epidemic has killed 118 people": harm done by a natural force, no party acts
  if (d.type === 'ASSAULT' && !passive && naturalCauseBefore(view, s, c.head)) return NATURAL;
  // "weapons were seized by the police": a trigger that usually names no agent still takes a "by" agent
  // "a Russian air strike killed ...": the agent of an agentless trigger's noun stands right before it
  if (e.agentless) d.actor = (passive ? findByAgent(view, s, c.end) : compoundAgent(view, s, c.start)) ?? { refs: [], token: c.start };
  // "clashes between police and protesters left five dead": with no agent before the noun, the sides it names are the parties
  if (e.agentless && !passive && d.actor?.refs.length === 0) {
    const sides = betweenSides(view, s, c.start);
    if (sides) { d.actor = sides.actor; d.recipient = sides.recipient; }
  }

  // Who acts: the frame first, then the subject (or, in a passive, the "by" agent).
  const parties = frame.parties?.(x, d, passive);
  if (dropped(parties)) return parties;
  if (parties !== 'settled' && !d.actor) {
    if (passive) {
      // "killed in an Israeli air strike": for violence, the agent of the act the harm came from
      d.actor = findByAgent(view, s, c.end) ?? coordinatedAgent(view, s, c.head) ?? (ploverInfo(d.type).quad === 4 ? findCauseAgent(view, s, c.end) : null);
      // A derived passive's subject is the entry's own object ("sanctions were imposed on Iran"):
      // the party acted on follows the verb, as in the active.
      if (!e.passive) d.recipient = findSubject(view, s, c.head, floor) ?? relativeUnknownName(view, s, c.head);
    } else {
      d.actor = findSubject(view, s, c.head, floor) ?? (ploverInfo(d.type).quad === 4 ? findSubjectCauseAgent(view, s, c.head, floor) : null);
    }
  }
  // "troops were deployed", "security was tightened in the capital": the forces mobilise (mobilised.ts)
  if (passive && d.type === 'MOBILIZE' && (!d.actor || d.actor.refs.length === 0)) {
    const forces = mobilisedForces(view, s, c.head, d.recipient);
    if (forces) { d.actor = forces; d.recipient = null; }
  }
  if (view.quoted[c.head]) {
    // A material act the speaker reports ("three others were arrested," an officer said) is coded as
    // before; a verbal one is the speaker's own statement only with "we", "I" or "us" in it.
    const q = quotedParties(view, c.head, c.end, d.actor);
    if (q) {
      d.actor = q.actor;
      d.recipient ??= q.recipient;
    } else if (ploverInfo(d.type).quad % 2 === 1) {
      return drop('quoted-claim', 'in a quotation a verbal reading is coded only when the speaker says it of "we", "I" or "us"');
    }
  }
  // "MH17 was blown up over eastern Ukraine by a missile": violence suffered by a named party is an
  // event even when the text names no attacker (PLOVER leaves the actor empty).
  // Not in a relative clause ("where 28 people have been killed"): that is background, not the news.
  if ((!d.actor || d.actor.refs.length === 0) && passive && d.recipient && actorless(d) && !relativeClause(view, s, d.recipient.token)) {
    d.actor = { refs: [], token: d.recipient.token };
  }
  // "12 people were killed in the floods": harm from a natural force has no party behind it.
  if ((!d.actor || d.actor.refs.length === 0) && passive && naturalCauseAfter(view, s, c.end)) return NATURAL;
  // "At least 40 persons have been arrested": with neither party named, a count still makes it news.
  let counted: boolean | undefined; // countedVictims scans the sentence: once per candidate at most
  const isCounted = (): boolean => (counted ??= countedVictims(view, s, c.head));
  if ((!d.actor || d.actor.refs.length === 0) && !d.recipient && passive && actorless(d) && isCounted()) {
    d.actor = { refs: [], token: c.head };
  }
  // "kishore and others were arrested": whoever is arrested is a party, named or not (code left empty).
  if (!d.recipient && passive && !e.passive && d.mode === 'arrest' && (!d.actor || d.actor.refs.length === 0)) {
    // "28 men were stopped and arrested": the subject stands before the first of the coordinated passives
    let np = unnamedSubject(view, s, c.head);
    if (!np) { const first = firstPassiveOf(view, s, c.head); if (first >= 0) np = unnamedSubject(view, s, first); }
    if (np) { d.recipient = np; d.actor ??= { refs: [], token: np.token }; }
  }
  // "her husband was killed", "Fransen was convicted": violence or a sentence suffered by a person no
  // dictionary knows, with no agent named: the person (a WordNet party noun or a name) is the recipient.
  if (!d.recipient && passive && !e.passive && d.mode !== 'arrest' && actorless(d) && (!d.actor || d.actor.refs.length === 0)) {
    const np = unnamedSubject(view, s, c.head);
    const head = np ? firstTokenAtOrAfter(view.doc, np.refs[0]!.end - 1) : -1;
    if (np && head >= 0 && personHead(view, head)) { d.recipient = np; d.actor ??= { refs: [], token: np.token }; }
  }
  // "a teenager was shot dead by police": violence whose agent is named, suffered by a person or
  // group no dictionary knows (its head a WordNet party noun), keeps the victim's words, no code
  if (!d.recipient && passive && !e.passive && d.type === 'ASSAULT' && d.actor && d.actor.refs.length > 0) {
    const np = unnamedSubject(view, s, c.head);
    const head = np ? firstTokenAtOrAfter(view.doc, np.refs[0]!.end - 1) : -1;
    if (np && head >= 0 && partyNoun(tok(view.doc, head))) d.recipient = np;
  }
  // "Dozens of shops were looted in Pretoria", "grenades were hurled at a patrol": violence suffered
  // with no agent named; an object or the place of action may still name who suffered it (below).
  if (!d.actor && !d.recipient && passive && d.type === 'ASSAULT') d.actor = { refs: [], token: c.head };
  // "At least 400 supporters of the movement staged a demonstration", "sharma had arrested some
  // persons": a group or person no dictionary knows still acted; the actor keeps its words, no code.
  // Material conflict only: for the other types the same rule helped the dev half and not the test half.
  if (!d.actor && !passive && UNNAMED_TYPES.has(d.type) && !e.agentless) {
    d.actor = unnamedSubject(view, s, c.head);
    if (d.actor && WORDS.naturalCauses.has(headWord(at(d.actor.refs, 0).text))) return NATURAL;
  }
  // "Preventive arrests have been made", "a curfew was imposed": coercion or violence whose own noun
  // says it happened is news with no party named, as a counted passive is.
  if (!d.actor && e.passive && actorless(d)) d.actor = { refs: [], token: c.head };
  // "Jeremy Fleming accused Russia": a person no dictionary knows still acted (PLOVER keeps the text, no code)
  let unknownActor = false;
  if (!d.actor && !passive && !e.agentless) {
    d.actor = unknownPersonSubject(view, s, c.head);
    unknownActor = d.actor !== null;
    // "Hurricane Maria slammed into the island": a storm the name tagger took for a person
    if (d.actor && at(d.actor.refs, 0).text.toLowerCase().split(/\s+/).some((w) => WORDS.naturalCauses.has(w))) return NATURAL;
  }
  if (!d.actor) return NO_ACTOR;
  if (!passive && pollAnswer(view, s, c.head, d.actor.token)) return POLL;
  // "Thousands marched through Santiago": a crowd named only by its size is the people of its place.
  const crowd = d.type === 'PROTEST' && d.actor.refs.length === 1 && at(d.actor.refs, 0).code === null && at(d.actor.refs, 0).sector === null
    && isCrowd(at(d.actor.refs, 0).text.toLowerCase().split(/\s+/));
  // In a sentence that names no party only a crowd or an agentless trigger protests ("the parade
  // marched through Paris" is no protest).
  if (d.type === 'PROTEST' && !e.agentless && !crowd && !hasParty(view, s.tokenStart, s.tokenEnd)) return NO_ACTOR;
  if ((e.agentless || crowd) && d.type === 'PROTEST') {
    // "protests erupted in Colombia": the people of the place protested.
    const place = attachPlace(doc, s, tok(doc, c.head).start, [], true);
    if (!place?.country && crowd) return drop('unplaced-protest', 'a crowd with no place: its people cannot be coded');
    if (!place?.country) return drop('unplaced-protest', 'no actor found: an unplaced protest');
    d.actor = { refs: [placeParty(place, place.country, FRAME_CODES.placeParty.protest)], token: c.start };
  }
  // "a British journalist was arrested in Iran": an arrest whose agent the passive leaves unnamed was
  // made by the authorities of the place it was made in
  if (passive && d.mode === 'arrest' && d.actor.refs.length === 0) {
    const place = attachPlace(doc, s, tok(doc, c.head).start, [], true);
    if (place?.country) d.actor = { refs: [placeParty(place, place.country, FRAME_CODES.placeParty.arrest)], token: d.actor.token };
  }
  const actor = d.actor;
  const kind = actorKindMismatch(e, actor);
  if (kind) return kind;
  // In violence, an uncoded group named by its kind alone ("villagers", "men": its id is its sector)
  // is one party with another such group only when both have the same head word: "villagers beat two
  // men to death", "the youth was beaten by a group of men" have a recipient. (Outside violence the
  // same reading added as many wrong recipients as right ones on the bench news.)
  const apart = e.type === 'ASSAULT' ? bareGeneric : () => false;
  const actorIds = new Set(actor.refs.filter((r) => !apart(r)).map((r) => r.actorId));
  const sameParty = (r: ActorRef): boolean => actorIds.has(r.actorId)
    || (apart(r) && actor.refs.some((a) => apart(a) && a.actorId === r.actorId && headWord(a.text) === headWord(r.text)));
  if (e.compound && new Set(actor.refs.map((r) => r.code).filter(Boolean)).size >= 2) Object.assign(d, e.compound);
  // PLOVER reads violence by demonstrators as a protest turned riot, not as an assault, and their
  // coercion (blocking roads, occupying buildings) as obstruction, a form of protest.
  const byDemonstrators = actor.refs.length > 0 && actor.refs.every((r) => WORDS.riotAgents.has(headWord(r.text)));
  if (byDemonstrators && d.type === 'ASSAULT') Object.assign(d, FRAME_CODES.riot);
  else if (byDemonstrators && (d.type === 'COERCE' || d.type === 'SANCTION')) Object.assign(d, FRAME_CODES.obstruction);

  // To whom: the frame first, then the object of the verb.
  // "vowed to fight the ruling": an act named apart from the trigger that lies inside an idiom (idioms.json) is no act between parties
  const act = frame.actAt?.(x);
  if (act !== undefined && act !== c.head && idiomTokens(view.doc.tokens, s).has(act)) return drop('idiom', 'the act it names is an idiom (data/events/idioms.json): no act between parties');
  const to = frame.recipient?.(x, d, actorIds);
  if (dropped(to)) return to;
  // an actor left out of actorIds (a group named by its kind) is still no antecedent of "them" in
  // "the police fired at them"
  const kindOnly = (r: ActorRef): boolean => actor.refs.some((a) => apart(a) && a.start === r.start && a.end === r.end);
  if (to !== 'settled' && !d.recipient) d.recipient = findObject(view, s, c, d.type, actorIds, actor.refs, kindOnly);
  if (d.recipient) {
    d.recipient = { ...d.recipient, refs: d.recipient.refs.filter((r) => !sameParty(r) && (POSSESSED_REFS.has(r) || !ownOrgan(actor.refs, r))) };
    if (d.recipient.refs.length === 0) d.recipient = null;
  }
  const placeStandsIn = frame.placeStandsIn ? frame.placeStandsIn(d) : true;
  if (!d.recipient && placeStandsIn) {
    // A visit's host, the country a material action falls on ("lifted a curfew in Montenegro",
    // "shelled Juba"), the country asked or met in ("sought refuge in Germany", "will meet in
    // Geneva"): the place of action stands in when no actor is named. Verbal acts were left out
    // once; taking them in raised recipient accuracy on both halves of the PLOVER records. A
    // material act may fall on its actor's own country ("police arrested six in Nepal"); a verbal
    // one spoken at home is addressed to no one there.
    const material = placeTakesRecipient(d.type, d.mode, d.cameo);
    // ("discussed Syria": what an entry with recipientPreps acts on is its topic, not a place it acts on)
    const place = attachPlace(doc, s, tok(doc, frame.actAt?.(x) ?? c.head).start, actor.refs, e.recipientPreps === null);
    // "settlers in Hebron attacked ...": the place phrase of the actor's own noun phrase is where it is from, not what it acts on
    const actorsPlace = place !== null && place.end <= tok(doc, c.head).start && (actor.refs.some((a) => placePhraseOf(doc, a, place)) || insertedBefore(doc, s, place, c.head));
    if (place?.country && !actorsPlace && !actor.refs.some((a) => a.code === place.country && (a.sector === null || !material))) {
      const sector = d.type === 'CONSULT' && d.mode === 'visit' ? FRAME_CODES.placeParty.visitHost : null;
      d.recipient = { refs: [placeParty(place, place.country, sector)], token: c.end, viaPlace: true };
    }
  }
  if (!d.recipient && FRAME_CODES.homeGovernmentRecipient.types.includes(d.type)) d.recipient = homeGovernment(actor);
  if (e.verbalWhenPolitical && verbalAttack(actor, d.recipient)) Object.assign(d, FRAME_CODES.verbalAttack.reading);
  if (e.needsRecipient && !d.recipient && !splitByPerson(view, c)) return drop('no-recipient', 'no recipient: this verb is only an event with an object actor');
  if (e.recipientSectors && !(d.recipient?.refs ?? []).some((r) => r.sector !== null && e.recipientSectors!.includes(r.sector))) {
    return dropForOthers('recipient-kind', `only an event when the recipient is ${e.recipientSectors.join(' or ')}`);
  }
  if (d.type === 'CONSULT' && d.recipient && onlyNotConsulted(d.recipient.refs)) {
    return drop('press', 'talking with reporters is no consultation');
  }
  // An agentless trigger ("ammunition was seized", "the bomb went off") says by itself that the act happened.
  if (actor.refs.length === 0 && !(actorless(d) && (d.recipient || e.passive || e.agentless || isCounted()))) return NO_ACTOR;
  // an unknown person's act is news between parties only when it names a known party acted on
  if (unknownActor && !(d.recipient && !d.recipient.viaPlace && d.recipient.refs.some((r) => r.code !== null))) return NO_ACTOR;
  const claimed = actor.selfReport === true || tok(doc, c.head).lemma === 'claim';
  return { type: d.type, mode: d.mode, cameo: d.cameo, actor, recipient: d.recipient, claimed };
}

/**
 * A place standing in for a party (the people of a place that protests, the authorities of the place
 * of an arrest, the host of a visit): its country with `sector` (none: the state itself), marked in
 * PLACE_REFS as read from a place.
 */
function placeParty(place: Place, code: string, sector: Sector | null): ActorRef {
  const ref: ActorRef = { start: place.start, end: place.end, actorId: sector ? `${code}-${sector}` : code, code, sector, text: place.text };
  PLACE_REFS.add(ref);
  return ref;
}

/** The place follows the party after a preposition or two ("settlers in Hebron", "unions based in Chile"). */
function placePhraseOf(doc: Doc, party: Span, place: Span): boolean {
  const first = firstTokenAtOrAfter(doc, place.start);
  const gap = doc.tokens.slice(firstTokenAtOrAfter(doc, party.end), first);
  return gap.length >= 1 && gap.length <= 2 && gap[gap.length - 1]!.pos === 'ADP' && gap.every((t) => t.pos === 'ADP' || t.pos === 'VERB');
}

/**
 * "The parents of Jack Letts, a Briton held by Kurds in Syria, have accused the Foreign Office": a place
 * inside a phrase set off by commas between the subject and its verb describes the subject, it is not
 * where the act falls.
 */
function insertedBefore(doc: Doc, s: Sentence, place: Span, head: number): boolean {
  const first = firstTokenAtOrAfter(doc, place.start);
  const last = firstTokenAtOrAfter(doc, place.end) - 1;
  let open = -1, close = -1;
  for (let k = first - 1; k > s.tokenStart; k--) if (tok(doc, k).norm === ',') { open = k; break; }
  for (let k = last + 1; k < head; k++) if (tok(doc, k).norm === ',') { close = k; break; }
  if (open <= s.tokenStart || close < 0) return false;
  // an apposition or a relative clause of the noun before it ("Jack Letts, a Briton held ...", "Lee, who
  // works in ..."), not a participle's clause ("we had this idea, living in Raqqa, getting bombed")
  const before = tok(doc, open - 1), after = tok(doc, open + 1);
  return (before.pos === 'NOUN' || before.pos === 'PROPN') && OBJECT_PHRASE_POS.has(after.pos);
}

/**
 * "Serbian workers went on strike": a protest that names no target is addressed to the government
 * of the protesters' own country (as PLOVER's coders read it). The reference spans the actor's words
 * the country was read from; actors of no one state (several, or the UN, an NGO) get none.
 */
function homeGovernment(actor: Party): Party | null {
  const codes = new Set(actor.refs.map((r) => r.code).filter(isStateCode));
  if (codes.size !== 1) return null;
  const code = [...codes][0]!;
  const from = actor.refs.find((r) => r.code === code)!;
  // "Iran rejected the proposal", "Moscow denied meddling": the state itself (or its capital standing
  // for it) acts; its own government is no one else it addresses.
  if (from.sector === null || country(code)?.capitals.includes(from.text)) return null;
  const sector = FRAME_CODES.homeGovernmentRecipient.sector;
  // The party is implied, not written: its text names it ("government of Kenya"); its span stays the actor's, the evidence it was read from.
  const text = `government of ${country(code)?.name ?? code}`;
  return { refs: [{ start: from.start, end: from.end, actorId: `${code}-${sector}`, code, sector, text }], token: actor.token };
}

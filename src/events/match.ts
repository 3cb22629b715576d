// Parsers propose: every lexicon pattern that matches the tokens of a sentence becomes a
// candidate trigger. Overlaps are settled later by the refiners.
import type { Doc, Sentence, Token } from '../types.js';
import { compiledSlots, gatesOf, patternsOf, slotsOf, wordInfo, type AltSlot, type CompiledPattern, type Slot, type WordInfo } from './lexicon.js';
import { WORDS } from './words.js';
import { tokenAt } from '../doc.js';
import { at } from '../at.js';
import { ADVERB_LIKE, BE_FORMS, CUES, isApostropheS } from './cues.js';
import { inCount } from './size.js';
import { someCovers } from '../span-index.js';

export interface TriggerMatch {
  pattern: CompiledPattern;
  /** Token index range [start, end) of the whole match, gaps included. */
  start: number;
  end: number;
  /** Token index of each verb slot's first token (the first is the head verb). */
  verbs: number[];
  /** Tokens the gaps skipped: of two matches over the same span, the one with more matched words is the more specific. */
  skipped: number;
}

const STOP_GAP = WORDS.stopGap;
const THAT_CLAUSE_STARTS = WORDS.thatClauseStarts;
const PARTICLE_PRONOUNS = WORDS.particlePronouns;
const VERB_PARTICLES = WORDS.verbParticles;

/**
 * `gaps` (optional) receives how many tokens each gap of the successful match skipped. With
 * `overVerbs` false a gap may not skip a verb: the converted CAMEO patterns were written for the
 * words of one verb phrase, so "pushed to ease regulations on" is not "push ... on" (press on).
 */
/**
 * Where the sentence's parties are (DocView.actorAt: token -> actor mention index, else -1), and
 * the document, whose time expressions a converted pattern's gap may cross ("on Monday").
 */
export interface PartyTokens { actorAt: Int32Array; doc?: Pick<Doc, 'times'> }

export function matchFrom(tokens: Token[], slots: Slot[], si: number, ti: number, limit: number, verbs: number[], gaps?: number[], overVerbs = true, parties?: PartyTokens): number {
  if (si === slots.length) return ti;
  const slot = at(slots, si);
  if (slot.kind === 'gap') {
    // The words of a count are free: "massed more than 100,000 troops" is "massed troops".
    let max = slot.max;
    for (let skip = 0; skip <= max && ti + skip <= limit; skip++) {
      if (skip > 0) {
        // the word this step of the gap skips
        const k = ti + skip - 1;
        const t = tokenAt(tokens, k);
        if (STOP_GAP.has(t.norm)) break;
        // "added that the US troops ...": a "that" opening a clause ends the verb's phrase (not "repeal that law")
        if (t.norm === 'that' && k + 1 < tokens.length && THAT_CLAUSE_STARTS.has(tokenAt(tokens, k + 1).norm)) break;
        if (!overVerbs && t.pos === 'VERB') break;
        if (slot.noPrep && prepositionIn(t)) break;
        if (slot.noComma && t.norm === ',') break;
        // A converted pattern's words stand in one verb phrase: past its first word, its gap stops
        // at a preposition that opens a phrase of its own ("led to chaos at airports" is no "lead * to
        // airports"), unless the phrase is a time ("pushed back on Monday against")
        if (skip > 1 && !overVerbs && prepositionIn(t) && !timeAfter(tokens, k, limit, parties)) break;
        if (inCount(t)) max++;
        // so are the later words of a party's name: "placed the former prime minister under house arrest"
        else if (skip > 1 && parties && parties.actorAt[k]! >= 0 && parties.actorAt[k] === parties.actorAt[k - 1]) max++;
      }
      gaps?.push(skip);
      const end = matchFrom(tokens, slots, si + 1, ti + skip, limit, verbs, gaps, overVerbs, parties);
      if (end >= 0) return end;
      gaps?.pop();
    }
    return -1;
  }
  if (ti >= limit) return -1;
  // most words start no option: no empty array for them
  const opts = slot.byFirst.get(tokenAt(tokens, ti).norm);
  if (!opts) return -1;
  for (const opt of opts) {
    // "picked them up": an object pronoun stands between a phrasal verb and its particle
    const split = slot.verb && splitParticle(tokens, opt, ti, limit) ? 1 : 0;
    if (ti + opt.length + split > limit) continue;
    let ok = true;
    for (let k = 1; k < opt.length; k++) if (tokenAt(tokens, ti + k + split).norm !== opt[k]) { ok = false; break; }
    if (!ok) continue;
    const mark = verbs.length;
    if (slot.verb) verbs.push(ti);
    const gapMark = gaps?.length ?? 0;
    const end = matchFrom(tokens, slots, si + 1, ti + opt.length + split, limit, verbs, gaps, overVerbs, parties);
    if (end >= 0) return end;
    verbs.length = mark;
    if (gaps) gaps.length = gapMark;
  }
  return -1;
}

/** A preposition that ends a noun's words ("an investigation into"), not "of" ("a wave of attacks") nor a count's ("up to"). */
function prepositionIn(t: Token): boolean {
  return t.pos === 'ADP' && t.norm !== 'of' && !inCount(t);
}

/** Whether the words after token k open one of the document's time expressions ("on | Monday"). */
function timeAfter(tokens: Token[], k: number, limit: number, parties?: PartyTokens): boolean {
  return !!parties?.doc && k + 1 < limit && someCovers(parties.doc.times, tokenAt(tokens, k + 1).start);
}

/** Whether the two-word verb `opt` ("pick up") stands at ti split by an object pronoun ("picked them up"). */
function splitParticle(tokens: Token[], opt: readonly string[], ti: number, limit: number): boolean {
  return opt.length === 2 && ti + 2 < limit && PARTICLE_PRONOUNS.has(tokenAt(tokens, ti + 1).norm)
    && VERB_PARTICLES.has(opt[1]!) && tokenAt(tokens, ti + 2).norm === opt[1];
}

/**
 * Whether each word slot of a pattern could match somewhere in the sentence: a slot none of whose
 * first words occurs cannot, so the pattern is skipped before the backtracking walk. The converted
 * lexicon has hundreds of patterns per common verb ("said"); most name an object the sentence lacks.
 * The sentence's words mark the slots that start with them (an index kept as slots are compiled),
 * in an array stamped with the sentence's turn; a slot compiled after that asks the words itself.
 */
let turn = 0;
let stamp = new Uint32Array(1024);

class SlotFilter {
  /** The sentence's words, built only for a slot compiled after the stamping. */
  private words: Set<string> | null = null;
  private readonly turn: number;
  private readonly marked: number;
  constructor(readonly infos: readonly WordInfo[]) {
    this.turn = ++turn;
    if (turn === 0xffffffff) { turn = 0; stamp.fill(0); }
    this.marked = compiledSlots();
    if (this.marked > stamp.length) {
      const s = new Uint32Array(Math.max(this.marked, stamp.length * 2)); s.set(stamp); stamp = s;
    }
    // a word met twice stamps the same ids again: no need to skip repeats
    for (const info of infos) for (const id of slotsOf(info)) stamp[id] = this.turn;
  }

  private present(slot: AltSlot): boolean {
    if (slot.id < this.marked) return stamp[slot.id] === this.turn;
    const words = this.words ??= new Set(this.infos.map((w) => w.norm));
    // walk the smaller side: a converted verb slot may list hundreds of first words
    if (slot.byFirst.size <= words.size) {
      for (const w of slot.byFirst.keys()) if (words.has(w)) return true;
    } else {
      for (const w of words) if (slot.byFirst.has(w)) return true;
    }
    return false;
  }

  /** Whether this filter's stamps are still the newest, so a second source of the same sentence can reuse them. */
  current(): boolean {
    return this.turn === turn;
  }

  /** The word slot with this id (one compiled before the stamping) has no first word in the sentence. */
  absent(id: number): boolean {
    return id < this.marked && stamp[id] !== this.turn;
  }

  /** Every word slot after the first (the first matched already) has a first word in the sentence. */
  viable(pattern: CompiledPattern): boolean {
    for (const slot of pattern.later) if (!this.present(slot)) return false;
    return true;
  }
}

/**
 * A derived passive ("a curfew was imposed") holds only when the `skip` tokens before the participle
 * at `verb` are auxiliaries and adverbs with a form of "be" among them: "curfew to impose" and
 * "curfew that police imposed" are not passives.
 */
function passiveGap(tokens: Token[], verb: number, skip: number): boolean {
  let be = false;
  for (let k = verb - skip; k < verb; k++) {
    const t = tokenAt(tokens, k);
    if (BE_FORMS.has(t.norm) && !isApostropheS(t.norm)) be = true;
    else if (!ADVERB_LIKE.has(t.norm) && !CUES.negators.has(t.norm) && t.pos !== 'ADV') return false;
  }
  return be;
}

/** The last sentence's word records: propose asks for both sources of a sentence in turn. */
let lastSentence: Sentence | null = null;
let lastTokens: Token[] | null = null;
let lastInfos: WordInfo[] = [];
/** The last slot filter, over lastInfos: the second source of a sentence stamps its words again only when another filter came between. */
let lastFilter: SlotFilter | null = null;

function slotFilter(infos: readonly WordInfo[]): SlotFilter {
  if (lastFilter?.infos !== infos || !lastFilter.current()) lastFilter = new SlotFilter(infos);
  return lastFilter;
}

function sentenceWords(tokens: Token[], sentence: Sentence): WordInfo[] {
  if (sentence !== lastSentence || tokens !== lastTokens) {
    const infos: WordInfo[] = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) infos.push(wordInfo(tokenAt(tokens, i).norm));
    lastSentence = sentence;
    lastTokens = tokens;
    lastInfos = infos;
  }
  return lastInfos;
}

/** Whether a named party (not a pronoun) stands inside the match [from, to), past its first word. */
function skipsParty(tokens: Token[], parties: PartyTokens, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (parties.actorAt[k]! >= 0 && tokenAt(tokens, k).pos !== 'PRON') return true;
  return false;
}

/** `parties` lets a gap take a party's whole name as one word. */
export function findTriggers(tokens: Token[], sentence: Sentence, source: 'own' | 'vendor' = 'own', parties?: PartyTokens): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const infos = sentenceWords(tokens, sentence);
  let filter: SlotFilter | null = null;
  // scratch for matchFrom, which leaves them as it found them when a match fails; a match keeps
  // copies (issue 16: two arrays per pattern tried were churn)
  const verbs: number[] = [];
  const gaps: number[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const info = infos[i - sentence.tokenStart]!;
    const patterns = patternsOf(info, source);
    if (patterns.length === 0) continue;
    const gates = gatesOf(info, source);
    for (let p = 0; p < patterns.length; p++) {
      const gate = gates[p]!;
      // most patterns fail on their first later slot: decided from the id alone, before the pattern is read
      if (gate >= 0 && (filter ??= slotFilter(infos)).absent(gate)) continue;
      const pattern = patterns[p]!;
      if (gate >= 0 && !filter!.viable(pattern)) continue;
      verbs.length = 0;
      gaps.length = 0;
      const end = matchFrom(tokens, pattern.slots, 0, i, sentence.tokenEnd, verbs, gaps, source === 'own', parties);
      if (end <= i) continue;
      if (pattern.entry.passive && !passiveGap(tokens, at(verbs, 0), at(gaps, 0))) continue;
      if (pattern.entry.gapNoParty && parties && skipsParty(tokens, parties, i, end)) continue;
      out.push({ pattern, start: i, end, verbs: verbs.slice(), skipped: gaps.reduce((a, b) => a + b, 0) });
    }
  }
  return out;
}

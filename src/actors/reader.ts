// Reading phrases into actor mentions: [country/demonym/organisation ('s)] [adjectives] [roles] [name],
// generic agents and their country from context, surname and role-phrase coreference.
// The rules are documented in data/actors/README.md.
import type { Actor, ActorMention, Doc, Mention, MentionType, Sector } from '../types.js';
import { countryName, isStateCode, type PlaceName } from './countries.js';
import { orgActor, personActor, titleOn, type PersonEntry } from './dictionary.js';
import { nationalSector } from './national-sectors.js';
import { NON_NATIONAL, type RoleEntry } from './roles.js';
import type { Unit } from './trie.js';
import type { Built } from './coref.js';
import { pastBrackets, type El } from './elements.js';
import { TRIE, type Target } from './lexicon.js';
import { everyday, placeNameState, contestSentences, orgKeys, personKeys, shoutingSentences, typeName, PREFIXES } from './names.js';
import { WORDS } from './words.js';
import { at } from '../at.js';
import { unitAt, unitTexts } from './trie.js';

/** Words a role phrase may run on for before its closing comma or verb ("the police chief of Cusco,"). */
const ROLE_TAIL = 6;
const ROLE_TAIL_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ']);
const STAGE = 'actors';

const LOCATIVE = WORDS.locative;
const POSSESSIVE = WORDS.possessive;
const POST_OF = WORDS.postOf;
/** Words that may stand between a country and its title: "Taiwan's Vice Foreign Minister". */
const PRE_TITLE = WORDS.preTitle;
/** Before a title, these make the person a former office holder (ELI). */
const FORMER = WORDS.former;
/** Heads that take the sector of the role before them: "rebel leaders" (REB), "army spokesman" (MIL). */
const GENERIC_HEADS = WORDS.genericHeads;
/** Nouns that wink tags NOUN but are verbs after a role word ("troops shot", "army forced"). */
const VERBISH = WORDS.verbish;
/** After a demonym, these nouns make a place, not an actor. */
const PLACE_NOUNS = WORDS.placeNouns;
/** Verbs whose object is a place, not an actor: "visited Moscow", "left Paris". */
const MOTION = WORDS.motion;
const BASED = WORDS.based;
const LED = WORDS.led;
const ERA = WORDS.eraSuffixes;
/** An unknown name ending in one of these is a place (LOC): "Sinai Peninsula", "Tigris River". */
const FEATURES = WORDS.features;
/** "two companies of the state reserve police": a unit of a force, which is the actor. */
const UNIT_NOUNS = WORDS.unitNouns;
/** "police sources": the agent before these nouns is an actor, not a modifier. */
const SOURCE_NOUNS = WORDS.sourceNouns;
const MEMBER_NOUNS = WORDS.memberNouns;
const HOME_SECTORS = WORDS.homeSectors;
/** Tags a city's name may carry before a role: a proper noun, or any content word in a text without capitals. */
const CITY_WORD_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);
/** Types of an unknown name that may name a city. */
const PLACE_TYPES: ReadonlySet<MentionType> = new Set<MentionType>(['LOC', 'GPE']);
/** Sectors whose units are companies and platoons rather than firms and teams. */
const FORCE_SECTORS: ReadonlySet<Sector> = new Set<Sector>(['MIL', 'COP', 'REB']);

function slug(name: string): string {
  const parts = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9 -]/g, '').split(/\s+/).filter(Boolean);
  if (parts.length > 1) parts.unshift(parts.pop()!);
  // A name with no ASCII letter ("ΑΘ", found by the property tests) would get the empty id and be
  // merged with every other such name: keep its own letters instead.
  return parts.join('-') || name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unnamed';
}

function genericActor(code: string | null, sector: Sector | null, name?: string): Actor {
  const id = code && sector ? `${code}-${sector}` : code ?? sector ?? 'UNK';
  const nm = name ?? [code ? countryName(code) : null, sector].filter(Boolean).join(' ');
  return { id, name: nm, code, sector, wikidata: null };
}

/** What may stand between a place and its role ("French diplomatic official"), and between an organisation's possessive and its office ("foreign policy chief"). */
const adjectiveBeforeTitle = (u: Unit): boolean => u.pos === 'ADJ' || PRE_TITLE.has(u.norm);
const nounModifier = (u: Unit): boolean => u.pos === 'ADJ' || u.pos === 'NOUN';

export class Reader {
  built: Built[] = [];
  mentions: Mention[] = [];
  messages: Doc['messages'] = [];
  /** Places and state-coded actors seen so far: where generic agents get their country. */
  private sites: { unit: number; sent: number; code: string; actor: boolean }[] = [];
  /** Surname / full-name keys of people seen -> built index. */
  private names = new Map<string, number>();
  private byFrom = new Map<number, El>();
  /** Elements by the unit they end before (the first one, if two did). */
  private byTo = new Map<number, El>();
  /** Actor id -> first mention naming it in full; -> latest mention. */
  private firstFull = new Map<string, number>();
  private latest = new Map<string, number>();
  /** Element index by start unit, for looking ahead. */
  private elIndex = new Map<number, number>();

  /** Types of unknown names, decided once per document (null: not a name). */
  private nameTypes = new Map<El, MentionType | null>();
  /** Sentences that are results lines or table rows. */
  private contest: Set<number>;
  /** Sentences that are match results or fixtures (a subset of contest). */
  private games = new Set<number>();
  /** "Ranjit Sharma, the police commissioner, said": an unknown name closed by a comma, waiting for the role phrase after it. */
  private pendingName: { from: number; to: number; name: string } | null = null;

  constructor(
    private doc: Doc,
    private units: readonly Unit[],
    private els: readonly El[],
    private date: string | null,
  ) {
    els.forEach((e, i) => {
      this.byFrom.set(e.from, e);
      if (!this.byTo.has(e.to)) this.byTo.set(e.to, e);
      this.elIndex.set(e.from, i);
    });
    this.contest = contestSentences(units, this.games);
    this.typeNames();
  }

  /**
   * Two passes over the unknown names: the first types each on its own clues; people found
   * there (and dictionary people) lend their surnames, so a bare "Lara" elsewhere is PER.
   */
  private typeNames(): void {
    const shouting = shoutingSentences(this.units);
    const contest = this.contest;
    const people = new Set<string>();
    const orgs = new Set<string>();
    for (const e of this.els) if (e.target?.kind === 'person') for (const k of personKeys(e.target.person.name)) people.add(k);
    const ctx = (e: El, ppl: ReadonlySet<string>) => ({ units: this.units, from: e.from, to: e.to, shouting: shouting.has(unitAt(this.units, e.from).sent), contest: contest.has(unitAt(this.units, e.from).sent), sport: this.games.size > 0, people: ppl, orgs });
    const weak: El[] = [];
    for (const e of this.els) {
      if (e.target !== null) continue;
      if (e.hint) {
        this.nameTypes.set(e, e.hint);
        if (e.hint === 'ORG') for (const k of orgKeys(this.text(e.from, e.to).text)) orgs.add(k);
        if (e.hint === 'PER') for (const k of personKeys(this.text(e.from, e.to).text)) people.add(k);
        continue;
      }
      const r = typeName(ctx(e, people));
      this.nameTypes.set(e, r.type);
      if (!r.strong) weak.push(e);
      else if (r.type === 'PER') for (const k of personKeys(this.text(e.from, e.to).text)) people.add(k);
      // a headline's "WEAH" typed as an acronym says nothing about "Weah" in the body
      else if (r.type === 'ORG' && !shouting.has(unitAt(this.units, e.from).sent)) for (const k of orgKeys(this.text(e.from, e.to).text)) orgs.add(k);
    }
    for (const e of weak) this.nameTypes.set(e, typeName(ctx(e, people)).type);
    // "Major said": a capitalised title word that is the surname of someone in the document is that name
    for (const e of this.els) {
      const u = unitAt(this.units, e.from);
      if (e.target?.kind === 'role' && e.to - e.from === 1 && /^\p{Lu}\p{Ll}/u.test(u.text) && people.has(u.norm) && !this.el(e.to)) {
        e.target = null;
        this.nameTypes.set(e, 'PER');
      }
    }
  }

  private text(from: number, to: number): { start: number; end: number; text: string } {
    const start = unitAt(this.units, from).start;
    const end = unitAt(this.units, to - 1).end;
    return { start, end, text: this.doc.text.slice(start, end) };
  }

  // mention and emit build their objects field by field, not by spreading text(): no throwaway
  // object per mention (issue 16: allocation churn); the fields keep text()'s order
  private mention(from: number, to: number, type: MentionType): void {
    const start = unitAt(this.units, from).start;
    const end = unitAt(this.units, to - 1).end;
    this.mentions.push({ start, end, text: this.doc.text.slice(start, end), type });
  }

  private emit(from: number, to: number, actor: Actor, via: ActorMention['via'], extra?: Partial<Built>, antecedent?: number): number {
    const start = unitAt(this.units, from).start;
    const end = unitAt(this.units, to - 1).end;
    const m: ActorMention = { start, end, text: this.doc.text.slice(start, end), actor, via };
    if (antecedent !== undefined) m.antecedent = antecedent;
    const b: Built = { m, from, to, sent: unitAt(this.units, from).sent, person: false, gender: null, title: null };
    if (extra) Object.assign(b, extra);
    this.built.push(b);
    const idx = this.built.length - 1;
    this.latest.set(actor.id, idx);
    if (via !== 'coref' && !b.short && !this.firstFull.has(actor.id)) this.firstFull.set(actor.id, idx);
    // a named news outlet ("a doctor told Reuters") says where the story was reported from, not where its people are
    const outlet = via === 'dictionary' && actor.sector === 'JRN';
    if (isStateCode(actor.code) && !outlet) this.sites.push({ unit: from, sent: unitAt(this.units, from).sent, code: actor.code, actor: true });
    return this.built.length - 1;
  }

  private info(rule: string, reason: string, from: number, to: number): void {
    const { start, end } = this.text(from, to);
    this.messages.push({ stage: STAGE, rule: `${STAGE}/${rule}`, level: 'info', reason, start, end });
  }

  private el(k: number): El | undefined {
    const e = this.byFrom.get(k);
    return e && unitAt(this.units, k).sent === unitAt(this.units, e.from).sent ? e : undefined;
  }

  /**
   * The element at k when k lies in the sentence of unit `from`: a phrase never runs on into the
   * next sentence (a headline without a full stop, "... aid to Ukraine", then "European Union
   * leaders ..." opening the story: no "Ukraine European Union leaders").
   */
  private elIn(from: number, k: number): El | undefined {
    return this.sameSent(from, k) ? this.el(k) : undefined;
  }

  private sameSent(a: number, b: number): boolean {
    return b < this.units.length && unitAt(this.units, a).sent === unitAt(this.units, b).sent;
  }

  private isPoss(k: number, from: number): boolean {
    return this.sameSent(from, k) && POSSESSIVE.has(unitAt(this.units, k).norm) && unitAt(this.units, k).pos !== 'PUNCT';
  }

  /** Skip up to two uncovered adjectives that stand before a role ("French diplomatic official"). */
  private skipAdj(k: number, from: number): number {
    return this.skipToRole(k, from, adjectiveBeforeTitle);
  }

  /** Skip up to three uncovered adjectives and nouns before a role ("the EU's foreign policy chief"); k when no role follows. */
  private skipModifiers(k: number, from: number): number {
    return this.skipToRole(k, from, nounModifier);
  }

  /** Up to three uncovered units that `modifier` accepts, in the sentence of `from`, then a role: its unit, else k. */
  private skipToRole(k: number, from: number, modifier: (u: Unit) => boolean): number {
    let j = k;
    for (let n = 0; n < 3 && this.sameSent(from, j) && !this.byFrom.has(j) && modifier(unitAt(this.units, j)); n++) j++;
    const e = this.elIn(from, j);
    return e && e.target?.kind === 'role' ? j : k;
  }

  /** Consecutive role elements from k; the last is the head. Null when the head is only a modifier ("passenger plane"). */
  private roles(k: number): { roles: El[]; next: number } | null {
    const roles: El[] = [];
    let j = k;
    for (let e = this.elIn(k, j); e && e.target?.kind === 'role'; e = this.elIn(k, j)) {
      roles.push(e);
      j = e.to;
    }
    while (roles.length) {
      const head = at(roles, roles.length - 1);
      const last = unitAt(this.units, head.to - 1);
      const after = this.sameSent(head.from, head.to) ? unitAt(this.units, head.to) : null;
      const compound = after !== null && after.text === '-' && after.start === last.end; // "hostage-takers"
      const nounAfter = after !== null && !this.byFrom.has(head.to) && after.pos === 'NOUN' && !VERBISH.has(after.norm) && !SOURCE_NOUNS.has(after.norm) && !/ed$/.test(after.norm) && !this.hyphenedVerb(head.to);
      // "military campaign": an adjective before a noun; "the Israeli military said": the agent
      const adjMod = last.pos === 'ADJ' && after !== null && ['NOUN', 'PROPN', 'ADJ'].includes(after.pos);
      // "opposition candidates", "rebel commanders": a noun naming the role's own people is its head
      if (nounAfter && !compound && last.pos !== 'ADJ' && MEMBER_NOUNS.has(after.norm) && !this.byFrom.has(head.to + 1)) return { roles, next: head.to + 1 };
      const modifier = compound || adjMod || nounAfter;
      if (!modifier) return { roles, next: head.to };
      roles.pop();
      j = head.from;
    }
    return null;
  }

  /** "police baton-charged the crowd": the unit at k begins a hyphenated verb, so it is no noun after a role. */
  private hyphenedVerb(k: number): boolean {
    const u = this.units;
    if (!this.sameSent(k, k + 2)) return false;
    const dash = unitAt(u, k + 1), tail = unitAt(u, k + 2);
    return dash.text === '-' && dash.start === unitAt(u, k).end && tail.start === dash.end && tail.pos === 'VERB' && /ed$/.test(tail.norm);
  }

  /** "anti-" / "pro-" written onto the unit at k. */
  private attachedPrefix(k: number, words: ReadonlySet<string>): boolean {
    const u = this.units;
    return k >= 2 && unitAt(u, k - 1).text === '-' && unitAt(u, k - 1).end === unitAt(u, k).start && unitAt(u, k - 2).end === unitAt(u, k - 1).start && words.has(unitAt(u, k - 2).norm);
  }

  /** "-led" written onto the unit before k. */
  private attachedSuffix(k: number, from: number, words: ReadonlySet<string>): boolean {
    const u = this.units;
    return this.sameSent(from, k + 1) && unitAt(u, k).text === '-' && unitAt(u, k).start === unitAt(u, k - 1).end && unitAt(u, k + 1).start === unitAt(u, k).end && words.has(unitAt(u, k + 1).norm);
  }

  /** A country written as a backer or leader at unit k ("Russian-backed", "US-led"): no country clue for other generic agents. */
  private backerAt(k: number): boolean {
    const e = this.byFrom.get(k);
    const t = e?.target;
    return e !== undefined && t?.kind === 'place' && t.place.kind !== 'region' && !this.attachedPrefix(k, PREFIXES) && this.attachedSuffix(e.to, k, LED);
  }

  private prevNorm(k: number): string | null {
    return k > 0 && this.sameSent(k - 1, k) ? unitAt(this.units, k - 1).norm : null;
  }

  /** "lawmakers in his own Conservative Party", "King Hassan of Morocco": a state code just after. */
  private postCode(k: number, from: number): { code: string; to: number; el: El } | null {
    if (!this.sameSent(from, k) || !POST_OF.has(unitAt(this.units, k).norm)) return null;
    for (let j = k + 1, n = 0; n < 5 && this.sameSent(from, j); j++, n++) {
      const e = this.el(j);
      if (e) {
        const code = this.codeOfTarget(e.target);
        if (code && isStateCode(code)) return { code, to: e.to, el: e };
        if (this.units[e.to]?.norm !== '-') return null;
        j = e.to - 1; // "military-ruled": a role word inside a hyphenated modifier
        continue;
      }
      // "from military-ruled Myanmar": a hyphenated modifier ends in a participle that wink tags VERB.
      const u = unitAt(this.units, j);
      const hyphenated = u.norm === '-' || (u.pos === 'VERB' && this.units[j - 1]?.norm === '-');
      if (!hyphenated && !['DET', 'PRON', 'ADJ'].includes(u.pos)) return null;
    }
    return null;
  }

  /** An unknown name typed as a place right after "of" at unit k: "of New York", "of Alabama". */
  private regionAfter(k: number, from: number): El | null {
    if (!this.sameSent(from, k + 1) || !POST_OF.has(unitAt(this.units, k).norm)) return null;
    const e = this.el(k + 1);
    return e && e.target === null && PLACE_TYPES.has(this.nameTypes.get(e) ?? 'MISC') ? e : null;
  }

  private codeOfTarget(t: Target | null): string | null {
    if (!t) return null;
    if (t.kind === 'place') return t.place.code;
    if (t.kind === 'org') return t.org.code;
    if (t.kind === 'person') return personActor(t.person, this.date).code;
    return null;
  }

  /**
   * "Israeli soldiers shot two Palestinian gunmen, the army said": a definite role with no country
   * of its own refers back to the last actor of its sector in this or the previous sentence, not to
   * the nearest country mention (here the other side's).
   */
  private sameSectorCode(k: number, sector: string): string | null {
    const sent = unitAt(this.units, k).sent;
    for (let i = this.built.length - 1; i >= 0; i--) {
      const b = at(this.built, i);
      if (b.sent < sent - 1) break;
      if (b.from < k && b.m.actor.sector === sector && b.m.actor.code !== null && isStateCode(b.m.actor.code)) return b.m.actor.code;
    }
    return null;
  }

  /** Nearest state code before in this or the previous sentence, else after in this sentence. */
  private contextCode(k: number): string | null {
    const sent = unitAt(this.units, k).sent;
    // actors (countries, people, metonymic capitals) first, then mere place names
    for (const wantActor of [true, false]) {
      for (let i = this.sites.length - 1; i >= 0; i--) {
        const s = at(this.sites, i);
        if (s.sent < sent - 1) break;
        // "civilians" after "the Russian-backed offensive": the backer is not where the people are from
        if (s.actor === wantActor && s.unit < k && isStateCode(s.code) && !this.backerAt(s.unit)) return s.code;
      }
    }
    let i0 = 0;
    for (let j = k; j < this.units.length && unitAt(this.units, j).sent === sent; j++) {
      const ix = this.elIndex.get(j);
      if (ix !== undefined) {
        i0 = ix;
        break;
      }
      i0 = this.els.length;
    }
    for (let i = i0; i < this.els.length; i++) {
      const e = at(this.els, i);
      if (e.from <= k || this.attachedSuffix(e.to, e.from, LED)) continue;
      if (unitAt(this.units, e.from).sent !== sent) break;
      // "US $50 million": a currency names no country of the story
      if (this.sameSent(e.from, e.to) && WORDS.currencyWords.has(unitAt(this.units, e.to).norm)) continue;
      if (e.target?.kind === 'place' && isStateCode(e.target.place.code)) {
        // "Republican lawmakers are pressing ahead with an inquiry into the sale of a Canadian firm":
        // a country past the role's own verb is what its clause is about, not where the role is from;
        // the country the article mentions most (in more than this sentence) is the better guess
        for (let j = k + 1; j < e.from; j++) if (['VERB', 'AUX'].includes(unitAt(this.units, j).pos)) return this.focusBeyond(sent) ?? e.target.place.code;
        return e.target.place.code;
      }
    }
    return null;
  }

  /**
   * The state of the place phrase right after a generic agent: "settlers in Hebron", "doctors from
   * Lyon", "unions based in Chile". A country or capital the dictionary knows, else the largest
   * GeoNames city of that name; a person, organisation or role there is not a place phrase.
   */
  private placeAfter(end: number): string | null {
    const u = this.units;
    let j = end;
    if (this.sameSent(end, j + 1) && BASED.has(unitAt(u, j).norm)) j++;
    if (!this.sameSent(end, j + 1) || !POST_OF.has(unitAt(u, j).norm)) return null;
    j++;
    const t = this.el(j)?.target;
    if (t) return t.kind === 'place' && (t.place.kind === 'country' || t.place.kind === 'capital') && isStateCode(t.place.code) ? t.place.code : null;
    let k = j;
    while (k - j < 3 && this.sameSent(j, k) && unitAt(u, k).pos === 'PROPN') k++;
    if (k === j) return null;
    // as before a role: the hand gazetteer first ("police in Florida" are American), then the story's
    // own state; capitalised after "in", common words name a town too ("a church in Fort Worth")
    return placeNameState(unitTexts(u, j, k, ' '), this.focusCode(), true);
  }

  /**
   * "Kolkata police", "vadodara police commissioner": a city named right before a role places it.
   * An unknown name or, in a text without capitals, a run of words no English vocabulary holds
   * ("kolkata", not "railway"), read in the gazetteer; a known name is left to the modifier rules.
   */
  private placeBefore(start: number): string | null {
    const u = this.units;
    // an unknown name typed as a place or nation ("the Harper government" is a person's)
    const before = this.byTo.get(start);
    const byTo = before && this.sameSent(before.from, start) ? before : undefined;
    if (byTo) return byTo.target === null && PLACE_TYPES.has(this.nameTypes.get(byTo) ?? 'MISC') ? this.cityState(byTo.from, start) : null;
    // in a text without capitals a common word ends the run ("railway police")
    let j = start;
    const cityWord = (k: number): boolean => unitAt(u, k).pos === 'PROPN' || (CITY_WORD_POS.has(unitAt(u, k).pos) && !everyday(unitAt(u, k).norm));
    while (start - j < 3 && j > 0 && this.sameSent(j - 1, start) && !this.byFrom.has(j - 1) && cityWord(j - 1)) j--;
    return j < start ? this.cityState(j, start) : null;
  }

  /** The state of the place named by units [from, to), or by their longest tail that names one. */
  private cityState(from: number, to: number): string | null {
    for (let a = from; a < to; a++) {
      const code = placeNameState(unitTexts(this.units, a, to, ' '), this.focusCode());
      if (code) return code;
    }
    return null;
  }

  /** Sentence -> the first state an element of it names (a place or a state-coded name), filled on first ask. */
  private sentenceCodes: Map<number, string> | undefined;
  /** A state code named in unit k's sentence, or null. Worked out for every sentence in one pass: a scan of all elements per ask made long pages quadratic. */
  private sentenceCode(k: number): string | null {
    if (!this.sentenceCodes) {
      this.sentenceCodes = new Map();
      for (const e of this.els) {
        const sent = unitAt(this.units, e.from).sent;
        if (this.sentenceCodes.has(sent)) continue;
        const code = this.codeOfTarget(e.target);
        if (code && isStateCode(code)) this.sentenceCodes.set(sent, code);
      }
    }
    return this.sentenceCodes.get(unitAt(this.units, k).sent) ?? null;
  }

  private focus: string | null | undefined;
  /** The state the article mentions most (places, people, organisations); ties go to the one named first. */
  private focusCode(): string | null {
    if (this.focus !== undefined) return this.focus;
    const n = new Map<string, number>();
    const sents = new Map<string, Set<number>>();
    for (const e of this.els) {
      // "US $50 million": a currency names no country of the story (as in contextCode)
      if (this.sameSent(e.from, e.to) && WORDS.currencyWords.has(unitAt(this.units, e.to).norm)) continue;
      const code = this.codeOfTarget(e.target);
      if (!code || !isStateCode(code)) continue;
      n.set(code, (n.get(code) ?? 0) + 1);
      if (!sents.has(code)) sents.set(code, new Set());
      sents.get(code)!.add(unitAt(this.units, e.from).sent);
    }
    let best: string | null = null;
    for (const [c, k] of n) if (best === null || k > n.get(best)!) best = c; // Map keeps first-seen order
    this.focus = best;
    this.focusSents = best === null ? new Set() : sents.get(best)!;
    return best;
  }
  private focusSents: ReadonlySet<number> = new Set();

  /** The article's focus (focusCode) when another sentence than `sent` names it: one sentence alone makes no article's focus. */
  private focusBeyond(sent: number): string | null {
    const f = this.focusCode();
    return f !== null && (this.focusSents.size > 1 || (this.focusSents.size === 1 && !this.focusSents.has(sent))) ? f : null;
  }

  /**
   * For a legislator at unit k whose sentence names no country: the article's focus when the
   * nearest mention names another country ("Members of Congress" after a sentence on Mexico).
   * Null with no nearest mention at all: a focus from one stray place is no better than none.
   */
  private seatedFocus(k: number): string | null {
    if (this.sentenceCode(k)) return null;
    const near = this.contextCode(k);
    const focus = near ? this.focusBeyond(unitAt(this.units, k).sent) : null;
    return focus !== null && focus !== near ? focus : null;
  }

  /** The first country named after unit k in its sentence ("... protested in Kyrgyzstan"). */
  private nextCountry(k: number): string | null {
    for (let j = k; this.sameSent(k, j); j++) {
      const t = this.el(j)?.target;
      if (t?.kind === 'place' && t.place.kind === 'country' && isStateCode(t.place.code)) return t.place.code;
    }
    return null;
  }

  private register(name: string, idx: number): void {
    const words = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[\s-]+/).filter(Boolean);
    this.names.set(words.join(' '), idx);
    if (words.length > 1) {
      this.names.set(at(words, words.length - 1), idx);
      this.names.set(words.slice(1).join(' '), idx);
    }
  }

  /** The earliest full (non-coref) mention of an actor id, else the latest mention. */
  private antecedentOf(id: string): number | undefined {
    return this.firstFull.get(id) ?? this.latest.get(id);
  }

  run(): void {
    const consumed = new Set<El>();
    for (const e of this.els) {
      if (consumed.has(e)) continue;
      const used = this.phrase(e);
      for (const u of used) consumed.add(u);
    }
    this.bracketClubs();
  }

  /** "Luis Figo ( Barcelona )", "Paulo Bento ( Oviedo , Spain )": a town or name in brackets after a person is their club; a country stays a place. */
  private bracketClubs(): void {
    // only units right after a "(" can be read so (units have distinct starts): no map of every
    // unit of every story (issue 16: allocation churn)
    const indexOfStart = new Map<number, number>();
    for (let i = 1; i < this.units.length; i++) if (unitAt(this.units, i - 1).text === '(') indexOfStart.set(unitAt(this.units, i).start, i);
    if (indexOfStart.size === 0) return;
    const ms = this.mentions;
    for (let i = 1; i < ms.length; i++) {
      const m = at(ms, i);
      const k = indexOfStart.get(m.start);
      if (k === undefined || k < 2 || (m.type !== 'LOC' && m.type !== 'GPE' && m.type !== 'PER')) continue;
      let to = k;
      while (to < this.units.length && unitAt(this.units, to).end <= m.end) to++;
      const close = this.units[to]?.text;
      if (unitAt(this.units, k - 1).text !== '(' || !this.sameSent(k - 1, to) || (close !== ')' && close !== ',')) continue;
      const prev = ms.find((p) => p.end === unitAt(this.units, k - 2).end);
      const place = this.byFrom.get(k)?.target;
      if (prev?.type !== 'PER' || (place?.kind === 'place' && place.place.kind !== 'capital')) continue;
      m.type = 'ORG';
    }
  }

  /** In a results line, a name straight before a number is a side ("Madrid 2", "New Jersey 14 10 1"), as is the visitor before a fixture's "AT" (the host after it is where they play). */
  private isSide(e: El): boolean {
    const n = this.units[e.to];
    const p = this.prevNorm(e.from);
    if (p === 'v' || p === 'vs' || p === 'vs.') return true;
    return !!n && this.sameSent(e.from, e.to) && (/^[\d.]+$/.test(n.text) || n.text === 'AT' || n.text === 'v' || n.text === 'vs' || n.text === '(');
  }

  /** Read one phrase starting at element e; returns the elements it used. */
  private phrase(e: El): El[] {
    const used: El[] = [e];
    const u = this.units;
    let k = e.from;
    let mod: { code: string; el: El } | null = null;
    let poss = false;
    const t = e.target;
    if (t?.kind === 'place' && t.place.kind === 'region') {
      this.mention(e.from, e.to, this.attachedPrefix(e.from, PREFIXES) ? 'NORP' : this.contest.has(unitAt(u, e.from).sent) && this.isSide(e) ? 'ORG' : 'LOC');
      // a province is a country clue for generic agents, never an actor itself
      if (isStateCode(t.place.code)) this.sites.push({ unit: e.from, sent: unitAt(u, e.from).sent, code: t.place.code, actor: false });
      return used;
    }
    if (t?.kind === 'place') {
      // "anti-Syria", "pro-Russian", "trans-Atlantic": the country is an attitude or adjective, not an actor
      const prefixed = this.attachedPrefix(e.from, PREFIXES);
      // a city in a results line or table is a team ("Madrid 2 Lisbon 1")
      if (t.place.kind === 'capital' && this.contest.has(unitAt(u, e.from).sent) && this.isSide(e)) {
        this.mention(e.from, e.to, 'ORG');
        return used;
      }
      this.mention(e.from, e.to, t.place.kind === 'demonym' || prefixed ? 'NORP' : 'GPE');
      if (prefixed) return used;
      k = e.to;
      // "UK-based group", "Russian-made rifles": where something is from, not who acts; "Soviet-era tanks": when
      if (this.attachedSuffix(k, e.from, BASED) || this.attachedSuffix(k, e.from, ERA)) return used;
      if (this.isPoss(k, e.from)) {
        poss = true;
        k++;
      } else if (this.attachedSuffix(k, e.from, LED)) {
        k += 2; // "Saudi-led coalition", "U.S.-led forces"
      }
      const j = this.skipAdj(k, e.from);
      const next = this.elIn(e.from, j);
      const rolesAhead = next?.target?.kind === 'role' ? this.roles(j) : null;
      const takesName = next && ((next.target === null && this.nameTypes.get(next) !== null) || next.target?.kind === 'person' || next.target?.kind === 'org');
      if (rolesAhead || (takesName && (t.place.kind !== 'capital' || poss) && !(next.target === null && !poss && t.place.kind === 'demonym'))) {
        mod = { code: t.place.code, el: e };
        k = j;
      } else {
        this.placeAlone(e, t.place.kind, t.place.code, t.place.plural === true);
        this.sites.push({ unit: e.from, sent: unitAt(u, e.from).sent, code: t.place.code, actor: false });
        return used;
      }
    }
    if (t?.kind === 'org') {
      // "U.N. Secretary-General Kofi Annan", "NATO spokesman Jan Novak": the organisation as modifier of a titled name
      let j = e.to;
      const poss = this.isPoss(j, e.from);
      if (poss) j++;
      const rr = this.elIn(e.from, j)?.target?.kind === 'role' ? this.roles(j) : null;
      const headT = rr ? headOf(rr.roles) : null;
      const after = rr ? this.el(rr.next) : undefined;
      if (rr && headT?.title && after && (after.target === null || after.target.kind === 'person')) {
        this.mention(e.from, e.to, 'ORG');
        mod = { code: t.org.code, el: e };
        k = j;
      } else if (poss && t.org.code) {
        // "the EU's foreign policy chief", "NATO's secretary general": the organisation's own office
        const m = this.skipModifiers(j, e.from);
        const office = this.elIn(e.from, m)?.target?.kind === 'role' ? this.roles(m) : null;
        if (office) {
          this.mention(e.from, e.to, 'ORG');
          mod = { code: t.org.code, el: e };
          k = m;
        }
      }
    }
    // roles
    let roles: El[] = [];
    const r = this.elIn(e.from, k)?.target?.kind === 'role' ? this.roles(k) : null;
    if (r) {
      roles = r.roles;
      used.push(...roles);
      k = r.next;
    } else if (e.target?.kind === 'role') {
      return used; // a role word used as a modifier: nothing
    }
    const head: RoleEntry | null = headOf(roles);
    // name
    // an unknown run typed "not a name" (a headline's words) cannot be a role's name
    const isName = (n: El | undefined): n is El => !!n && ((n.target === null && this.nameTypes.get(n) !== null) || n.target?.kind === 'person' || n.target?.kind === 'org');
    // "DCP (law and order) T R Suresh", "IGP (border range) Sudhir Sinha": a title's portfolio in
    // brackets stands between it and the name
    const afterBrackets = head?.title ? pastBrackets(this.units, k, unitAt(this.units, e.from).sent) : k;
    const bracketed = afterBrackets !== k ? this.elIn(e.from, afterBrackets) : undefined;
    const nameEl = isName(bracketed) ? bracketed : this.elIn(e.from, k);
    const nameOk = isName(nameEl);
    const start = mod ? mod.el.from : roles.length ? at(roles, 0).from : e.from;
    if (nameOk && nameEl) {
      used.push(nameEl);
      return this.named(nameEl, start, mod, head, used);
    }
    if (head) {
      this.roleOnly(start, k, mod, head, roles);
      return used;
    }
    return used;
  }

  /** After a short date at unit k ("yesterday", "on Monday", "last week", "late on Friday", "on March 3"): the unit after it, else k. */
  private afterDate(k: number): number {
    if (this.sameSent(k, k + 1) && WORDS.dateAlone.has(unitAt(this.units, k).norm)) return k + 1;
    let j = k;
    while (j < k + 2 && this.sameSent(k, j) && WORDS.dateOpeners.has(unitAt(this.units, j).norm)) j++;
    if (j === k || !this.sameSent(k, j) || !WORDS.dateWords.has(unitAt(this.units, j).norm)) return k;
    j++;
    if (this.sameSent(k, j) && /^\d{1,2}$/.test(unitAt(this.units, j).text)) j++; // "on March 3"
    return j;
  }

  /** A noun phrase from unit k closed by a comma within a few words, with a verb (as `verbAt` says) after it. */
  private closedApposition(k: number, verbAt: (k: number) => boolean): boolean {
    for (let j = k + 1; j < k + 8 && this.sameSent(k, j); j++) {
      const t = unitAt(this.units, j);
      // "has imposed", "imposed": a verb, not "was quiet"
      if (t.norm === ',') return verbAt(j + 1) && (unitAt(this.units, j + 1).pos === 'VERB' || verbAt(j + 2));
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
    }
    return false;
  }

  private placeAlone(e: El, kind: 'country' | 'capital' | 'demonym' | 'region', code: string, plural: boolean): void {
    if (kind === 'region') return;
    const u = this.units;
    // "US $50 million", "Canadian dollars": a currency, not an actor
    if (this.sameSent(e.from, e.to) && WORDS.currencyWords.has(unitAt(u, e.to).norm)) return;
    if (kind === 'capital') {
      // metonymy: "Moscow said", "Washington urged" (not "in Moscow")
      const prev = this.prevNorm(e.from);
      const next = this.sameSent(e.from, e.to) ? unitAt(u, e.to) : null;
      const verbAt = (k: number): boolean => {
        const t = this.sameSent(e.from, k) ? unitAt(u, k) : null;
        return !!t && (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADV' && this.sameSent(e.from, k + 1) && ['VERB', 'AUX'].includes(unitAt(u, k + 1).pos)));
      };
      // "Moscow alleged that ...": a reporting verb's -ed form the tagger reads as an adjective, then its clause
      const edThat = next !== null && next.pos === 'ADJ' && next.norm.endsWith('ed') && this.sameSent(e.from, e.to + 1) && unitAt(u, e.to + 1).norm === 'that';
      const verbNext = verbAt(e.to) || verbAt(this.afterDate(e.to)) || edThat;
      const along = next && (next.norm === 'along' || next.norm === 'together');
      // "Kyiv and Moscow agreed": the first of two joined subjects (the second is read as above)
      const joined = next?.norm === 'and' && this.sameSent(e.from, e.to + 2)
        && unitAt(u, e.to + 1).pos === 'PROPN' && ['VERB', 'AUX'].includes(unitAt(u, e.to + 2).pos);
      // "would press Moscow", "urged Washington": the object of a verb (not "visited Moscow")
      const prevTok = e.from > 0 && this.sameSent(e.from - 1, e.from) ? unitAt(u, e.from - 1) : null;
      const object = prevTok !== null && prevTok.pos === 'VERB' && !MOTION.has(prevTok.norm);
      // "Moscow, which denied the charges, imposed ...": a relative clause on the subject (not a dateline)
      const relative = next?.norm === ',' && this.sameSent(e.from, e.to + 1) && WORDS.relativeOpeners.has(unitAt(u, e.to + 1).norm);
      // "Washington, the region's main power, imposed ...": an apposition closed by a comma, then the verb
      const apposed = next?.norm === ',' && this.sameSent(e.from, e.to + 1) && unitAt(u, e.to + 1).pos === 'DET' && this.closedApposition(e.to + 1, verbAt);
      // "held talks with Beijing", "a protest against Moscow": the party dealt with (not "in Beijing")
      const party = prev !== null && WORDS.partyPreps.has(prev);
      if (party || ((verbNext || along || joined || object || relative || apposed || prev === 'by') && (prev === null || !LOCATIVE.has(prev)))) {
        this.emit(e.from, e.to, genericActor(code, 'GOV', `${countryName(code)} government`), 'country');
      }
      return;
    }
    if (kind === 'demonym') {
      // "the Syrian border", "the Belarusian capital": a place, not an actor
      const next = this.sameSent(e.from, e.to) ? unitAt(u, e.to) : null;
      if (!plural && next && PLACE_NOUNS.has(next.norm)) return;
      // "ethnic Albanians demonstrated in Serbia": a people, placed by context rather than by its state
      if (plural && this.prevNorm(e.from) === 'ethnic') {
        const where = this.nextCountry(e.to) ?? this.contextCode(e.from);
        if (where && where !== code) {
          this.info('ethnic-placed', `"ethnic ${unitAt(u, e.from).text}" placed in ${where} from context`, e.from, e.to);
          code = where;
        }
      }
      const actor = plural ? genericActor(code, 'CVL') : { id: code, name: countryName(code), code, sector: null, wikidata: null };
      this.emit(e.from, e.to, actor, 'country');
      return;
    }
    this.emit(e.from, e.to, { id: code, name: countryName(code), code, sector: null, wikidata: null }, 'country');
  }

  /** A name, possibly with a country and titles before it. */
  private named(nameEl: El, start: number, mod: { code: string; el: El } | null, head: RoleEntry | null, used: El[]): El[] {
    const t = nameEl.target;
    let end = nameEl.to;
    let idx: number;
    if (t?.kind === 'person') {
      this.mention(nameEl.from, nameEl.to, 'PER');
      // "Obama-era regulations": a time named after the person, who does nothing in it
      if (this.attachedSuffix(nameEl.to, nameEl.from, ERA)) return used;
      let actor = personActor(t.person, this.date);
      if (this.former(start, nameEl.from)) actor = { ...actor, sector: 'ELI' };
      else if (actor.sector === null && head) actor = { ...actor, sector: head.sector }; // named before their first dated role
      const prior = this.antecedentOf(actor.id);
      const short = t.short;
      if (short && prior !== undefined) {
        idx = this.emit(start, end, actor, 'coref', this.personExtra(t.person, true), prior);
      } else {
        idx = this.emit(start, end, actor, 'dictionary', this.personExtra(t.person, short));
        this.register(t.person.name, idx);
      }
    } else if (t?.kind === 'org') {
      this.mention(nameEl.from, nameEl.to, 'ORG');
      // "ISIL fighters", "(ISIL) fighters", "Hamas militants": the role belongs to the organisation
      const paren = this.sameSent(nameEl.from, end) && unitAt(this.units, end).text === ')' ? 1 : 0;
      const r = this.el(end + paren)?.target?.kind === 'role' ? this.roles(end + paren) : null;
      let actor = orgActor(t.org);
      let via: ActorMention['via'] = 'dictionary';
      if (r) {
        used.push(...r.roles);
        if (!paren) end = r.next;
        const hr = headOf(r.roles)!;
        // "UN peacekeepers", "EU officials": the organisation's code, the role's sector
        if (!paren && actor.sector === null) {
          actor = genericActor(actor.code, hr.sector, this.text(start, end).text);
          via = 'role';
        }
      }
      idx = this.emit(start, end, actor, via);
    } else {
      // unknown proper-noun run
      const { text: name } = this.text(nameEl.from, nameEl.to);
      const key = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[\s-]+/).filter(Boolean).join(' ');
      const known = this.names.get(key);
      if (!head && !mod && known !== undefined) {
        // surname (or repeated name) of someone seen earlier
        this.mention(nameEl.from, nameEl.to, 'PER');
        const ante = at(this.built, known);
        idx = this.emit(nameEl.from, nameEl.to, ante.m.actor, 'coref', { person: true, gender: ante.gender, title: ante.title }, known);
      } else if (head?.title) {
        this.mention(nameEl.from, nameEl.to, 'PER');
        const post = this.postCode(end, nameEl.from);
        let code = mod?.code ?? null;
        if (!code && post) {
          code = post.code;
          end = post.to;
          used.push(post.el);
          this.mention(post.el.from, post.el.to, 'GPE');
        } else if (!post) {
          // "Senator Charles Schumer of New York": a state or region no dictionary knows after the
          // name belongs to the mention (the speaker before "said"), not to the name
          const region = this.regionAfter(end, nameEl.from);
          if (region) {
            end = region.to;
            used.push(region);
            this.mention(region.from, region.to, 'LOC');
          }
        }
        if (!code) {
          code = this.contextCode(nameEl.from);
          this.info('country-from-context', `country of "${name}" guessed from context: ${code ?? 'none found'}`, nameEl.from, nameEl.to);
        }
        const sector = this.former(start, nameEl.from) ? 'ELI' : head.sector;
        idx = this.emit(start, end, { id: slug(name), name, code, sector, wikidata: null }, 'role', { person: true, title: head.key });
        this.register(name, idx);
      } else if (head) {
        // "French newspaper Le Monde": an organisation named by its role
        this.mention(nameEl.from, nameEl.to, 'ORG');
        const code = mod?.code ?? null;
        idx = this.emit(start, end, { id: slug(name), name, code, sector: head.sector, wikidata: null }, 'role');
      } else {
        const app = this.apposition(nameEl);
        if (app !== null) {
          this.mention(nameEl.from, nameEl.to, 'PER');
          const a = at(this.built, app);
          idx = this.emit(nameEl.from, nameEl.to, { id: slug(name), name, code: a.m.actor.code, sector: a.m.actor.sector, wikidata: null }, 'role', { person: true, title: a.title });
          this.register(name, idx);
        } else {
          if (this.sameSent(nameEl.from, nameEl.to) && unitAt(this.units, nameEl.to).norm === ',') this.pendingName = { from: nameEl.from, to: nameEl.to, name };
          const side = this.contest.has(unitAt(this.units, nameEl.from).sent) && this.isSide(nameEl); // "TAMPA BAY 8 15 2": a team
          const type = FEATURES.has(unitAt(this.units, nameEl.to - 1).norm) && !side ? 'LOC' : this.nameTypes.get(nameEl) ?? null;
          if (type) this.mention(nameEl.from, nameEl.to, type);
          // "Cumhuriyet University", "Workers' Party": an organisation named by its role word is an actor of that sector
          const role = type === 'ORG' && nameEl.to - nameEl.from > 1 ? TRIE.matchAt(this.units, nameEl.to - 1) : null;
          const r = role && role.to === nameEl.to ? role.values.find((v) => v.kind === 'role') : undefined;
          if (r?.kind === 'role') {
            let code = mod?.code ?? null;
            if (!code) {
              code = this.contextCode(nameEl.from);
              this.info('country-from-context', `country of "${name}" guessed from context: ${code ?? 'none found'}`, nameEl.from, nameEl.to);
            }
            this.emit(start, end, { id: slug(name), name, code, sector: r.role.sector, wikidata: null }, 'role');
            return used;
          }
          if (mod) this.placeAlone(mod.el, (mod.el.target as { place: PlaceName }).place.kind, mod.code, false);
          return used;
        }
      }
    }
    // "Assad's forces", "Merkel's Cabinet": a role possessed by the name
    const actor = at(this.built, idx).m.actor;
    if (this.isPoss(end, nameEl.from) && isStateCode(actor.code)) {
      const j = this.skipAdj(end + 1, nameEl.from);
      const r = this.el(j)?.target?.kind === 'role' ? this.roles(j) : null;
      if (r) {
        const hr = headOf(r.roles)!;
        this.emit(at(r.roles, 0).from, r.next, genericActor(actor.code, hr.sector), 'role');
        used.push(...r.roles);
      }
    }
    return used;
  }

  /** "former President X", "ousted leader Y": a former-word before the name, or just before the phrase. */
  private former(start: number, nameFrom: number): boolean {
    for (let j = Math.max(0, start - 1); j < nameFrom; j++) if (FORMER.has(unitAt(this.units, j).norm) && this.sameSent(j, nameFrom)) return true;
    return false;
  }

  private personExtra(p: PersonEntry, short: boolean): Partial<Built> {
    return { person: true, gender: p.gender ?? null, title: titleOn(p, this.date), short };
  }

  /** "France's ambassador to the U.S., Gerard Araud": a name after a comma takes a role phrase's actor. */
  private apposition(nameEl: El): number | null {
    if (this.prevNorm(nameEl.from) !== ',') return null;
    for (let i = this.built.length - 1; i >= 0; i--) {
      const b = at(this.built, i);
      if (b.sent !== unitAt(this.units, nameEl.from).sent || nameEl.from - b.to > 8) return null;
      if ((b.m.via === 'role' || b.m.via === 'generic') && !b.person && b.roleTitle) return i;
    }
    return null;
  }

  /** A role phrase without a name: "Syria's army", "the French president", "authorities". */
  private roleOnly(start: number, end: number, mod: { code: string; el: El } | null, head: RoleEntry, roles: El[]): void {
    const u = this.units;
    const prev = this.prevNorm(start);
    const det = prev ?? '';
    // "troops to police the front line": an infinitive with an object, not an agent
    if (prev === 'to' && !mod && roles.length === 1 && end - start === 1 && this.sameSent(start, end) && unitAt(u, end).pos === 'DET') return;
    // "two companies of the state reserve police": the force after "of" is the actor, read on its own
    if (!mod && roles.length === 1 && end - start === 1 && UNIT_NOUNS.has(unitAt(u, start).norm) && this.forceAfterOf(end)) return;
    // "the commissioner of police", "the chief of army staff": a generic head takes the force's sector
    const force = roles.length === 1 && GENERIC_HEADS.has(head.key) ? this.forceSectorAfterOf(end) : null;
    if (force) head = { ...head, sector: force };
    // "the president of Armenia", "lawmakers in his own Conservative Party"
    const post = mod ? null : this.postCode(end, start);
    const phraseCode = mod?.code ?? post?.code ?? null;
    // "the French president", "the Russian leader": the last named person with that country/title
    if (head.person && det !== 'a' && det !== 'an' && (det === 'the' || phraseCode)) {
      const ante = this.personAntecedent(head, phraseCode, start, unitAt(u, end - 1).norm);
      if (ante !== undefined) {
        const b = at(this.built, ante);
        this.emit(start, end, b.m.actor, 'coref', { person: true, gender: b.gender, title: b.title }, ante);
        return;
      }
    }
    // "these terrorists": the last actor of that sector
    if (head.group && !mod && WORDS.backReferringDeterminers.has(det)) {
      const sent = unitAt(u, start).sent;
      for (let i = this.built.length - 1; i >= 0; i--) {
        const b = at(this.built, i);
        if (b.sent < sent - 2) break;
        if (b.m.actor.sector === head.sector && !b.person) {
          this.emit(start, end, b.m.actor, 'coref', {}, this.antecedentOf(b.m.actor.id) ?? i);
          return;
        }
      }
    }
    let code = phraseCode;
    let via: ActorMention['via'] = 'role';
    if (!code) {
      const adjBefore = roles.length && start > 0 ? unitAt(u, start - 1) : null;
      let against = false;
      for (let j = start - 1, n = 0; j >= 0 && n < 3 && this.sameSent(j, start); j--, n++) {
        if (unitAt(u, j).norm === 'against') against = true;
        if (!['ADJ', 'PROPN', 'DET', 'PRON'].includes(unitAt(u, j).pos)) break;
      }
      const blocked = [unitAt(u, start).norm, prev ?? '', adjBefore?.norm ?? ''].some((w) => NON_NATIONAL.has(w)) || against;
      if (!blocked) {
        via = 'generic';
        // police and courts act at home: with no country in their sentence they belong to the article's focus, not to a passing mention
        const focus = head.sector !== null && HOME_SECTORS.has(head.sector) && !this.sentenceCode(start) ? this.focusCode() : null;
        if ((code = this.placeBefore(start))) {
          this.info('country-from-city', `"${this.text(start, end).text}" placed in ${code} by the city named before it`, start, end);
        } else if (focus) {
          code = focus;
          this.info('country-most-mentioned', `"${this.text(start, end).text}" has no country in its sentence; took ${code}, the country the article mentions most`, start, end);
        } else if ((code = this.placeAfter(end))) {
          this.info('country-from-place-phrase', `"${this.text(start, end).text}" placed in ${code} by the place phrase after it`, start, end);
        } else if (det === 'the' && head.sector !== null && WORDS.backReferringSectors.has(head.sector) && (code = this.sameSectorCode(start, head.sector))) {
          this.info('country-same-sector', `"${this.text(start, end).text}" took ${code} from the last actor of its sector ("Israeli troops ... the army said")`, start, end);
        } else if (head.sector !== null && WORDS.seatedSectors.has(head.sector) && (code = this.seatedFocus(start))) {
          this.info('country-most-mentioned', `"${this.text(start, end).text}" sits at home and its sentence names no country; took ${code}, the country the article mentions most, over a passing mention nearby`, start, end);
        } else {
          code = this.contextCode(start);
          this.info('country-nearest', `"${this.text(start, end).text}" has no country of its own; took ${code ?? 'none'} from the nearest country mention`, start, end);
        }
      }
    }
    const sector = nationalSector(code, head.sector, this.text(start, end).text) ?? head.sector;
    const actor = genericActor(code, sector);
    this.emit(start, end, actor, via, { roleTitle: head.title || head.key === 'official' });
    this.nameBeforeRole(start, end, actor, head);
  }

  /**
   * "Ranjit Sharma, the police commissioner, said": an unknown name, a comma, then a person's role
   * phrase closed by a comma or its verb. The name is that person: it takes the role's country and
   * sector, and later mentions of the name ("Sharma said") refer back to it.
   */
  private nameBeforeRole(start: number, end: number, actor: Actor, head: RoleEntry): void {
    const p = this.pendingName;
    this.pendingName = null;
    if (!p || !(head.title || head.person || head.key === 'official')) return;
    const det = this.prevNorm(start);
    const open = det !== null && unitAt(this.units, start - 1).pos === 'DET' ? start - 1 : start;
    if (open !== p.to + 1 || !this.sameSent(p.from, end)) return;
    if (!this.roleClosed(end)) return;
    this.mention(p.from, p.to, 'PER');
    const idx = this.emit(p.from, p.to, { id: slug(p.name), name: p.name, code: actor.code, sector: actor.sector, wikidata: null }, 'role', { person: true, title: head.key });
    this.register(p.name, idx);
  }

  /** A role phrase's end at unit k, past its "of Cusco" or "for the ministry": a comma or a verb comes next. */
  private roleClosed(k: number): boolean {
    for (let j = k; j < k + ROLE_TAIL && this.sameSent(k - 1, j); j++) {
      const t = unitAt(this.units, j);
      if (t.norm === ',' || t.pos === 'VERB' || t.pos === 'AUX') return true;
      if (!ROLE_TAIL_POS.has(t.pos)) return false;
    }
    return false;
  }

  /** "of [the] <police, military or rebel role>" from unit k. */
  private forceAfterOf(k: number): boolean {
    return this.forceSectorAfterOf(k) !== null;
  }

  /** The sector of the force in "of [the] <police, military or rebel role>" from unit k, or null. */
  private forceSectorAfterOf(k: number): Sector | null {
    if (!this.sameSent(k - 1, k) || this.units[k]?.norm !== 'of') return null;
    const from = this.sameSent(k, k + 1) && this.units[k + 1]?.pos === 'DET' ? k + 2 : k + 1;
    const e = this.el(from) ?? this.el(this.skipAdj(from, from));
    return e?.target?.kind === 'role' && e.target.role.sector !== null && FORCE_SECTORS.has(e.target.role.sector) ? e.target.role.sector : null;
  }

  private personAntecedent(head: RoleEntry, code: string | null, before: number, word: string): number | undefined {
    for (let i = this.built.length - 1; i >= 0; i--) {
      const b = at(this.built, i);
      if (!b.person || b.from >= before) continue;
      if (code && b.m.actor.code !== code) continue;
      const title = (b.title ?? '').toLowerCase();
      // "the commissioner" after "Police commissioner Ranjit Sharma": the word itself names the office held
      const compatible = head.key === 'leader' || title.includes(head.key) || head.words.some((w) => title === w) || hasWord(b.m.text, word);
      if (compatible) return b.m.via === 'coref' && b.m.antecedent !== undefined ? b.m.antecedent : this.antecedentOf(b.m.actor.id) ?? i;
    }
    return undefined;
  }
}

/** The head role of a role sequence; a generic head ("leaders") takes the sector of the role before it ("rebel leaders"). */
function headOf(roles: readonly El[]): RoleEntry | null {
  if (!roles.length) return null;
  const head = (at(roles, roles.length - 1).target as { role: RoleEntry }).role;
  if (roles.length > 1 && GENERIC_HEADS.has(head.key)) {
    const prev = (at(roles, roles.length - 2).target as { role: RoleEntry }).role;
    if (prev.sector !== head.sector) return { ...head, sector: prev.sector };
  }
  return head;
}

/** Whether `text` holds `word` as a whole word, in any case. */
function hasWord(text: string, word: string): boolean {
  const t = text.toLowerCase();
  const i = t.lastIndexOf(word);
  return i >= 0 && (i === 0 || !/\p{L}/u.test(t[i - 1]!)) && (i + word.length === t.length || !/\p{L}/u.test(t[i + word.length]!));
}

// The contract between stages. Every annotation is a span: [start, end) character
// offsets into Doc.text, the text as the caller gave it (a plain-text file after
// decoding, a JSONL record's `text`) or, for HTML, the extracted text. Nothing else
// is the truth: strings kept beside a span are conveniences, always equal to
// doc.text.slice(start, end).

export interface Span {
  start: number;
  end: number;
}

/** Parts of the raw text that intake recognised. Only `body` zones are coded for events. */
export type ZoneKind = 'credit' | 'title' | 'subtitle' | 'byline' | 'dateline' | 'body' | 'source' | 'boilerplate';

/** The zones the stages read: the story's own words, not its furniture (credit, byline, dateline, source, boilerplate). */
export const READ_ZONES: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['title', 'subtitle', 'body']);

export interface Zone extends Span {
  kind: ZoneKind;
}

export interface Article {
  /** Content hash of the body text (hex), so the same story re-ingested gets the same id. */
  id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  credit: string | null;
  /** YYYY-MM-DD (or a full ISO timestamp) when known; null means undated, never "today". */
  published: string | null;
  /** Where `published` came from: the caller, page metadata, a dateline, or nowhere. */
  publishedFrom: 'caller' | 'meta' | 'dateline' | 'url' | 'none';
  language: string | null;
  /** The clean body: its paragraphs joined by blank lines. */
  body: string;
  /** Body paragraphs as spans into Doc.text. */
  paragraphs: Span[];
}

export type PosTag = string; // Universal POS tag as wink-nlp gives it (NOUN, VERB, PROPN, ...)

export interface Token extends Span {
  text: string;
  /** Lower-cased normal form. */
  norm: string;
  lemma: string;
  pos: PosTag;
  /** Whitespace precedes this token (or it starts the text). */
  spaceBefore: boolean;
}

export interface Sentence extends Span {
  /** Token index range [tokenStart, tokenEnd) into Doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
  /** The zone the sentence lies in. */
  zone: ZoneKind;
}

export type MentionType = 'PER' | 'ORG' | 'LOC' | 'GPE' | 'NORP' | 'MISC';

export interface Mention extends Span {
  text: string;
  type: MentionType;
}

/**
 * Two capitalised words side by side, as a given name and a surname stand ("Francois Hollande"):
 * name evidence from capitalisation alone, found once by the actors stage. The place stage reads it
 * to keep a town's name that stands inside a person's name off the map.
 */
export interface NamePair extends Span {
  /** Token index of the first word; the second is the next token. */
  token: number;
  /** The first word reads as a given name too: a title-case word (or one with a dot, "Gen."), not the word that opens its sentence. */
  given: boolean;
}

/** PLOVER country codes: ISO-3166 alpha-3, or one of the non-state codes. */
export type ActorCode = string;

export const SECTORS = [
  'COP', 'GOV', 'JUD', 'LEG', 'MIL', 'PRM', 'PTY', 'REB', 'SPY', 'UAF', 'UNK',
  'AGR', 'BUS', 'CRM', 'CVL', 'EDU', 'ELI', 'JRN', 'LAB', 'MED', 'REF', 'OPP', 'PRE', 'REL', 'SOC',
] as const;
export type Sector = (typeof SECTORS)[number];

export const NON_STATE_CODES = ['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC'] as const;

/** A resolved "who": one canonical actor, shared by all its mentions. */
export interface Actor {
  /** Canonical id: a dictionary id ("hollande-francois"), or "<CODE>-<SECTOR>" for generic actors. */
  id: string;
  name: string;
  code: ActorCode | null;
  sector: Sector | null;
  wikidata: string | null;
}

/** One place in the text where an actor is named or referred to. */
export interface ActorMention extends Span {
  text: string;
  actor: Actor;
  /** How it was resolved: a dictionary name, a country/demonym, a role phrase, or coreference. */
  via: 'dictionary' | 'country' | 'role' | 'coref' | 'generic';
  /** Index of the mention it refers back to, for coreference. */
  antecedent?: number;
}

export type Granularity = 'year' | 'month' | 'week' | 'day' | 'time';

export interface TimeExpr extends Span {
  text: string;
  /** ISO value: 2015, 2015-11, 2015-W47, 2015-11-26, 2015-11-26T14:00. */
  value: string;
  granularity: Granularity;
  /** Date tags that later stages may use (e.g. "relative-to-event"). */
  tags?: string[];
  /** TIMEX3 type; absent means DATE (or TIME when granularity is 'time'). DURATION and SET
   * values (P3D, XXXX-WXX) and reference words (PRESENT_REF) are not points on the calendar. */
  timexType?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
}

export interface Place extends Span {
  text: string;
  name: string;
  /** ISO-3166 alpha-3 of the country the place is in (or is). */
  country: string | null;
  lat: number | null;
  lon: number | null;
  kind: 'country' | 'city' | 'region' | 'feature';
  geonameid?: number;
}

/**
 * Which evidence gave an event its place, strongest first: its own clause; the story's dateline
 * (where the reporter files from); the story's focus place (a headline's "in X"); the country of its
 * actors, for an act done at home (every actor of one state, no recipient of another), country level;
 * the country of the story's place (dateline, headline, else the state nearly all its places and
 * actors belong to), for an act of a person no dictionary places whose other parties are all of it,
 * country level.
 */
export const PLACE_FROM = ['clause', 'dateline', 'story', 'actor-country', 'story-country'] as const;
export type PlaceFrom = (typeof PLACE_FROM)[number];

/**
 * Where an event happened, in one shape for every output (extract, events, export, API, page):
 * the place as written and its span in the text, the gazetteer's name, country and point, and the
 * evidence it came from.
 */
export interface EventLoc {
  text: string;
  span: [number, number] | null;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  from: PlaceFrom | null;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION',
  'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** A participant in an event: a reference to a resolved actor and the span that named it. */
export interface ActorRef extends Span {
  actorId: string;
  code: ActorCode | null;
  sector: Sector | null;
  text: string;
}

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  /** Reported as a claim by one side ("X said it downed ..."). */
  claimed: boolean;
  /** History told in passing: dated from its sentence long before the story (events/background.ts); not counted. */
  background?: boolean;
}

export interface EventSize {
  dead: number | null;
  injured: number | null;
  arrested: number | null;
  /** A count was hedged or vague ("at least 20", "dozens wounded"): the number is a floor or an estimate. */
  approximate?: boolean;
}

export interface Event {
  id: string;
  type: PloverType;
  mode: string | null;
  context: string[];
  actor: ActorRef[];
  recipient: ActorRef[];
  /** Resolved date (ISO, any granularity) or null when unknown. */
  date: string | null;
  /**
   * Where the date came from: a time expression in the event's clause/sentence, the reporting verb's
   * date ("said on Tuesday"), the story, or the publication date (a fallback).
   */
  dateFrom: 'sentence' | 'reporting' | 'context' | 'published' | 'none';
  /** How precise `date` is (day, week, month, year); absent when undated. */
  dateGranularity?: Granularity;
  place: Place | null;
  /** 'clause': the place of the event's own clause; 'story': the headline's or dateline's place. */
  placeFrom?: PlaceFrom;
  size: EventSize;
  modality: Modality;
  quad_code: 1 | 2 | 3 | 4;
  cameo: string;
  goldstein: number;
  plover_score: number;
  /** Who reported it: the speaker of the "X said" that holds the event, when the text names one. */
  reportedBy?: ActorRef | null;
  /** The sentence the event was read from. */
  sentence: Span;
  /** The words that triggered it ("shot down", "urged"). */
  trigger: Span;
  confidence: number;
}

/** A direct quotation and, where the text says, who said it. */
export interface Quote extends Span {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** The speaker's actor reference, when resolved. */
  speaker: ActorRef | null;
  /** The words naming the speaker ("Hollande", "he", "a French official"), when found. */
  speakerText: string | null;
  /** The reporting verb ("said", "told"), when found. */
  cue: Span | null;
  /** In quotation marks, or reported speech ("police said two people were hurt"). */
  kind: 'direct' | 'reported';
}

/** A note a stage leaves on the document, vfile-style: what it skipped or doubted, and where. */
export interface Message {
  stage: string;
  /** Stable id of the rule that spoke (`stage/what`): code decides on this, never on the words of `reason`. */
  rule: string;
  reason: string;
  level: 'info' | 'warning' | 'error';
  start?: number;
  end?: number;
}

export interface Doc {
  /** Caller's record id, or the article id. */
  id: string;
  /** The text every span indexes. */
  text: string;
  article: Article;
  zones: Zone[];
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  /** Capitalised word pairs that read as names (the actors stage). */
  namePairs?: NamePair[];
  actors: ActorMention[];
  times: TimeExpr[];
  places: Place[];
  /** The factual events: what is counted, stored and queried by default. */
  events: Event[];
  /** Readings coded in full but negated ("didn't detain") or hypothetical ("might soften", "hopes to
   * visit"): kept, marked in `modality`, and excluded from counts unless asked for. */
  nonFactual?: Event[];
  /** Direct quotations with their speakers (the quotes stage). */
  quotes?: Quote[];
  messages: Message[];
}

/** What intake is given: raw content and what the caller knows about it. */
export interface RawInput {
  /** Caller's id for the record (JSONL id), else derived from content. */
  id?: string;
  text?: string;
  html?: string;
  /** Raw bytes when the encoding is not yet known (files). */
  bytes?: Uint8Array;
  url?: string;
  source?: string;
  title?: string;
  /** Publication date given by the caller; wins over anything found in the text. */
  published?: string;
  /** Where `published` came from, named in a warning when it is refused ("published", "manifest.jsonl published", "pubDate"). */
  publishedField?: string;
  /** Original file name, used to guess format. */
  path?: string;
}

/** The annotation stages after intake, in the order the pipeline runs them. */
export type StageName = 'text' | 'actors' | 'time' | 'place' | 'quotes' | 'events';

/** The layers of a Doc a stage may read or write (intake writes article and zones). */
export type Layer = 'article' | 'zones' | 'tokens' | 'sentences' | 'mentions' | 'namePairs' | 'actors' | 'times' | 'places' | 'quotes' | 'events' | 'nonFactual';

/** A stage declares what it reads and writes, so the pipeline can check its order at start-up (as spaCy's component metadata). */
export type Stage = {
  name: StageName;
  reads: readonly Layer[];
  writes: readonly Layer[];
  run: (doc: Doc) => Doc;
};

// Reported (indirect) speech: "police said two people were hurt", "two people were hurt, police
// said", "according to police, two people were hurt". Analysts ask who said what as much as who
// did what, and a statement is not an event in PLOVER (CAMEO 01 is dropped), so it lives here, with
// the direct quotes: the speaker's actor, the reporting verb, and the span of what was said.
import type { ActorMention, Doc, Quote, Sentence, Span } from '../types.js';
import { actorRef, firstTokenAtOrAfter, tok, wordsAt } from '../doc.js';
import { ACCORDING_TO, ADDRESSEE_VERBS, SPEAKER_OFFICES, isClose, MEDIUM_PREPS, ORGAN_PREPS, PLACE_PREPS, RELATIVE_PRONOUNS, REPORTING_BASE_FORMS, REPORTING_VERBS, REPORTING_VERBS_WITH_THAT } from './cues.js';
import { WORDS } from '../actors/words.js';
import { isApostropheS } from '../events/cues.js';
import { firstAt, firstCovering } from '../span-index.js';
import { caselessSpan } from '../text/caseless.js';

/** "police sources said": nouns between the speaker's name and the verb that leave the speaker as named. */
const SOURCE_NOUNS = WORDS.sourceNouns;

const MIN_WORDS = 4; // a shorter "content" is a fragment ("he said so"), not a statement
const THAT_REACH = 6; // "said on Thursday that ...": words between the verb and its "that"
const SUBJECT_GAP = 2; // words between the speaker and the verb: "police also said", "police have said"
const NAME_TAIL = 6; // words of an unknown name (and its "of" organ) after a role: "commissioner of police Ranjit Singh Sharma"
const GAP_POS: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);
const PHRASE_REACH = 3; // words before the speaker's name in a phrase after the verb: "the district police"
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** The actor mention that ends at token k (a speaker's last word). */
function mentionEndingAt(doc: Doc, k: number): ActorMention | undefined {
  const t = doc.tokens[k];
  return t && firstAt(doc.actors, t.end, 'end');
}

/** The actor mention that starts at token k. */
function mentionStartingAt(doc: Doc, k: number): ActorMention | undefined {
  const t = doc.tokens[k];
  return t && firstAt(doc.actors, t.start, 'start');
}

/** The speaker named in the noun phrase starting at token k: "police", "the district police", "a spokesman for ...". */
function mentionInPhrase(doc: Doc, k: number, s: Sentence): ActorMention | undefined {
  for (let n = k; n < Math.min(s.tokenEnd, k + PHRASE_REACH); n++) {
    const m = mentionStartingAt(doc, n);
    if (m) return m;
    if (!PHRASE_POS.has(tok(doc, n).pos)) return undefined;
  }
  return undefined;
}

/** A span of tokens [from, to) as text offsets, with trailing punctuation trimmed; null when too short. */
function content(doc: Doc, from: number, to: number): Span | null {
  while (to > from && tok(doc, to - 1).pos === 'PUNCT') to--;
  while (from < to && (tok(doc, from).pos === 'PUNCT' || tok(doc, from).norm === 'that')) from++;
  if (to - from < MIN_WORDS) return null;
  return { start: tok(doc, from).start, end: tok(doc, to - 1).end };
}

/**
 * The speaker just before the verb at i: "police said", "the police commissioner has said",
 * "b. dayananda, superintendent of police, told"; else the one before what stands between them:
 * "the minister, however, said", "police on Monday said", "officials who spoke to reporters said".
 */
function speakerBefore(doc: Doc, s: Sentence, i: number): { m: ActorMention; inserted: boolean } | undefined {
  const m = subjectEndingAt(doc, s, i, i);
  if (m) return { m, inserted: false };
  // at most three insertions: "the director general of police (law and order) who visited the camps on Monday said"
  let own = false;
  for (let n = 0, at = i; n < 3; n++) {
    const ins = pastInsertion(doc, s, at);
    if (!ins || ins.at <= s.tokenStart) return undefined;
    at = ins.at;
    own ||= ins.own;
    const past = subjectEndingAt(doc, s, at, i);
    if (!past) continue;
    // the relative clause's own verb ("police, who said", "a woman who said"): its antecedent spoke,
    // whatever its part in the sentence. Otherwise the speaker is the subject, not the object of a verb
    // or preposition ("prosecutors working for Special Counsel Robert Mueller earlier this week said",
    // "the mother of a child who was hurt says")
    return own || !governed(doc, s, past) ? { m: past, inserted: true } : undefined;
  }
  return undefined;
}

const NP_INNER: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const PARTITIVE_POS: ReadonlySet<string> = new Set(['NUM', 'DET', 'PRON', 'ADJ']);
/** Whether the noun phrase of a mention stands after a verb or a preposition (an object, not a subject). */
function governed(doc: Doc, s: Sentence, m: ActorMention): boolean {
  let k = firstTokenAtOrAfter(doc, m.start) - 1;
  // modifiers may hold adverbs and hyphens ("a severely disabled nine-year-old child")
  while (k >= s.tokenStart && (NP_INNER.has(tok(doc, k).pos) || tok(doc, k).pos === 'ADV' || tok(doc, k).norm === '-')) k--;
  if (k < s.tokenStart) return false;
  const t = tok(doc, k);
  // "two of those people, who ..., said": a part of the group speaks
  if (t.norm === 'of' && k > s.tokenStart && PARTITIVE_POS.has(tok(doc, k - 1).pos)) return false;
  return t.pos === 'ADP' || t.pos === 'VERB';
}

const INSERT_REACH = 12; // words of an insertion between the speaker and the verb: ", who had visited the camps on Monday,"

/**
 * Where the subject of the verb at i ends when something stands between them, or -1: a date ("police
 * on Monday said"), a phrase between commas that is an adverb, a date, a prepositional phrase or a
 * relative clause ("the minister, however, said", ", in a statement,", ", who visited the camps,"),
 * or a relative clause without commas ("officials who spoke to reporters said"). An apposition is
 * not an insertion: it names the speaker itself (apposition()).
 */
function pastInsertion(doc: Doc, s: Sentence, i: number): { at: number; own: boolean } | null {
  let k = i - 1;
  while (k > s.tokenStart && GAP_POS.has(tok(doc, k).pos)) k--;
  if (k <= s.tokenStart) return null;
  const time = doc.times.find((x) => x.end === tok(doc, k).end);
  if (time) {
    const from = firstTokenAtOrAfter(doc, time.start);
    return { at: from > s.tokenStart && tok(doc, from - 1).pos === 'ADP' ? from - 1 : from, own: false };
  }
  // "Sen. Dianne Feinstein (D-Calif.) said", "additional director general of police (law and order) said"
  if (tok(doc, k).norm === ')') {
    for (let open = k - 1; open > Math.max(s.tokenStart, k - 1 - INSERT_REACH); open--) if (tok(doc, open).norm === '(') return { at: open, own: false };
    return null;
  }
  if (tok(doc, k).norm === ',') {
    for (let open = k - 1; open > Math.max(s.tokenStart, k - 1 - INSERT_REACH); open--) {
      if (tok(doc, open).norm !== ',') continue;
      return open + 1 < k && insertion(doc, open + 1, k) ? { at: open, own: false } : null;
    }
    return null;
  }
  // "police in Gandhinagar said", "officials at Kabul said": a place phrase right after the speaker's name
  const place = placePhraseStart(doc, s, k);
  if (place >= 0) return { at: place, own: false };
  // "officials who spoke to reporters said": the relative pronoun right after the speaker's name
  for (let r = k; r > Math.max(s.tokenStart, k - INSERT_REACH); r--) {
    const t = tok(doc, r);
    if (t.pos === 'PUNCT') return null;
    if (!RELATIVE_PRONOUNS.has(t.norm)) continue;
    // "police, who said ...": the clause's subject is the speaker, and so is the actor before its comma
    const end = r - 1 > s.tokenStart && tok(doc, r - 1).norm === ',' ? r - 2 : r - 1;
    return end >= s.tokenStart && (mentionEndingAt(doc, end) || tok(doc, end).norm === ')') ? { at: end + 1, own: r === k } : null;
  }
  return null;
}

const PLACE_PHRASE_REACH = 4; // words of a place phrase: "in the walled city"
/**
 * Where a place phrase that ends at token k starts (its preposition), or -1: a placePrepositions word,
 * then only noun-phrase words, the last of them inside a place the places stage found.
 */
function placePhraseStart(doc: Doc, s: Sentence, k: number): number {
  const last = tok(doc, k);
  if (firstCovering(doc.places ?? [], last.start, last.end) === undefined) return -1;
  for (let r = k - 1; r > Math.max(s.tokenStart, k - 1 - PLACE_PHRASE_REACH); r--) {
    const t = tok(doc, r);
    if (PLACE_PREPS.has(t.norm)) return r;
    if (!NP_INNER.has(t.pos)) return -1;
  }
  return -1;
}

/**
 * Whether tokens [from, to) between two commas are an insertion the speaker stands before: an adverb
 * or a date, a prepositional phrase, a relative or participle clause, or an apposition that named no
 * actor (apposition() tried it first).
 */
function insertion(doc: Doc, from: number, to: number): boolean {
  const first = tok(doc, from);
  if (RELATIVE_PRONOUNS.has(first.norm)) return true;
  // a participle clause: ", speaking on condition of anonymity,"
  if (first.pos === 'VERB' && first.norm.endsWith('ing')) return true;
  const covered = (k: number) => doc.times.some((x) => x.start <= tok(doc, k).start && tok(doc, k).end <= x.end);
  if (first.pos === 'ADP') return !hasVerb(doc, from + 1, to);
  // an apposition that names no actor ("Pat Toomey, one of the bill's authors, said"): the name before speaks
  if (APPOSITION_START.has(first.pos) && !hasVerb(doc, from + 1, to)) return true;
  for (let k = from; k < to; k++) if (tok(doc, k).pos !== 'ADV' && !covered(k)) return false;
  return true;
}

/** The speaker whose last word stands before token `i` (the verb at `verb`, or what was inserted before it). */
function subjectEndingAt(doc: Doc, s: Sentence, i: number, verb: number): ActorMention | undefined {
  for (let k = i - 1; k >= Math.max(s.tokenStart, i - 1 - SUBJECT_GAP); k--) {
    const m = mentionEndingAt(doc, k);
    if (m) return m;
    // "Netanyahu's office said", "the police commissioner's office said": the office speaks for its possessor
    if (k === i - 1 && SPEAKER_OFFICES.has(tok(doc, k).norm) && k - 2 >= s.tokenStart && isApostropheS(tok(doc, k - 1).norm)) {
      const owner = mentionEndingAt(doc, k - 2);
      if (owner) return owner;
    }
    // an apposition between commas names the speaker: "Ranjit Sharma, the police commissioner, said",
    // "N K Barot, senior inspector of Bapunagar police station, said"
    // (not when a name follows the verb: "..., said Joshua Karp, the group's director" is inverted)
    if (k === i - 1 && tok(doc, k).norm === ',' && k - 1 >= s.tokenStart && !invertedAfter(doc, s, verb)) {
      const role = apposition(doc, s, k);
      if (role) return role;
    }
    // "police sources said": the source noun stands right after the speaker's name
    if (!GAP_POS.has(tok(doc, k).pos) && !(k === i - 1 && SOURCE_NOUNS.has(tok(doc, k).norm))) return roleBeforeName(doc, s, i);
  }
  return roleBeforeName(doc, s, i);
}

const APPOSITION_REACH = 9; // words between the commas of an apposition: "a spokesman for the interior ministry"
const APPOSITION_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART', 'CCONJ']);
/** How an apposition may begin: a role ("the", "senior", "chairman"), not a clause ("in a briefing with reporters"). */
const APPOSITION_START: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The speaker an apposition names, the phrase between a comma and the comma at `close` just before
 * the verb: its first actor mention ("the police commissioner"), or the organ after that mention's
 * "of"/"for" ("a spokesman for the interior ministry"). Only noun-phrase words may stand between the
 * commas; a verb there means the commas set off a clause, not an apposition.
 */
function apposition(doc: Doc, s: Sentence, close: number): ActorMention | undefined {
  let open = -1;
  for (let k = close - 1; k >= Math.max(s.tokenStart, close - 1 - APPOSITION_REACH); k--) {
    const t = tok(doc, k);
    if (t.norm === ',') { open = k; break; }
    if (!APPOSITION_POS.has(t.pos) && t.norm !== '.') return undefined;
  }
  if (open < s.tokenStart || open === close - 1) return undefined;
  // the whole phrase is one mention ("Ranjit Sharma, the police commissioner, said"; "the spokesman, Iliesa Tora, said")
  const whole = mentionEndingAt(doc, close - 1);
  const first = tok(doc, open + 1).pos === 'DET' ? open + 2 : open + 1;
  if (whole && whole.start <= tok(doc, first).start) return whole;
  // otherwise the phrase must be apposed to a name (or a known actor) just before its first comma, not
  // close a list, and begin like a role
  if (open === s.tokenStart || !nameBefore(doc, s, open) || !APPOSITION_START.has(tok(doc, open + 1).pos)) return undefined;
  for (let k = open + 1; k < close; k++) {
    const m = mentionStartingAt(doc, k);
    // past a preposition the phrase says where or with whom ("a consultant with contacts in Russia")
    if (!m && tok(doc, k).pos === 'ADP' && !ORGAN_PREPS.has(tok(doc, k).norm)) return undefined;
    if (!m || m.end > tok(doc, close).start) continue;
    const after = firstTokenAfter(doc, m.end, s);
    const next = tok(doc, after);
    // "a Cuba expert", "a British publicist": the mention modifies a noun, it does not name the speaker
    if (after < close && (next.pos === 'NOUN' || next.pos === 'PROPN')) { k = after - 1; continue; }
    // "a spokesman for the interior ministry": the organ speaks; one no dictionary knows leaves it open
    if (after < close && ORGAN_PREPS.has(next.norm)) {
      const organ = mentionInPhrase(doc, after + 1, s);
      return organ && organ.end <= tok(doc, close).start ? organ : undefined;
    }
    return m;
  }
  return undefined;
}

/**
 * "..., said Joshua Karp, ..." / "..., said the adviser": the speaker follows the verb. Not a pronoun
 * ("X, ..., said he would") nor the one told ("X, ..., told reporters").
 */
function invertedAfter(doc: Doc, s: Sentence, i: number): boolean {
  if (i + 1 >= s.tokenEnd) return false;
  const next = tok(doc, i + 1);
  if (next.pos === 'PRON' || ADDRESSEE_VERBS.has(tok(doc, i).norm)) return false;
  // a phrase that ends the clause ("said Joshua Karp, ...", "said the adviser, who ..."), not the subject
  // of what was said ("said Papadopoulos' role was limited", "warned the Syrian president and his allies")
  const endsClause = (k: number) => k >= s.tokenEnd || tok(doc, k).norm === ',' || tok(doc, k).norm === '.';
  if (next.pos === 'PROPN') {
    let k = i + 1;
    while (k < s.tokenEnd && (tok(doc, k).pos === 'PROPN' || tok(doc, k).norm === '.')) k++;
    return endsClause(k);
  }
  const m = speakerAfter(doc, s, i);
  return m !== undefined && endsClause(firstTokenAfter(doc, m.end, s));
}

/** Whether the token before an apposition's comma ends a name: a proper noun, an actor, or in caseless text any noun. */
function nameBefore(doc: Doc, s: Sentence, open: number): boolean {
  const t = tok(doc, open - 1);
  if (t.pos === 'PROPN' || mentionEndingAt(doc, open - 1)) return true;
  return (t.pos === 'NOUN' || t.pos === 'X') && caselessSpan(doc.tokens, s.tokenStart, s.tokenEnd, (x) => x.text);
}

/**
 * "commissioner of police Ranjit Singh Sharma said": a role, then its organ and a name no dictionary
 * knows. Only nouns, names and "of" may stand between the role and the verb.
 */
function roleBeforeName(doc: Doc, s: Sentence, i: number): ActorMention | undefined {
  for (let k = i - 1; k >= Math.max(s.tokenStart, i - 1 - NAME_TAIL); k--) {
    const m = k < i - 1 ? mentionEndingAt(doc, k) : undefined;
    if (m) return m;
    const t = tok(doc, k);
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.norm !== 'of') return undefined;
  }
  return undefined;
}

/** "..., said police": the speaker just after a verb that follows a comma. */
function speakerAfter(doc: Doc, s: Sentence, i: number): ActorMention | undefined {
  if (i + 1 >= s.tokenEnd || i === s.tokenStart || tok(doc, i - 1).norm !== ',') return undefined;
  // "..., told CNN": after a verb of telling stands the one told, not the speaker
  if (ADDRESSEE_VERBS.has(tok(doc, i).norm)) return undefined;
  const m = mentionInPhrase(doc, i + 1, s);
  // "X, a spokesman, said the victims are safe": a verb after the phrase makes it the subject of what was said
  const next = m ? firstTokenAfter(doc, m.end, s) : s.tokenEnd;
  // (a pronoun there is kept: "X, who ..., said he would" most often has the speaker say it of himself;
  // so is a participle: "said the official, adding ...")
  const verb = next < s.tokenEnd ? tok(doc, next) : null;
  if (m && verb && tok(doc, i + 1).pos !== 'PRON' && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.norm.endsWith('ing')))) return undefined;
  return m;
}

const NOT_PRESENT_POS: ReadonlySet<string> = new Set(['AUX', 'PART']);

/** Whether token i is a passive or participle use ("was told to leave", "the said person"). */
function notReporting(doc: Doc, s: Sentence, i: number): boolean {
  const t = tok(doc, i);
  const prev = i > s.tokenStart ? tok(doc, i - 1) : null;
  // the tagger reads a participle as an adjective after a noun when no object follows ("the
  // commissioner informed that ..."): a reporting verb's -ed form right after its subject still reports
  const participle = t.pos === 'ADJ' && /ed$/.test(t.norm) && prev !== null && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON');
  if (t.pos !== 'VERB' && !participle) return true;
  if (prev !== null && (prev.lemma === 'be' || prev.lemma === 'get')) return true;
  // A base form reports only as a present tense ("Republicans say", "economists also warn that"),
  // not after an auxiliary, a modal or "to" ("will announce his decision", "to claim the US is ...",
  // "did not disclose"); adverbs between are passed ("would probably argue")
  if (!REPORTING_BASE_FORMS.has(t.norm)) return false;
  let k = i - 1;
  while (k >= s.tokenStart && tok(doc, k).pos === 'ADV') k--;
  return k < s.tokenStart || NOT_PRESENT_POS.has(tok(doc, k).pos);
}

function quote(doc: Doc, what: Span, speaker: ActorMention, cue: Span): Quote {
  return { ...what, text: doc.text.slice(what.start, what.end), speaker: actorRef(speaker), speakerText: speaker.text, cue, kind: 'reported' };
}

/** Reported speech in one sentence, outside the direct quotes (`quoted` marks their tokens and cues). */
function inSentence(doc: Doc, s: Sentence, quoted: (i: number) => boolean): Quote[] {
  const out: Quote[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tok(doc, i);
    // the cheap test first: most words are neither a reporting verb nor "according"
    if (t.norm !== ACCORDING_TO[0] && !REPORTING_VERBS.has(t.norm) && !REPORTING_VERBS_WITH_THAT.has(t.norm)) continue;
    if (quoted(i)) continue;
    const cue = { start: t.start, end: t.end };
    // "according to police, ..." / "..., according to police"
    if (t.norm === ACCORDING_TO[0] && wordsAt(doc.tokens, i, ACCORDING_TO)) {
      const k = i + ACCORDING_TO.length;
      const sp = mentionInPhrase(doc, k, s);
      if (!sp) continue;
      let from = firstTokenAfter(doc, sp.end, s);
      while (from < s.tokenEnd && SOURCE_NOUNS.has(tok(doc, from).norm)) from++; // "according to police sources, ..."
      const what = i === s.tokenStart ? content(doc, from, s.tokenEnd) : content(doc, s.tokenStart, i);
      if (what) out.push(quote(doc, what, sp, cue));
      continue;
    }
    const thatAt = thatAfter(doc, s, i);
    if (!(REPORTING_VERBS.has(t.norm) || (REPORTING_VERBS_WITH_THAT.has(t.norm) && thatAt >= 0)) || notReporting(doc, s, i)) continue;
    const found = speakerBefore(doc, s, i);
    if (found) {
      const before = found.m;
      // "X said (that) ...": what follows; "..., X said.": what came before the comma
      const clauseStart = firstTokenAfter(doc, before.start, s);
      // "said on Thursday that ...", "told reporters that ...": what was said starts after "that";
      // without it, after the addressee of a verb of telling
      const told = ADDRESSEE_VERBS.has(t.norm) ? addresseeEnd(doc, s, i + 1) : -1;
      // past the one told, else past a date ("said on Monday")
      const afterVerb = told >= 0 ? told : afterDate(doc, s, i + 1);
      const from = thatAt >= 0 ? thatAt + 1 : clauseAfterPhrase(doc, s, afterVerb);
      // "announced a ceasefire on Monday": without "that", what follows must be a clause (have a verb), not an object
      const after = from >= 0 && (thatAt >= 0 || hasVerb(doc, from, s.tokenEnd)) ? content(doc, from, s.tokenEnd) : null;
      // what came before counts only for "..., X said (in a statement).": after a comma or a closing
      // mark, and when the verb ends its clause; not "Trump, in an attack on allies, replied with a
      // message" nor "... as two senators insisted on changes"
      const np = speakerPhraseStart(doc, s, clauseStart);
      // ('"...," X said after the committee voted': after a closing mark the quote is what was said)
      const ended = np >= 0 && ((np > s.tokenStart && isClose(tok(doc, np - 1).text)) || endsClause(doc, s, afterVerb));
      const what = after ?? (np > s.tokenStart && ended ? content(doc, s.tokenStart, np) : null);
      if (what) out.push(quote(doc, what, before, cue));
      continue;
    }
    const after = speakerAfter(doc, s, i);
    if (after) {
      const what = content(doc, s.tokenStart, i);
      if (what) out.push(quote(doc, what, after, cue));
    }
  }
  return out;
}

/**
 * Whether the words from k end the reporting clause: nothing, a comma or a stop, or a phrase that says
 * where or how it was said ("in a statement", "on Twitter": `mediumPrepositions`) and ends the sentence.
 */
function endsClause(doc: Doc, s: Sentence, k: number): boolean {
  while (k < s.tokenEnd && tok(doc, k).pos === 'ADV') k++; // "said later", "said again"
  // "said Sunday." in an undated story, where the day is no time the time stage could place
  let n = k;
  while (n < Math.min(s.tokenEnd, k + 2) && (tok(doc, n).pos === 'PROPN' || tok(doc, n).pos === 'NUM')) n++;
  if (n > k && (n >= s.tokenEnd || tok(doc, n).pos === 'PUNCT')) return true;
  if (k >= s.tokenEnd || tok(doc, k).pos === 'PUNCT') return true;
  if (!MEDIUM_PREPS.has(tok(doc, k).norm)) return false;
  for (let j = k + 1; j < s.tokenEnd && tok(doc, j).norm !== ','; j++) {
    const t = tok(doc, j);
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !modifierInPhrase(doc, j, k))) return false;
  }
  return true;
}

const FAR_THAT_REACH = 12; // "said in a statement on social media that ...": words of such phrases before "that"

/**
 * Inside a phrase after its noun's first word: a possessive ("after Trump's victory"), an adverb or a
 * participle before the noun ("in a later press conference", "in an emailed statement").
 */
function modifierInPhrase(doc: Doc, j: number, from: number): boolean {
  if (j <= from) return false;
  const t = tok(doc, j), prev = tok(doc, j - 1);
  if (t.pos === 'PART') return PHRASE_WORD_POS.has(prev.pos);
  return (t.pos === 'ADV' || t.pos === 'VERB') && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADV');
}

/** A quotation mark or hyphen inside a phrase ("despite “a little criticism”"), not a comma or a stop. */
const phraseMark = (doc: Doc, j: number): boolean => tok(doc, j).pos === 'PUNCT' && tok(doc, j).norm !== ',' && tok(doc, j).norm !== '.';
const PHRASE_WORD_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const CLAUSE_START_POS: ReadonlySet<string> = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'NUM']);

/**
 * Where what was said starts when no "that" stands close to the verb: at k, unless k opens a phrase
 * ("said in a speech in Boston in September that ...", "said in July he would ...", "said in a note
 * Friday the vote was ..."): then past the phrases, at a later "that" or at a new subject. What was
 * said begins like a clause (a subject, or "if"), not "to", "and" or a participle ("claimed to have
 * ties", "responded and investigated the wreck", "told WWL-TV, referring to ..."), nor is it a phrase
 * with no clause after it ("responded to an online advertisement"). -1 when there is none.
 */
function clauseAfterPhrase(doc: Doc, s: Sentence, k: number): number {
  if (k >= s.tokenEnd) return k;
  const t = tok(doc, k);
  if (t.pos === 'PART' || t.pos === 'CCONJ') return -1;
  // "told WWL-TV, referring to ...": a participle after the comma goes on the reporting clause
  if (t.pos === 'VERB' && k > s.tokenStart && tok(doc, k - 1).norm === ',') return -1;
  if (t.pos !== 'ADP') return k;
  const limit = Math.min(s.tokenEnd, k + FAR_THAT_REACH);
  let j = k;
  while (j < limit && tok(doc, j).pos === 'ADP' && tok(doc, j).norm !== 'that') {
    j++;
    if (j < limit && tok(doc, j).pos === 'DET') j++;
    // a possessive inside the phrase: "after Trump's victory"
    while (j < limit && (PHRASE_WORD_POS.has(tok(doc, j).pos) || phraseMark(doc, j) || modifierInPhrase(doc, j, k))) j++;
  }
  if (j < limit && tok(doc, j).norm === ',') j++; // "said despite “a little criticism”, he was ..."
  if (j >= limit) return -1;
  // "said in a weekend statement on its web site that ...": a "that" before any verb opens what was said
  for (let x = j; x < limit && tok(doc, x).pos !== 'VERB' && tok(doc, x).pos !== 'AUX'; x++) if (tok(doc, x).norm === 'that') return x + 1;
  return CLAUSE_START_POS.has(tok(doc, j).pos) ? j : -1;
}

/**
 * Where the one told ends after a verb of telling at k: an actor ("told reporters"), a name no
 * dictionary knows or a pronoun ("told WWL-TV", "told him"); -1 when none stands there.
 */
function addresseeEnd(doc: Doc, s: Sentence, k: number): number {
  const m = mentionStartingAt(doc, k);
  if (m) return firstTokenAfter(doc, m.end, s);
  if (k < s.tokenEnd && tok(doc, k).pos === 'PRON' && tok(doc, k).norm !== 'that') return k + 1;
  // "told the editorial board", "told ABC's “This Week”"
  let j = k < s.tokenEnd && tok(doc, k).pos === 'DET' ? k + 1 : k;
  const word = (x: number) => PHRASE_WORD_POS.has(tok(doc, x).pos) && tok(doc, x).pos !== 'NUM';
  while (j < s.tokenEnd && (word(j) || (j > k && (phraseMark(doc, j) || (tok(doc, j).pos === 'DET' && phraseMark(doc, j - 1)) || (tok(doc, j).pos === 'PART' && word(j - 1)))))) j++;
  return j > k && word(j - 1) || (j > k && phraseMark(doc, j - 1)) ? j : -1;
}

/**
 * Where the noun phrase of the speaker whose mention starts at token k begins ("the interior
 * minister", "her Kurdish commanders", "Schiff and Conaway", "a spokesman for the firm"), when a
 * comma, a mark or the sentence start stands before it; -1 otherwise.
 */
function speakerPhraseStart(doc: Doc, s: Sentence, k: number): number {
  let j = k - 1;
  // "a spokesman for the real estate firm said", "an aide to the lawmaker said": the phrase is the speaker's
  while (j >= s.tokenStart && (MODIFIER_POS.has(tok(doc, j).pos) || tok(doc, j).pos === 'ADP')) j--;
  return j < s.tokenStart || tok(doc, j).pos === 'PUNCT' ? j + 1 : -1;
}
const MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PRON', 'PART', 'CCONJ']);

/** Whether tokens [from, to) hold a verb or an auxiliary. */
function hasVerb(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tok(doc, k).pos === 'VERB' || tok(doc, k).pos === 'AUX') return true;
  return false;
}

/** Past a date right after the verb ("said on Monday he ..."): when it was said is not what was said. */
function afterDate(doc: Doc, s: Sentence, k: number): number {
  if (k >= s.tokenEnd) return k;
  const at = tok(doc, k).norm === 'on' && k + 1 < s.tokenEnd ? k + 1 : k;
  const t = doc.times.find((x) => x.start === tok(doc, at).start);
  return t ? firstTokenAfter(doc, t.end, s) : k;
}

/** The "that" closely after the verb at i ("said on Thursday that"), or -1. */
function thatAfter(doc: Doc, s: Sentence, i: number): number {
  for (let k = i + 1; k < Math.min(s.tokenEnd, i + 1 + THAT_REACH); k++) {
    const t = tok(doc, k);
    if (t.norm === 'that') return k;
    // another verb first: the "that" is its own ("said the leaders had assured him that ...")
    if (t.norm === ',' || t.pos === 'VERB' || t.pos === 'AUX') return -1;
  }
  return -1;
}

/** Index of the first token of s at or after a token boundary `offset` (s.tokenEnd past its end). */
function firstTokenAfter(doc: Doc, offset: number, s: Sentence): number {
  return Math.min(firstTokenAtOrAfter(doc, offset), s.tokenEnd);
}

/** Reported speech over the body, skipping direct quotes and the verbs that introduce them. */
export function reportedSpeech(doc: Doc, direct: readonly Quote[]): Quote[] {
  const quoted = (i: number): boolean => {
    const t = tok(doc, i);
    return direct.some((q) => (t.start >= q.start && t.end <= q.end) || q.cue?.start === t.start);
  };
  const out: Quote[] = [];
  for (const s of doc.sentences) {
    if (s.zone !== 'body') continue;
    out.push(...inSentence(doc, s, quoted));
  }
  return out;
}

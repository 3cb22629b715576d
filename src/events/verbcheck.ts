// Is this candidate trigger used as a verb here? wink's lite model tags many headline
// verbs as nouns ("shot", "bombs"), so when wink says no we ask compromise, which is
// 60x slower and therefore only run on a window around those candidate words (and cached).
// compromise/two is its tagger without the phrase-level plugins of the default build: the same
// verb tags (checked on 2,500 news sentences) at half the time, and a faster start-up.
import { compromise } from '../text/compromise.js';
import { sweepingOnly } from '../text/compromise-sweep.js';
import type { Doc, Sentence, Token } from '../types.js';
import { BE_FORMS, CUES, RELATIVES } from './cues.js';
import { tok } from '../doc.js';
import { WORDS } from './words.js';
import { hyphenedTail, npModifierAt } from './view.js';
import { firstAt } from '../span-index.js';

/** compromise's answer per sentence and word start: a sentence may be asked about several words. */
const verbAnswers = new WeakMap<Sentence, Map<number, boolean>>();

// Characters of context on each side of the word that compromise tags. Its tagger looks at nearby
// words; on the 1,914 words the whole bench corpus asks about, a 45-character window gives the same
// verb tag as the whole sentence every time (as 50 and 60 do; 40 misses one), and so do all 5,203
// words of 177 of those sentences (20 misses 3). compromise's cost grows with the window: the 942
// windows of the bench corpus at fraction 0.5 cost about a third less at 45 than at 60 (issue 16).
export const VERB_WINDOW = 45;

/** The text compromise tags for the word at `start` of sentence s: VERB_WINDOW characters each side, starting and ending on a space. */
export function verbWindow(text: string, s: { start: number; end: number }, start: number): { from: number; to: number } {
  // the window starts and ends on a space, never inside a word
  let from = Math.max(s.start, start - VERB_WINDOW);
  if (from > s.start) { const sp = text.indexOf(' ', from); if (sp >= 0 && sp < start) from = sp + 1; }
  let to = Math.min(s.end, start + VERB_WINDOW);
  if (to < s.end) { const sp = text.lastIndexOf(' ', to); if (sp > start) to = sp; }
  return { from, to };
}

interface CompromiseTerm { tags: Set<string>; pre: string; text: string }

/** Does compromise tag the word starting at `start` (in sentence s) as a verb? */
function compromiseVerbAt(doc: Doc, s: Sentence, start: number): boolean {
  let answers = verbAnswers.get(s);
  if (!answers) verbAnswers.set(s, (answers = new Map()));
  const known = answers.get(start);
  if (known !== undefined) return known;
  const { from, to } = verbWindow(doc.text, s, start);
  const text = doc.text.slice(from, to);
  // Only the piece of the post-tagger's sweep that holds the word is swept: no other piece's
  // matches reach its tags. The pieces are the document's terms in order, so the walk finds the
  // same terms in them as in the document it returns.
  const at = start - from;
  const pieces = (parts: readonly unknown[][]): ReadonlySet<number> => {
    const hold = new Set<number>();
    walkTerms(text, at, parts as CompromiseTerm[][], (_, n) => hold.add(n));
    return hold;
  };
  const document = sweepingOnly(pieces, () => compromise()(text).document) as unknown as CompromiseTerm[][];
  let verb = false;
  walkTerms(text, at, document, (t) => { verb = t.tags.has('Verb'); });
  answers.set(start, verb);
  return verb;
}

/**
 * Calls `hit` with each term (and its list's index) that starts at `at` in `text`: each term's
 * offset from its own text, as compromise's pre + text + post spell the input in order, which is
 * what compute('offset') works out, at a fraction of its cost.
 */
function walkTerms(text: string, at: number, lists: readonly CompromiseTerm[][], hit: (t: CompromiseTerm, n: number) => void): void {
  let pos = 0;
  for (let n = 0; n < lists.length; n++) {
    for (const t of lists[n]!) {
      const found = text.indexOf(t.pre + t.text, pos);
      if (found < 0) continue;
      if (found + t.pre.length === at) hit(t, n);
      pos = found + t.pre.length + t.text.length;
    }
  }
}

/** Whether a time expression ends right before token i and a determiner stands right before it. */
function dateAfterDeterminer(doc: Doc, s: Sentence, i: number): boolean {
  const prev = tok(doc, i - 1);
  const time = firstAt(doc.times, prev.end, 'end');
  if (!time) return false;
  let k = i - 1;
  while (k > s.tokenStart && tok(doc, k - 1).start >= time.start) k--;
  const det = k > s.tokenStart ? tok(doc, k - 1).norm : '';
  return CUES.determiners.has(det) && det !== 'that' && det !== 'no';
}

/** A verb before token i, outside a relative clause ("the soldiers who guarded the embassy fired": "guarded" is the clause's, not the sentence's). */
function hasVerbBefore(doc: Doc, s: Sentence, i: number): boolean {
  for (let k = s.tokenStart; k < i; k++) {
    if (RELATIVES.has(tok(doc, k).norm)) return false;
    // "officials said the generals agreed to a truce": a speech verb opens a clause with its own finite verb
    if (tok(doc, k).pos === 'VERB' && !CUES.speechVerbs.has(tok(doc, k).norm)) return true;
  }
  return false;
}

/** A finite "is/are/was/were" later in the same clause (no comma, semicolon or relative word first). */
function hasFiniteBeAfter(doc: Doc, s: Sentence, i: number): boolean {
  for (let k = i + 1; k < s.tokenEnd && k < i + 12; k++) {
    const w = tok(doc, k).norm;
    if (w === ',' || w === ';' || w === 'who' || w === 'which' || w === 'that') return false;
    if (w === 'is' || w === 'are' || w === 'was' || w === 'were') return true;
  }
  return false;
}

const CAPITAL = /^\p{Lu}\p{Ll}/u;
const LOWER = /^\p{Ll}/u;

/** Most of the sentence's words begin in lower case: running text, not a headline in title case. */
function runningText(doc: Doc, s: Sentence): boolean {
  let lower = 0, upper = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tok(doc, k).text;
    if (LOWER.test(t)) lower++;
    else if (CAPITAL.test(t)) upper++;
  }
  return lower > upper;
}

/**
 * "with police guarding the exam centres": an actor right before the -ing form, and before the actor's
 * noun phrase a preposition that opens an absolute clause (word-classes.json absolutePreps): the -ing
 * form is that clause's verb, and the actor did it, as in a progressive.
 */
function absoluteClause(doc: Doc, s: Sentence, nameFrom: number, afterActor: boolean): boolean {
  if (!afterActor) return false;
  let k = nameFrom - 1;
  while (k >= s.tokenStart && npModifierAt(doc, k)) k--;
  // after a noun, "with" is that noun's ("cooperation with the special counsel investigating ..."):
  // the -ing form then describes the actor, as a reduced relative clause does
  return k > s.tokenStart && WORDS.absolutePreps.has(tok(doc, k).norm) && !NOUN_POS.has(tok(doc, k - 1).pos);
}
const NOUN_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * "police began firing tear gas", "troops continued shelling", "kept on throwing stones": the -ing form
 * right after a verb of beginning or going on (word-classes.json aspectualLemmas, over an "on") is the
 * act itself, as a progressive is.
 */
function afterAspectual(doc: Doc, s: Sentence, i: number): boolean {
  let k = i - 1;
  if (k > s.tokenStart && tok(doc, k).norm === 'on') k--;
  if (k < s.tokenStart) return false;
  const t = tok(doc, k);
  // a finite or perfect form only ("began", "has continued"): after "to" or a modal ("to continue
  // funding", "will resume talks") the act is wanted or expected, not done
  return t.pos === 'VERB' && t.norm !== t.lemma && WORDS.aspectualLemmas.has(t.lemma);
}

/**
 * "..., calling on X to", "..., telling Reuters that": an -ing form tagged a verb right after a comma,
 * with a finite verb before it in the sentence: a participial adjunct, a clause with a verb of its own
 * (not an -ing form that works as a preposition, word-classes.json participlePreps: "including").
 */
export function verbalAdjunct(doc: Doc, s: Sentence, i: number): boolean {
  return i - 1 > s.tokenStart && tok(doc, i - 1).norm === ',' && tok(doc, i).pos === 'VERB' && tok(doc, i).norm.endsWith('ing') && !WORDS.participlePreps.has(tok(doc, i).norm) && hasVerbBefore(doc, s, i);
}

/**
 * Is the token at i a verb here? `afterActor`: the token right before it ends an actor mention, which starts at `nameFrom`.
 * `prepObject`: the trigger is the verb and its preposition ("fired at"), with an object after them. `worthAsking` says whether the slow compromise check is worth
 * running when the cheap rules cannot tell (no possible subject: the answer would not matter).
 */
export function usedAsVerb(doc: Doc, s: Sentence, i: number, worthAsking = true, afterActor = false, nameFrom = i, prepObject = false): boolean {
  // "police lathi-charged the mob": a hyphenated verb is read by its last part, in its place
  const last = hyphenedTail(doc, i) ?? i;
  const word: Token = tok(doc, last);
  const prev = doc.tokens[i - 1];
  // "the attacks", "Merkel's visit", "its stance": a determiner or possessive makes it a noun.
  if (prev && i > s.tokenStart && CUES.determiners.has(prev.norm) && !['that', 'no'].includes(prev.norm)) return false;
  // "said Dick Lynch": a capitalised word after a capitalised name, inside a sentence written in lower
  // case, is the name's last word, not a verb (a headline in title case capitalises its verbs too)
  if (prev && i > s.tokenStart && CAPITAL.test(word.text) && CAPITAL.test(prev.text) && prev.pos === 'PROPN' && runningText(doc, s)) return false;
  // "the Russian-backed offensive", "Turkish-backed militiamen": a participle closing a hyphenated
  // compound before a noun modifies that noun ("police lathi-charged the mob" stays a verb)
  const after = doc.tokens[i + 1];
  if (prev?.norm === '-' && prev.end === word.start && /ed$/.test(word.norm) && after && i + 1 < s.tokenEnd && ['NOUN', 'ADJ', 'PROPN'].includes(after.pos)) return false;
  // "the March 7 fire", "a 2004 attack": a date between a determiner and the word modifies a noun
  // ("police on Monday arrested": no determiner before the date, a verb).
  if (prev && i > s.tokenStart && dateAfterDeterminer(doc, s, i)) return false;
  // A verb never directly follows a preposition other than "to" ("a vote on strikes").
  if (prev && prev.pos === 'ADP' && prev.norm !== 'to' && i > s.tokenStart) return false;
  // A plural-looking form after a noun or adjective heads a noun phrase: "air strikes",
  // and so does anything after "the Paris" / "the Russian".
  const prev2 = doc.tokens[i - 2];
  // Except straight after a singular common-noun actor: "a protester throws", "the man hurls".
  const singularSubject = afterActor && prev?.pos === 'NOUN' && !/s$/.test(prev.norm);
  if (prev && /s$/.test(word.norm) && (prev.pos === 'NOUN' || prev.pos === 'ADJ') && !singularSubject) return false;
  // ... and right after a main verb it is that verb's object: "rebuffed calls for talks", "rejected
  // demands for", "welcomed moves to" (a finite verb does not follow another with nothing between)
  if (prev && i > s.tokenStart && prev.pos === 'VERB' && /[^s]s$/.test(word.norm)) return false;
  // "in Israeli jails", "at army camps": after a place preposition and one modifier, a plural-looking
  // form is the noun of that phrase (not "after Russia attacks": a subordinator opens a clause).
  if (prev && prev2 && i - 2 >= s.tokenStart && /s$/.test(word.norm) && prev2.pos === 'ADP' && CUES.locativePreps.has(prev2.norm) && !WORDS.subordinators.has(prev2.norm)) return false;
  // "The US presented", "the police threw", "the police rounded up": a finite verb, not "the Paris
  // attacks". Right after a common-noun actor a verb tag is trusted, and so is a past form wink
  // tags as an adjective.
  const afterNounActor = afterActor && prev?.pos === 'NOUN';
  // A past form is a verb tag's form other than its lemma, without the -s or -ing of a noun reading
  // ("the EU froze", "the UN sent").
  const pastForm = /ed$/.test(word.norm) || (word.norm !== word.lemma && !/(s|ing)$/.test(word.norm));
  // "the EU cut aid", "the UN put ...": a past form spelt like the lemma, tagged a verb right after a named actor
  const bareAfterName = afterActor && prev?.pos === 'PROPN' && word.pos === 'VERB' && !/(s|ing)$/.test(word.norm);
  // "Rwanda's report alleged that ...": a past form the tagger reads as an adjective, with a "that"
  // clause after it and no "be" before it ("was concerned that" is an adjective), is the verb
  // ("arrested that night": a "that" the tagger reads as a determiner opens no clause)
  const edThat = word.pos === 'ADJ' && /ed$/.test(word.norm) && doc.tokens[last + 1]?.norm === 'that' && doc.tokens[last + 1]?.pos === 'SCONJ' && last + 1 < s.tokenEnd && !(prev && BE_FORMS.has(prev.norm));
  const pastVerb = (word.pos === 'VERB' && (pastForm || afterNounActor || bareAfterName)) || (afterNounActor && /ed$/.test(word.norm)) || edThat;
  // (an auxiliary is never such a noun: "demonstrations against the war were held")
  if (!pastVerb && word.pos !== 'AUX' && prev && prev2 && i - 2 >= s.tokenStart && nameFrom > i - 2 && (prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'ADJ') && CUES.determiners.has(prev2.norm) && prev2.norm !== 'that') return false;
  // "a Hamas member jailed over a year ago", "victims killed by the crash": a participle after a
  // common noun with no object is a reduced relative clause describing the noun, not an event.
  const next = doc.tokens[last + 1];
  // Either "by" follows, or the sentence already has its finite verb before this one, or the noun's
  // own verb comes after ("the civilians imprisoned for ... were released"). Not when the verb's own
  // preposition has its object after it (`prepObject`: "... and the police fired at them"): a passive
  // of "fire at" strands the preposition ("the men fired at by police").
  if (prev && !prepObject && prev.pos === 'NOUN' && /(ed|en|wn)$/.test(word.norm) && (!next || ['ADP', 'ADV', 'PUNCT', 'SCONJ', 'CCONJ'].includes(next.pos)) && !CUES.intransitiveLemmas.has(word.lemma)
    && (next?.norm === 'by' || hasVerbBefore(doc, s, i) || hasFiniteBeAfter(doc, s, i))) return false;
  if (word.norm.endsWith('ing')) {
    // Only progressive "-ing" forms are events; participial adjuncts ("..., killing 224") add detail.
    const before = doc.tokens[i - 1]?.norm ?? '';
    const before2 = doc.tokens[i - 2]?.norm ?? '';
    if (!WORDS.progressiveBe.has(before) && !WORDS.progressiveBe.has(before2) && !absoluteClause(doc, s, nameFrom, afterActor) && !afterAspectual(doc, s, i)) return false;
  }
  if (word.pos === 'VERB' || word.pos === 'AUX' || edThat) return true;
  // A particle right after a verb belongs to it ("shut down", "stepped up"); it is no verb of its own.
  if (prev && prev.pos === 'VERB' && (word.pos === 'ADP' || word.pos === 'ADV' || word.pos === 'PART')) return false;
  // Headline-style present tense right after its subject ("Syrian forces clash with", "Turkey downs"):
  // both taggers read these as nouns, but a bare form straight after an actor is its verb.
  if (afterActor) return true;
  return worthAsking && compromiseVerbAt(doc, s, word.start);
}

// "Meadows said on the program. '... Eventually you run out of other people's money,' he said": a
// direct quote whose speaker is only "he" or "she", which the actors stage could not resolve (the
// sentence before the pronoun lies inside the quote). News names a speaker, then goes on quoting
// him: the pronoun is the speaker of the quote before it in the same paragraph or the one before,
// when that speaker is a person entente resolved and no other person is named between the two.
import type { Doc, Quote, Span } from '../types.js';
import { overlapsAny } from '../doc.js';
import { WORDS as ACTOR_WORDS } from '../actors/words.js';

const isPronoun = (text: string | null): boolean => {
  const w = (text ?? '').toLowerCase();
  return ACTOR_WORDS.malePronouns.has(w) || ACTOR_WORDS.femalePronouns.has(w);
};

/** `quotes` in text order, direct and reported. */
export function resolvePronounSpeakers(doc: Doc, quotes: readonly Quote[]): void {
  const paragraphs = doc.article.paragraphs;
  const inQuote = (x: Span): boolean => quotes.some((q) => q.kind === 'direct' && q.start <= x.start && x.end <= q.end);
  // a person named by the text, not a pronoun: what a new speaker would be introduced by (a name,
  // or a role with a name: "her spokeswoman Ulrike Demmer")
  const people: Span[] = [...doc.mentions.filter((m) => m.type === 'PER'), ...doc.actors.filter((a) => a.via === 'role')].filter((m) => !inQuote(m));
  quotes.forEach((q, i) => {
    if (q.kind !== 'direct' || q.speaker || !isPronoun(q.speakerText)) return;
    const p = paragraphs.findIndex((x) => x.start <= q.start && q.start < x.end);
    if (p < 0) return;
    const from = paragraphs[Math.max(0, p - 1)]!.start;
    const before = quotes.slice(0, i).filter((x) => x.start >= from && x.end <= q.start).at(-1);
    const speaker = before?.speaker;
    if (!before || !speaker) return;
    // the speaker before was a person: a person's name (or titled name) lies under its reference
    if (!overlapsAny(people, speaker.start, speaker.end)) return;
    // nobody else named in between ("... Stovring, who said she used to vote ..."); the gap starts
    // after the speaker's own words
    const gapFrom = Math.max(before.end, before.cue?.end ?? 0, speaker.end);
    if (people.some((m) => m.start >= gapFrom && m.end <= q.start)) return;
    q.speaker = speaker;
  });
}

// Text stage: sentences and tokens with POS and lemma from wink-nlp, as spans into doc.text.
// Only title/subtitle/body zones are read; credits and boilerplate get no sentences.
import { READ_ZONES, type Doc, type Sentence, type Token, type Zone } from '../types.js';
import { beginStory, wink } from './wink.js';
import { hasExtendedLatin, latinize } from './latin.js';
import { tokenAt } from '../doc.js';
import { at } from '../at.js';


export function tokenizeZone(text: string, zone: Zone, tokens: Token[], sentences: Sentence[]): void {
  const nlp = wink();
  const its = nlp.its;
  // wink splits words at Latin letters beyond Latin-1 ("Erdoğan" -> "Erdo" "ğ" "an"): it reads the
  // text with ASCII stand-ins of the same length, and tokens keep the letters as written
  const slice = text.slice(zone.start, zone.end);
  const wdoc = nlp.readDoc(latinize(slice));
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as never) as unknown as string[];
  const types = wdoc.tokens().out(its.type) as string[];
  // wink token index -> our token index (SPACE tokens are dropped)
  const map = new Int32Array(values.length + 1);
  let off = zone.start;
  for (let i = 0; i < values.length; i++) {
    const v = at(values, i);
    const sp = at(spaces, i);
    off += sp.length;
    map[i] = tokens.length;
    if (types[i] !== 'tabCRLF' && pos[i] !== 'SPACE' && v.trim() !== '') {
      // compared in place: a slice per token only where the text differs from wink's value
      const written = text.startsWith(v, off) ? v : text.slice(off, off + v.length);
      const changed = written !== v && hasExtendedLatin(written);
      tokens.push({
        start: off,
        end: off + v.length,
        text: changed ? written : v,
        norm: (changed ? written : v).toLowerCase(),
        lemma: changed ? written.toLowerCase() : (lemmas[i] ?? v).toLowerCase(),
        pos: pos[i] ?? 'X',
        spaceBefore: sp.length > 0 || off === 0 || /\s/.test(text[off - 1] ?? ' '),
      });
    }
    off += v.length;
  }
  map[values.length] = tokens.length;
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  for (const [a, b] of spans) {
    const tokenStart = at(map, a);
    const tokenEnd = at(map, b + 1);
    if (tokenEnd <= tokenStart) continue;
    sentences.push({
      start: tokenAt(tokens, tokenStart).start,
      end: tokenAt(tokens, tokenEnd - 1).end,
      tokenStart,
      tokenEnd,
      zone: zone.kind,
    });
  }
}

export function textStage(doc: Doc): Doc {
  beginStory();
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const zones = [...doc.zones].filter((z) => READ_ZONES.has(z.kind)).sort((a, b) => a.start - b.start);
  for (const z of zones) tokenizeZone(doc.text, z, tokens, sentences);
  doc.tokens = tokens;
  doc.sentences = sentences;
  return doc;
}

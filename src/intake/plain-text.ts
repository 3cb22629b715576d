// Zones of a plain-text article scrape, by line: credit, headline, subheadline, byline and
// date lines at the top; the body; a source line; and the site trailer cut off at the end.
// Every zone and paragraph is a span of the text as given, which is never rewritten.
import type { Message, Span, Zone, ZoneKind } from '../types.js';
import { findDate } from './dates.js';
import { lineRules, matchLine, matchesPhrase, normalizeLine, wordCount } from './line-rules.js';
import { at } from '../at.js';

interface Line extends Span {
  text: string;
  /** A blank line (or the start of the text) comes before it. */
  blankBefore: boolean;
  kind: ZoneKind;
}

export interface PlainLayout {
  zones: Zone[];
  paragraphs: Span[];
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  credit: string | null;
  source: string | null;
  /** A publication date read from a header date line or the body's dateline. */
  published: string | null;
  messages: Message[];
}

const HEADER_MAX_LINES = 15;
const TITLE_MAX_WORDS = 30;
const SUBTITLE_MAX_WORDS = 60;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  let blank = true;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m[0] !== '') {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') blank = true;
    else {
      const start = m.index + lead;
      lines.push({ start, end: start + body.length, text: body, blankBefore: blank, kind: 'body' });
      blank = false;
    }
  }
  return lines;
}

/** Ends like a sentence: . ! ? possibly inside closing quotes or brackets. */
const endsSentence = (s: string): boolean => /[.!?…]["'”’»)\]]*$/u.test(s);

function looksLikeHeadline(s: string): boolean {
  const n = wordCount(s);
  return n >= 3 && n <= TITLE_MAX_WORDS && s.length <= 250 && !/[.,;:]$/.test(s) && /^[\p{Lu}\p{N}"'“‘«¿¡]/u.test(s);
}

function looksLikeSubtitle(s: string): boolean {
  const n = wordCount(s);
  if (n < 3 || n > SUBTITLE_MAX_WORDS || s.length > 500 || /[,;:]$/.test(s)) return false;
  // a line ending in a full stop is the lede, not a standfirst: losing the lede costs more than missing a dek
  if (/[.…]["'”’»)\]]*$/u.test(s)) return false;
  // more than one sentence is a paragraph, not a standfirst
  return !/[.!?]["'”’]?\s+[\p{Lu}"“]/u.test(s);
}

function sameTitle(a: string, b: string): boolean {
  const x = normalizeLine(a).replace(/[^\p{L}\p{N} ]/gu, '');
  const y = normalizeLine(b).replace(/[^\p{L}\p{N} ]/gu, '');
  return x !== '' && y !== '' && (x === y || (wordCount(x) >= 3 && wordCount(y) >= 3 && (x.includes(y) || y.includes(x))));
}

/** A standalone line holding a date with year and little else ("Published Nov. 26, 2015 10:04 GMT"). */
function headerDate(s: string): string | null {
  if (wordCount(s) > 12 || s.length > 120) return null;
  const d = findDate(s);
  if (!d) return null;
  const rest = (s.slice(0, d.index) + ' ' + s.slice(d.index + d.length)).replace(/\b\d{1,2}[:.]\d{2}\b|[^\p{L} ]/gu, ' ');
  return wordCount(rest) <= 6 ? d.value : null;
}

export function layoutPlainText(text: string, knownTitle: string | null): PlainLayout {
  const rules = lineRules();
  const lines = splitLines(text);
  const out: PlainLayout = {
    zones: [], paragraphs: [], title: null, subtitle: null, byline: null, credit: null, source: null, published: null, messages: [],
  };
  const isCredit = (l: Line): boolean => matchLine(l.text, rules.credit) !== null;
  const isFurniture = (l: Line): boolean =>
    matchesPhrase(l.text, rules.inline, rules.markerMaxWords) || matchesPhrase(l.text, rules.trailerStart, rules.markerMaxWords);
  const setByline = (l: Line): boolean => {
    const m = matchLine(l.text, rules.byline);
    if (!m) return false;
    l.kind = 'byline';
    out.byline ??= m.groups?.['name']?.trim() ?? null;
    return true;
  };
  const setSource = (l: Line): boolean => {
    const m = matchLine(l.text, rules.sourceLine);
    if (!m) return false;
    l.kind = 'source';
    out.source ??= m.groups?.['source']?.trim() ?? l.text;
    return true;
  };
  const setCredit = (l: Line): boolean => {
    if (!isCredit(l)) return false;
    l.kind = 'credit';
    out.credit ??= l.text;
    return true;
  };

  // 1. Header: everything before the first line that reads as body text.
  // where paragraphs are blank-line separated, a headline stands alone: a line running on
  // into the next is the start of a hard-wrapped paragraph
  const blankSeparated = lines.slice(1).some((l) => l.blankBefore);
  const standalone = (i: number): boolean => !blankSeparated || (lines[i + 1]?.blankBefore ?? true);
  let bodyStart = 0;
  let title: Line | null = null;
  let subtitle: Line | null = null;
  for (let i = 0; i < lines.length && i < HEADER_MAX_LINES; i++) {
    const l = at(lines, i);
    const hasMore = i < lines.length - 1;
    bodyStart = i + 1; // past this line unless it breaks out as body
    if (!hasMore) { bodyStart = i; break; } // the last line is body, whatever it looks like
    if (setCredit(l)) continue;
    if (!title && !subtitle && isFurniture(l)) { l.kind = 'boilerplate'; continue; }
    // above the headline only a "By ..." line is a byline: "Merkel in Paris" may be the headline
    if ((title || /^by\b/i.test(l.text)) && setByline(l)) continue;
    const date = headerDate(l.text);
    if (date) { l.kind = 'dateline'; out.published ??= date; continue; }
    if (!title) {
      // section labels ("World", "Middle East") above the headline
      if (wordCount(l.text) <= 2 && !endsSentence(l.text)) { l.kind = 'boilerplate'; continue; }
      const ok = knownTitle ? sameTitle(l.text, knownTitle) : looksLikeHeadline(l.text) && standalone(i);
      if (!ok) { bodyStart = i; break; }
      l.kind = 'title';
      title = l;
      continue;
    }
    if (!standalone(i)) { bodyStart = i; break; }
    if (!subtitle && looksLikeSubtitle(l.text) && !matchLine(l.text, rules.sourceLine)) {
      l.kind = 'subtitle';
      subtitle = l;
      continue;
    }
    if (setSource(l)) continue;
    bodyStart = i;
    break;
  }
  out.title = title?.text ?? null;
  out.subtitle = subtitle?.text ?? null;

  // 2. Trailer: the first marker line after some body text ends the article.
  let end = lines.length;
  let sawBody = false;
  for (let i = bodyStart; i < lines.length; i++) {
    const l = at(lines, i);
    if (sawBody && matchesPhrase(l.text, rules.trailerStart, rules.markerMaxWords, rules.prefixMaxWords)) {
      end = i;
      out.messages.push({ stage: 'intake', rule: 'intake/site-trailer', level: 'info', reason: `site trailer from "${l.text.slice(0, 60)}" on is boilerplate`, start: l.start, end: l.end });
      break;
    }
    if (setCredit(l)) continue;
    if (matchesPhrase(l.text, rules.inline, rules.markerMaxWords)) {
      l.kind = 'boilerplate';
      // "Image caption" introduces the caption on the next line
      const next = lines[i + 1];
      if (next && rules.captionMarkers.has(normalizeLine(l.text)) && wordCount(next.text) <= 40) next.kind = 'boilerplate';
      continue;
    }
    if (l.kind !== 'body') continue;
    if (!sawBody && i < bodyStart + 2 && (setByline(l) || setSource(l))) continue;
    sawBody = true;
  }

  // 3. Tail: short unpunctuated or repeated lines at the end are site furniture, back to the source line.
  const seen = new Map<string, number>();
  for (let i = bodyStart; i < lines.length; i++) {
    const key = normalizeLine(at(lines, i).text);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  let cut = end;
  let run = 0;
  let repeated = false;
  for (let i = end - 1; i > bodyStart; i--) {
    const l = at(lines, i);
    if (l.kind === 'boilerplate' || l.kind === 'credit') { cut = i; continue; }
    if (l.kind !== 'body' || endsSentence(l.text) || wordCount(l.text) > rules.tail.maxWords) break;
    if (matchLine(l.text, rules.sourceLine) || matchLine(l.text, rules.byline)) break;
    run++;
    repeated ||= (seen.get(normalizeLine(l.text)) ?? 0) > 1;
    cut = i;
  }
  if (run >= rules.tail.minRun || (run > 0 && repeated)) {
    const first = at(lines, cut);
    out.messages.push({ stage: 'intake', rule: 'intake/site-furniture', level: 'info', reason: `trailing site furniture from "${first.text.slice(0, 60)}" on is boilerplate`, start: first.start, end: first.end });
    end = cut;
  }

  // 4. Source and reporting lines just before the end.
  for (let i = end - 1; i >= bodyStart && i >= end - 3; i--) {
    const l = at(lines, i);
    if (l.kind !== 'body') continue;
    if (!setSource(l) && !(l.blankBefore && setByline(l))) break;
  }
  if (end < lines.length) {
    const first = at(lines, end);
    out.zones.push({ kind: 'boilerplate', start: first.start, end: at(lines, lines.length - 1).end });
  }

  // 5. Header and marker zones; body paragraphs from the remaining body lines.
  for (let i = 0; i < end; i++) {
    const l = at(lines, i);
    if (l.kind !== 'body') out.zones.push({ kind: l.kind, start: l.start, end: l.end });
  }
  const bodyLines = lines.slice(0, end).filter((l) => l.kind === 'body');
  const bodyBlankSeparated = bodyLines.slice(1).some((l) => l.blankBefore);
  let para: Span | null = null;
  let prevIndex = -2;
  for (let i = 0; i < end; i++) {
    const l = at(lines, i);
    if (l.kind !== 'body') continue;
    if (para && bodyBlankSeparated && !l.blankBefore && prevIndex === i - 1) para.end = l.end;
    else {
      if (para) out.paragraphs.push(para);
      para = { start: l.start, end: l.end };
    }
    prevIndex = i;
  }
  if (para) out.paragraphs.push(para);

  // 6. Dateline at the start of the body: "MOSCOW (Reuters) - ".
  const p0 = out.paragraphs[0];
  const dl = p0 ? readDateline(text, p0) : null;
  if (p0 && dl) {
    out.zones.push(dl.zone);
    p0.start = dl.bodyStart;
    out.source ??= dl.agency;
    out.published ??= dl.date;
  }
  out.zones.push(...bodyZones(out.paragraphs, out.zones));
  out.zones.sort((a, b) => a.start - b.start);
  return out;
}

export interface Dateline { zone: Zone; bodyStart: number; agency: string | null; date: string | null }

/** A dateline opening paragraph p ("MOSCOW (Reuters) - ", "PARIS, Nov. 26, 2015 (AP) — "), if any. */
export function readDateline(text: string, p: Span): Dateline | null {
  const head = text.slice(p.start, Math.min(p.end, p.start + 200));
  for (const re of lineRules().dateline) {
    const m = re.exec(head);
    if (!m || m[0].length >= p.end - p.start) continue;
    const date = m.groups?.['date'] ? findDate(m.groups['date']) : null;
    return {
      zone: { kind: 'dateline', start: p.start, end: p.start + m[0].trimEnd().length },
      bodyStart: p.start + m[0].length,
      agency: m.groups?.['agency']?.trim() || null,
      date: date?.value ?? null,
    };
  }
  return null;
}

/** One body zone per run of paragraphs that no other zone interrupts. */
function bodyZones(paragraphs: Span[], others: Zone[]): Zone[] {
  const starts = others.map((z) => z.start).sort((a, b) => a - b);
  const zones: Zone[] = [];
  let cur: Zone | null = null;
  let k = 0;
  for (const p of paragraphs) {
    // skip other zones that begin before the current body zone ends
    while (k < starts.length && cur && at(starts, k) < cur.end) k++;
    const interrupted = k < starts.length && at(starts, k) < p.start;
    if (cur && !interrupted) cur.end = p.end;
    else {
      if (cur) zones.push(cur);
      cur = { kind: 'body', start: p.start, end: p.end };
    }
  }
  if (cur) zones.push(cur);
  return zones;
}

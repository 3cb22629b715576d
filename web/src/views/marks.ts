// Turns an article's text and its spans into nested DOM: paragraphs hold sentences, sentences
// hold actor, date and place marks. Spans that cross a parent's end are cut there and carried on.
export interface MarkSpan {
  start: number;
  end: number;
  /** 0 paragraph, 1 sentence, 2 inline annotation: lower levels enclose higher ones. */
  level: number;
  make: (part: number) => HTMLElement;
}

export function renderSpans(text: string, from: number, to: number, spans: MarkSpan[], into: Node): void {
  const parts = new Map<MarkSpan, number>();
  build(text, into, from, to, sortSpans(spans.filter((s) => s.end > from && s.start < to).map((s) => clip(s, from, to))), parts);
}

interface Piece extends MarkSpan {
  origin: MarkSpan;
}

function clip(s: MarkSpan | Piece, from: number, to: number): Piece {
  return { ...s, start: Math.max(s.start, from), end: Math.min(s.end, to), origin: 'origin' in s ? s.origin : s };
}

function sortSpans(spans: Piece[]): Piece[] {
  return spans.sort((a, b) => a.start - b.start || a.level - b.level || b.end - a.end);
}

function build(text: string, parent: Node, from: number, to: number, spans: Piece[], parts: Map<MarkSpan, number>): void {
  let pos = from;
  let rest = spans;
  while (rest.length > 0) {
    const it = rest.shift()!;
    const start = Math.max(it.start, pos);
    if (start >= it.end) continue;
    if (start > pos) parent.appendChild(document.createTextNode(text.slice(pos, start)));
    const part = parts.get(it.origin) ?? 0;
    parts.set(it.origin, part + 1);
    const el = it.make(part);
    const inner: Piece[] = [];
    const after: Piece[] = [];
    for (const o of rest) {
      if (o.start < it.end) {
        inner.push(clip(o, start, it.end));
        if (o.end > it.end) after.push(clip(o, it.end, o.end));
      } else {
        after.push(o);
      }
    }
    build(text, el, start, it.end, inner, parts);
    parent.appendChild(el);
    pos = it.end;
    rest = sortSpans(after);
  }
  if (pos < to) parent.appendChild(document.createTextNode(text.slice(pos, to)));
}

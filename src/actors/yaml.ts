import { at, group } from '../at.js';
// A small YAML subset reader for user actor files (data/actors/README.md, "Your own actors"):
// block maps ("key: value"), block lists ("- item"), nested by indentation; flow lists
// ("[a, b]"); plain, 'single' and "double" quoted scalars; "# comments"; null/~ and empty values.
// Scalars stay strings (dates too), except null. No anchors, tags, multi-line scalars or flow maps.

export type YamlValue = string | null | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  indent: number;
  text: string;
  /** 1-based line number, for errors. */
  no: number;
}

export class YamlError extends Error {}

function stripComment(s: string): string {
  let q: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = at(s, i);
    if (q) {
      if (c === q) q = null;
    } else if (c === '"' || c === "'") q = c;
    else if (c === '#' && (i === 0 || /\s/.test(at(s, i - 1)))) return s.slice(0, i);
  }
  return s;
}

function scalar(raw: string, no: number): YamlValue {
  const s = raw.trim();
  if (s === '' || s === '~' || s === 'null') return null;
  if (s.startsWith('[')) {
    if (!s.endsWith(']')) throw new YamlError(`line ${no}: unclosed [`);
    const inner = s.slice(1, -1).trim();
    return inner === '' ? [] : splitFlow(inner).map((p) => scalar(p, no));
  }
  if (s.startsWith('{')) throw new YamlError(`line ${no}: flow maps {...} are not supported; use one "key: value" per line`);
  if (s.startsWith('"')) {
    if (!s.endsWith('"') || s.length < 2) throw new YamlError(`line ${no}: unclosed "`);
    return JSON.parse(s) as string;
  }
  if (s.startsWith("'")) {
    if (!s.endsWith("'") || s.length < 2) throw new YamlError(`line ${no}: unclosed '`);
    return s.slice(1, -1).replace(/''/g, "'");
  }
  return s;
}

/** Split "a, 'b, c', d" on top-level commas. */
function splitFlow(s: string): string[] {
  const out: string[] = [];
  let q: string | null = null;
  let cur = '';
  for (const c of s) {
    if (q) {
      if (c === q) q = null;
    } else if (c === '"' || c === "'") q = c;
    else if (c === ',') {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** "key: value" -> [key, value]; null when the line is not a map entry. */
function keyValue(text: string): [string, string] | null {
  const m = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^'"\s:{[][^:]*?)\s*:(?:\s+(.*))?$/.exec(text);
  if (!m) return null;
  const k = group(m, 1);
  return [k.startsWith('"') || k.startsWith("'") ? (scalar(k, 0) as string) : k, m[2] ?? ''];
}

export function parseYaml(src: string): YamlValue {
  const lines: Line[] = [];
  src.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    if (/^\s*\t/.test(raw)) throw new YamlError(`line ${i + 1}: tabs are not allowed for indentation`);
    const text = stripComment(raw).trimEnd();
    if (text.trim() === '' || text.trim() === '---') return;
    lines.push({ indent: text.length - text.trimStart().length, text: text.trim(), no: i + 1 });
  });
  let pos = 0;

  function block(indent: number): YamlValue {
    const first = lines[pos];
    if (!first || first.indent < indent) return null;
    return first.text.startsWith('- ') || first.text === '-' ? list(first.indent) : map(first.indent);
  }

  function list(indent: number): YamlValue[] {
    const out: YamlValue[] = [];
    while (pos < lines.length && at(lines, pos).indent === indent && (at(lines, pos).text.startsWith('- ') || at(lines, pos).text === '-')) {
      const line = at(lines, pos);
      const rest = line.text.slice(1).trim();
      if (rest === '') {
        pos++;
        out.push(block(indent + 1));
      } else if (keyValue(rest) && !rest.startsWith('[') && !rest.startsWith('"') && !rest.startsWith("'")) {
        // "- key: value" opens a map whose further keys sit under the first one
        const inner = indent + line.text.indexOf(rest);
        lines[pos] = { indent: inner, text: rest, no: line.no };
        out.push(map(inner));
      } else {
        pos++;
        out.push(scalar(rest, line.no));
      }
    }
    if (pos < lines.length && at(lines, pos).indent > indent) throw new YamlError(`line ${at(lines, pos).no}: unexpected indentation`);
    return out;
  }

  function map(indent: number): { [key: string]: YamlValue } {
    const out: { [key: string]: YamlValue } = {};
    while (pos < lines.length && at(lines, pos).indent === indent) {
      const line = at(lines, pos);
      if (line.text.startsWith('- ')) throw new YamlError(`line ${line.no}: a list item where a "key: value" was expected`);
      const kv = keyValue(line.text);
      if (!kv) throw new YamlError(`line ${line.no}: expected "key: value", got "${line.text}"`);
      const [k, v] = kv;
      if (k in out) throw new YamlError(`line ${line.no}: duplicate key "${k}"`);
      pos++;
      if (v.trim() !== '') out[k] = scalar(v, line.no);
      else {
        const next = lines[pos];
        // a list may sit at the same indentation as its key ("roles:\n- code: X")
        if (next && (next.indent > indent || (next.indent === indent && next.text.startsWith('- ')))) out[k] = block(next.indent);
        else out[k] = null;
      }
    }
    if (pos < lines.length && at(lines, pos).indent > indent) throw new YamlError(`line ${at(lines, pos).no}: unexpected indentation`);
    return out;
  }

  if (lines.length === 0) return null;
  const v = block(at(lines, 0).indent);
  if (pos < lines.length) throw new YamlError(`line ${at(lines, pos).no}: unexpected content "${at(lines, pos).text}"`);
  return v;
}

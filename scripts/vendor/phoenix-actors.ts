// Readers for the Phoenix actor and agent dictionaries of PETRARCH-2 (Open Event Data Alliance,
// MIT). Format: dictionaries.rst beside the files.
//   NAME_PHRASE_ [CODE]        a record (the code is the default when no date restriction holds)
//   +SYNONYM_PHRASE            another name of the same actor
//   <TAB>[CODE 900101-951231]  a dated role; also [CODE >date], [CODE <date], [CODE]
//   AGENT_WORD {PLURALS} [~SEC] a generic agent (agents file); !MACRO! = WORD, WORD expands

export interface DatedCode { code: string; start?: string; end?: string }

export interface ActorRecord {
  names: string[];
  codes: DatedCode[];
  line: number;
}

/** A YYMMDD or YYYYMMDD date as YYYY-MM-DD; two-digit years up to 30 are 20xx. */
export function isoDate(d: string): string | null {
  let y: number, rest: string;
  if (/^\d{8}$/.test(d)) { y = Number(d.slice(0, 4)); rest = d.slice(4); }
  else if (/^\d{6}$/.test(d)) { const yy = Number(d.slice(0, 2)); y = yy <= 30 ? 2000 + yy : 1900 + yy; rest = d.slice(2); }
  else return null;
  const m = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2));
  if (m < 1 || m > 12 || day < 1 || day > 31) return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2)}`;
}

function datedCode(inner: string): DatedCode | null {
  // "[EGYGOV > 140608]" and "[HOBGOV 19950601 - 19990815]" space the range out; most entries do not
  const [code, ...rest] = inner.trim().split(/\s+/);
  const range = rest.join('');
  if (!code) return null;
  if (!range) return { code };
  if (range.startsWith('>')) { const s = isoDate(range.slice(1)); return s ? { code, start: s } : null; }
  if (range.startsWith('<')) { const e = isoDate(range.slice(1)); return e ? { code, end: e } : null; }
  const m = /^(\d+)-(\d+)$/.exec(range);
  if (!m) return null;
  const s = isoDate(m[1]!);
  const e = isoDate(m[2]!);
  return s && e ? { code, start: s, end: e } : null;
}

/** "G._M._QUADER_" -> "G. M. Quader"; words keep their hyphens and apostrophes. */
export function displayName(phrase: string): string {
  return phrase.replace(/_+$/, '').split('_').filter(Boolean)
    .map((w) => w.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()))
    .join(' ');
}

export function parseActors(text: string): { records: ActorRecord[]; skipped: { line: number; text: string }[] } {
  const records: ActorRecord[] = [];
  const skipped: { line: number; text: string }[] = [];
  let cur: ActorRecord | null = null;
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s*[#;].*$/, '');
    if (line.trim() === '') continue;
    if (/^\s/.test(line) && line.trim().startsWith('[')) {
      const dc = datedCode(line.trim().slice(1, -1));
      if (cur && dc) cur.codes.push(dc);
      else skipped.push({ line: i + 1, text: raw });
      continue;
    }
    const t = line.trim();
    const code = /\[([^\]]+)\]/.exec(t);
    const phrase = t.replace(/\[[^\]]*\]/, '').trim();
    if (t.startsWith('+')) {
      if (cur) cur.names.push(displayName(phrase.slice(1)));
      continue;
    }
    if (!/^[\p{L}\d._'&-]+$/u.test(phrase)) { skipped.push({ line: i + 1, text: raw }); cur = null; continue; }
    cur = { names: [displayName(phrase)], codes: [], line: i + 1 };
    if (code) { const dc = datedCode(code[1]!); if (dc) cur.codes.push(dc); }
    records.push(cur);
  }
  return { records, skipped };
}

export interface AgentRecord { words: string[]; code: string; line: number }

/** Generic agents: each line's phrase, its plural(s), and the agent code ([~AGR] -> AGR). */
export function parseAgents(text: string): AgentRecord[] {
  const macros = new Map<string, string[]>();
  const out: AgentRecord[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const macro = /^!(\w+)!\s*=\s*(.+)$/.exec(line);
    if (macro) { macros.set(macro[1]!, macro[2]!.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean)); continue; }
    const code = /\[~?([A-Z]{3})[^\]]*\]/.exec(line);
    if (!code) continue;
    const body = line.replace(/\[[^\]]*\]/, '').trim();
    const plurals = /\{([^}]*)\}/.exec(body);
    const phrase = body.replace(/\{[^}]*\}/, '').trim();
    const expand = (p: string): string[] => {
      const m = /!(\w+)!/.exec(p);
      if (!m) return [p];
      return (macros.get(m[1]!) ?? []).flatMap((w) => expand(p.replace(m[0], w)));
    };
    const words = new Set<string>();
    for (const form of expand(phrase)) {
      const w = form.toLowerCase().replace(/_+$/, '').replace(/_/g, ' ').trim();
      if (!w) continue;
      words.add(w);
      // regular plurals as PETRARCH makes them (-ies, -sses), none for words already ending in s or -man forms
      if (!plurals && !/(man|men|person|people|s)$/.test(w) || /ss$/.test(w)) words.add(/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(ss|sh|ch|x)$/.test(w) ? `${w}es` : `${w}s`);
    }
    if (plurals) for (const pl of plurals[1]!.trim().split(/\s+/).filter(Boolean)) words.add(pl.toLowerCase().replace(/_/g, ' '));
    out.push({ words: [...words], code: code[1]!, line: i + 1 });
  }
  return out;
}

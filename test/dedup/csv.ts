// A minimal RFC-4180 reader for the measurement test (quoted fields, doubled quotes, newlines in quotes).

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Rows as records of the named header fields; rows with the wrong number of fields are dropped. */
export function csvRecords<K extends string>(text: string, fields: readonly K[]): Record<K, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const at = fields.map((f) => {
    const i = header.indexOf(f);
    if (i < 0) throw new Error(`CSV has no column ${f}`);
    return i;
  });
  return rows.filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(fields.map((f, k) => [f, r[at[k]!]!])) as Record<K, string>);
}

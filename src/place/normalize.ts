// One key for a surface, whatever its case, diacritics, apostrophes or spacing:
// "São Paulo", "Sao  Paulo" and "SAO PAULO" share "sao paulo".

// Letters NFD does not split: Diyarbakır, Łódź, Tromsø, Đà Nẵng.
const UNSPLIT: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd' };
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/; // printable ASCII but the backtick: nothing to fold

export function normKey(s: string): string {
  // The hot path (every token run the matcher tries) is plain ASCII.
  if (PLAIN.test(s)) return (/\s\s|^\s|\s$/.test(s) ? s.replace(/\s+/g, ' ').trim() : s).toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıłŁøØđĐ]/g, (c) => UNSPLIT[c] ?? c)
    .replace(/[ʼʾʿ]/g, '') // transliteration marks for hamza and ayn: Sāmarrāʼ = Samarra, Baʿqūbah = Baqubah
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * normKey(t.text) for a token: where normKey only lower-cases the text (plain ASCII, no spacing to
 * fold) that is the token's norm (Token.norm, its text's lower case), the same string rather than
 * a new copy per run tried, whose hash earlier stages' lookups have computed already (issue 16).
 */
export function tokenKey(t: { text: string; norm: string }): string {
  return PLAIN.test(t.text) && !/\s\s|^\s|\s$/.test(t.text) ? t.norm : normKey(t.text);
}

/** Starts with an upper-case letter (or a digit-free all-caps code like "U.S."). */
export function isCapitalised(s: string): boolean {
  const code = s.charCodeAt(0);
  // ASCII (nearly every token) without a case-mapped string per call: only A-Z qualify there
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

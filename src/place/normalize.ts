// One key for a surface, whatever its case, diacritics, apostrophes or spacing:
// "São Paulo", "Sao  Paulo" and "SAO PAULO" share "sao paulo".

export function normKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // Letters NFD does not split: Diyarbakır, Łódź, Tromsø, Đà Nẵng.
    .replace(/ı/g, 'i').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[đĐ]/g, 'd')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Starts with an upper-case letter (or a digit-free all-caps code like "U.S."). */
export function isCapitalised(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

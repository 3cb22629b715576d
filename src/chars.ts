// Characters as the regex engine classes them, for loops that read a text one UTF-16 unit at a
// time where a regex would read it several times over (src/text/long-runs.ts, the intake's word
// count).

/**
 * Whether a UTF-16 unit is one that /\s/ matches (ECMAScript WhiteSpace and LineTerminator). The
 * ASCII printable range, most of any text, is settled by the first test.
 */
export function isSpaceUnit(c: number): boolean {
  if (c > 32 && c < 160) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `s.toLowerCase()`, without a copy when s holds no capital: toLowerCase returns a new string even
 * then, and a story's tokens made two such copies each (norm and lemma), most of them kept as long
 * as the Doc, which the garbage collector paid for.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}

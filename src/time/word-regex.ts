// Regexes of a data file's word list for the time stage: a list word standing as a whole word
// somewhere in a text, or ending it. Words are escaped, so "a.m." is literal.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One of `words` as a whole word anywhere in a text (case-insensitively). */
export function anyWordRegex(words: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}'])(?:${words.map(escape).join('|')})(?![\\p{L}])`, 'iu');
}

/** One of `words` as a whole word at the end of a text, spaces after it allowed. */
export function lastWordRegex(words: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}'])(?:${words.map(escape).join('|')})\\s*$`, 'iu');
}

// fast-check arbitraries for news-like text: real words and date phrases mixed with noise, so the
// properties reach the code paths that matter (names, dates, event verbs), not only random junk.
import fc from 'fast-check';

const WORDS = ['police', 'arrested', 'protesters', 'in', 'the', 'capital', 'on', 'Monday', 'France', 'Germany', 'Russia', 'Ukraine',
  'troops', 'attacked', 'said', 'minister', 'talks', 'agreed', 'to', 'sanctions', 'against', 'Iran', 'killed', 'at', 'least', '12',
  'people', 'President', 'Macron', 'met', 'with', 'U.S.', 'officials', '"We', 'will', 'not', 'accept', 'this,"', 'he', 'told', 'reporters',
  'rebels', 'fired', 'rockets', 'Kabul', 'Paris', 'Nairobi', 'NATO', 'UN', 'condemned', 'strike', 'Dr.', 'Mr.', '(AP)', '—', '–', '...',
  // names of Object's own members: word tables must not find them (test/reliability/prototype-words.test.ts)
  'constructor', 'toString', '__proto__'];
const DATES = ['last Tuesday', 'on March 3', 'in 2019', 'next week', 'two days ago', 'on 12/31/2020', 'this September', 'in the 1990s',
  'yesterday', 'late last year', 'on Jan. 5, 2021', 'at 3 p.m.', 'since 2014', 'in mid-April', 'the following day', 'on Friday night',
  '2024-02-29', 'Feb 30', 'in year 0', 'on 31 September 2022', '9999', 'the 21st century', 'Q3 2023', 'early 2020s'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 100000 }).map(String) },
);
const sentence = fc.array(token, { minLength: 1, maxLength: 25 }).chain((ws) =>
  fc.constantFrom('.', '!', '?', '', '."', ';').map((end) => `${ws.join(' ')}${end}`));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));

/** Multi-paragraph text with a headline, sometimes with odd whitespace and line breaks. */
export const newsText = fc
  .tuple(sentence, fc.array(paragraph, { minLength: 0, maxLength: 6 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n', '\t'))
  .map(([title, paras, sep]) => [title, ...paras].join(sep));

/** A publication date: valid days, odd ones, and garbage. */
export const published = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-30', '0000-00-00', 'yesterday', '', '2020', '2021-13'),
  fc.constant(undefined),
);

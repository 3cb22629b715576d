// The first test of findRuleTimes (src/time/timex-rules.ts): a sentence without any word a rule
// needs is settled without trying the rules. Trying them all anyway (everyRuleTime) must find
// nothing there: on the samples, on sentences at each rule's edge, and on generated ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { everyRuleTime, findRuleTimes, mayHoldRuleTime } from '../../src/time/timex-rules.js';
import { repoRoot } from '../../src/data.js';

const REF_DAY = 16_500; // 2015-03-06

/** One sentence: the first test passes wherever a rule finds something, and both agree. */
function check(text: string): void {
  const all = everyRuleTime(text, 7, REF_DAY);
  if (all.length > 0) assert.ok(mayHoldRuleTime(text), `${text}: ${JSON.stringify(all.map((r) => r.expr.text))}`);
  assert.deepEqual(findRuleTimes(text, 7, REF_DAY), all, text);
}

test('the rule words let through every sentence a rule reads, on the samples and at the rules\' edges', () => {
  const dir = join(repoRoot(), 'samples');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.trim() !== '');
  sentences.push('Profits rose in the THIRD QUARTER of 2014.', 'Sales fell in the first half.', 'Results for Q3 2013 were weak.',
    'The FY15 budget passed.', 'In fiscal 2016 it grew.', 'They meet every Monday.', 'Each evening the guns fire.', 'In the 1990s it grew.',
    "Back in the '80s.", 'The 21st century began.', 'Over the past decade prices rose.', 'The raid began at 0400 GMT.',
    'Twice a year they meet.', 'It is published Quarterly.', 'Nowadays few remember.', 'For the time being it stays.',
    'In the long run we are all dead.', 'Last SPRING the talks failed.', 'A five-year plan.', 'For years nobody came.',
    'The end of the month is near.', 'Three days later he left.', 'Soon after, they left.', 'Nothing happened here.');
  for (const s of sentences) check(s);
});

test('the rule words let through every generated sentence a rule reads', () => {
  const word = fc.constantFrom('the', 'a', 'two', 'several', 'last', 'next', 'this', 'past', 'first', 'second', 'third', 'fiscal', 'FY',
    'year', 'Years', 'month', 'week', 'day', 'days', 'hour', 'minute', 'decade', 'century', 'quarter', 'half', 'Q2', 'q4', 'every', 'Each',
    'spring', 'Summer', 'fall', 'winter', '1990s', "'80s", '20th', '1400', 'UTC', 'gmt', 'annually', 'daily', 'now', 'recently', 'soon',
    'future', 'term', 'long', 'run', 'these', 'being', 'time', 'end', 'of', 'per', 'twice', 'for', 'over', '-', 'old', 'ago', '2015', '15',
    'morning', 'Monday', 'and', 'more', 'than');
  const piece = fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) });
  const sep = fc.constantFrom(' ', ' ', ' ', '-', ', ', '  ', '\n');
  fc.assert(fc.property(fc.array(fc.tuple(piece, sep), { maxLength: 14 }), (parts) => check(parts.map(([w, s]) => w + s).join(''))), { numRuns: 3000 });
});

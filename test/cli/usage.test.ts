// The CLI's side of reliability: --help on every command, the nearest option for a typo, clear
// one-line errors with distinct exit codes (64 usage, 66 no input, 69 unavailable service), names
// resolved to actor codes, and the undated-article hint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';
import { HELP } from '../../src/cli/help.js';
import { editDistance, nearestOption } from '../../src/cli/suggest.js';

const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: repoRoot(), env: { ...process.env, ENTENTE_DB: '', ENTENTE_TOKEN: '' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

function scratch(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-usage-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** One line on stderr, the given exit code, never "internal error" nor a stack. */
function userError(r: { code: number; err: string }, code: number, message: RegExp, what: string): void {
  assert.equal(r.code, code, `${what}: exit ${r.code}: ${r.err}`);
  assert.equal(r.err.trim().split('\n').length, 1, `${what}: ${r.err}`);
  assert.doesNotMatch(r.err, /internal error|\n\s+at /, what);
  assert.match(r.err, message, what);
}

const COMMANDS = ['demo', 'extract', 'annotate', 'article', 'ingest', 'events', 'quotes', 'serve', 'relations', 'blocs', 'export', 'enqueue', 'worker', 'queue', 'watch'];

test('every command has --help: its options, each described, and an example; exit 0', () => {
  assert.deepEqual(Object.keys(HELP).sort(), [...COMMANDS].sort());
  for (const cmd of COMMANDS) {
    const r = run([cmd, '--help']);
    assert.equal(r.code, 0, `${cmd} --help: ${r.err}`);
    assert.match(r.out, new RegExp(`^usage: entente ${cmd}`), cmd);
    assert.match(r.out, /\noptions:\n/, cmd);
    assert.match(r.out, /\nexamples?:\n {2}entente /, cmd);
    assert.doesNotMatch(r.out, /undocumented/, `${cmd}: an option the parser takes has no words in help.ts`);
  }
  assert.match(run(['extract', '--help']).out, /--published YYYY-MM-DD/);
  assert.match(run(['blocs', '-h']).out, /--half-life DAYS/);
  assert.equal(run(['help', 'events']).out, run(['events', '--help']).out);
});

test('an unknown option names the nearest known one: aliases first, then edit distance', () => {
  userError(run(['extract', '--date', '2015-11-26', 'x.txt']), 64, /^entente: unknown option --date \(did you mean --published\?\)$/m, 'extract --date');
  userError(run(['events', '--date', '2015']), 64, /unknown option --date \(did you mean --since\?\)/, 'events --date');
  userError(run(['events', '--recipent', 'RUS']), 64, /did you mean --recipient\?/, 'typo');
  userError(run(['ingest', '--wrokers', '2', 'x']), 64, /did you mean --workers\?/, 'swapped letters');
  userError(run(['blocs', '--zzzzzz']), 64, /unknown option --zzzzzz for blocs \(entente blocs --help lists them\)/, 'nothing near');
  userError(run(['evnets']), 64, /unknown command "evnets" \(did you mean events\?\)/, 'command typo');
  // names of Object's own members are unknown commands, not an internal error
  userError(run(['constructor']), 64, /unknown command "constructor"/, 'constructor');
  userError(run(['toString', '--help']), 64, /unknown command "toString"/, 'toString');
  assert.equal(nearestOption('pub', ['published', 'format']), 'published');
  assert.equal(nearestOption('qq', ['db']), null);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('a bad value says what is wrong with it, not "ambiguous" nor "internal error"', () => {
  userError(run(['blocs', '--half-life', '-3']), 64, /--half-life: must be a positive number of days \(0: no decay\) \(got -3\)/, 'negative half-life');
  userError(run(['events', '--since', '2017-02-30']), 64, /--since: not a real date \(2017-02 has 28 days\)/, 'impossible --since');
  userError(run(['events', '--until', '2017-13']), 64, /--until: not a real date \(there is no month 13\)/, 'month 13');
  userError(run(['extract', '-', '--published', '2015-13-45']), 64, /--published: not a real date/, 'impossible --published');
  userError(run(['events', '--db']), 64, /--db needs a value/, 'missing value');
  userError(run(['events', '--distinct=yes']), 64, /--distinct is a switch/, 'value for a switch');
});

test('missing or unreadable inputs exit 66; a file that is not a store too', (t) => {
  const dir = scratch(t);
  userError(run(['extract', join(dir, 'none.txt')]), 66, /cannot read .*none\.txt: no such file/, 'extract missing file');
  userError(run(['extract', '--jsonl', join(dir, 'none.jsonl')]), 66, /no such file/, 'extract --jsonl missing');
  userError(run(['ingest', join(dir, 'none'), '--db', join(dir, 'x.db')]), 66, /cannot read .*none: no such file or folder/, 'ingest missing path');
  userError(run(['extract', dir]), 66, /a folder, not a file/, 'a folder given to extract');
  userError(run(['events', '--db', join(dir, 'none.db')]), 66, /no store at/, 'missing store');
  const junk = join(dir, 'junk.db');
  writeFileSync(junk, 'this is not SQLite at all, just words in a file that is long enough to have a header\n'.repeat(20));
  userError(run(['events', '--db', junk]), 66, /is not a SQLite database/, 'not a store');
});

test('an unreachable PostgreSQL or Redis exits 69 naming what to check', () => {
  // port 1 on this machine: nothing listens, the connection is refused at once
  userError(run(['events', '--db', 'postgres://entente@127.0.0.1:1/news']), 69, /cannot reach PostgreSQL at postgres:\/\/entente@127\.0\.0\.1:1\/news: .*ECONNREFUSED.*check that it is running/, 'PostgreSQL');
  userError(run(['events', '--db', 'postgres://entente:secret@127.0.0.1:1/news']), 69, /entente:\*\*\*@/, 'the password is not printed');
  userError(run(['queue', '--redis', 'redis://127.0.0.1:1']), 69, /Redis at redis:\/\/127\.0\.0\.1:1 did not answer.*check that Redis is running/, 'Redis');
});

test('--actor takes a name: resolved through the actor dictionary and said; an unknown name is a usage error', (t) => {
  const dir = scratch(t);
  const story = join(dir, 'story.txt');
  writeFileSync(story, 'Norway and Iceland held talks in Oslo on Monday over fishing rights, officials said.\n\nPolice arrested 14 protesters outside the parliament in Oslo on Tuesday.\n');
  const db = join(dir, 'x.db');
  assert.equal(run(['ingest', story, '--db', db, '--published', '2024-05-08', '--workers', '0']).code, 0);
  const byCode = run(['events', '--db', db, '--actor', 'NOR', '--format', 'jsonl']);
  const byName = run(['events', '--db', db, '--actor', 'Norway', '--format', 'jsonl']);
  assert.equal(byName.code, 0, byName.err);
  assert.match(byName.err, /--actor: Norway is NOR \(Norway\); showing NOR/);
  assert.ok(byCode.out.trim().length > 0, 'the story has events with Norway as actor');
  assert.equal(byName.out, byCode.out);
  assert.equal(run(['events', '--db', db, '--actor', 'nor', '--format', 'jsonl']).out, byCode.out, 'a lower-case code is still a code');
  userError(run(['events', '--db', db, '--actor', 'Norwey']), 64, /"Norwey" is neither an actor code .* \(did you mean Norway \(NOR\)\?\)/, 'unknown name');
});

test('extract without --published warns once that relative dates cannot be resolved; with a date, nothing', (t) => {
  const dir = scratch(t);
  const jsonl = join(dir, 'r.jsonl');
  writeFileSync(jsonl, [
    JSON.stringify({ id: 'a', text: 'Norway and Iceland held talks in Oslo on Monday.' }),
    JSON.stringify({ id: 'b', text: 'Iceland accused Norway of breaking the quota deal on Friday.' }),
  ].join('\n'));
  const r = run(['extract', '--jsonl', jsonl]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err.match(/relative dates .* cannot be resolved/g)?.length, 1, r.err);
  assert.equal(run(['extract', '--jsonl', jsonl, '--published', '2024-05-08']).err, '');
  const one = run(['extract', '-'], 'Norway and Iceland held talks in Oslo on Monday.\n');
  assert.match(one.err, /give --published YYYY-MM-DD/);
});

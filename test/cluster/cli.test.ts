// The queue commands' argument errors: a UsageError (one line, exit 64) before any connection is tried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enqueueCommand } from '../../src/cli/commands/enqueue.js';
import { queueCommand } from '../../src/cli/commands/queue.js';
import { workerCommand } from '../../src/cli/commands/worker.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/cli/errors.js';

test('enqueue, worker and queue refuse bad arguments with a usage error', async () => {
  const saved = process.env['ENTENTE_DB'];
  delete process.env['ENTENTE_DB'];
  // A real, readable input: a missing one is refused earlier, as "no input" (exit 66).
  const input = join(mkdtempSync(join(tmpdir(), 'entente-cluster-cli-')), 'x.jsonl');
  writeFileSync(input, '{"id":"a","text":"x"}\n');
  try {
    const cases: [(argv: string[]) => Promise<number>, string[], RegExp][] = [
      [enqueueCommand, ['--redis', 'redis://127.0.0.1:6379'], /enqueue needs at least one PATH/],
      [enqueueCommand, [input], /enqueue needs --redis URL/],
      [enqueueCommand, [input, '--redis', 'redis://127.0.0.1:6379', '--attempts', 'many'], /--attempts: expected a positive integer/],
      [workerCommand, ['--redis', 'redis://127.0.0.1:6379'], /worker needs --db STORE or ENTENTE_DB/],
      [workerCommand, ['--redis', 'redis://127.0.0.1:6379', '--db', 'x.db', '--concurrency', '0'], /--concurrency: expected a positive integer/],
      [queueCommand, ['--redis', 'http://127.0.0.1:6379'], /--redis: expected a redis:\/\/ or rediss:\/\/ URL/],
      [queueCommand, ['--redis', 'redis://127.0.0.1:6379', '--format', 'xml'], /--format: expected one of table, json/],
    ];
    for (const [command, args, want] of cases) {
      await assert.rejects(command(args), (err: unknown) => err instanceof UsageError && err.exitCode === 64 && want.test(err.message), args.join(' '));
    }
  } finally {
    if (saved !== undefined) process.env['ENTENTE_DB'] = saved;
  }
});

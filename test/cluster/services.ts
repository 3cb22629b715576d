// The local services the queue tests need, asked whether they answer, and worker processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';
import net from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';

export const REDIS_URL = process.env['ENTENTE_TEST_REDIS'] ?? 'redis://127.0.0.1:6379';
export const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');

/** Null when Redis answers PING, else why the test skips. */
export function redisUnavailable(url = REDIS_URL, timeoutMs = 1500): Promise<string | null> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const sock = net.createConnection({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (why: string | null) => {
      clearTimeout(timer);
      sock.destroy();
      resolve(why);
    };
    const timer = setTimeout(() => done(`Redis at ${url} did not answer within ${timeoutMs} ms`), timeoutMs);
    sock.on('connect', () => sock.write('*1\r\n$4\r\nPING\r\n'));
    sock.on('data', (d) => done(d.toString().startsWith('+PONG') || d.toString().startsWith('-NOAUTH') ? null : `Redis at ${url} answered oddly`));
    sock.on('error', (e) => done(`Redis at ${url} not reachable: ${e.message}`));
  });
}

/** A `entente worker` child process, with its stderr log kept and readiness awaited. */
export class WorkerProcess {
  readonly child: ChildProcess;
  log = '';
  readonly ready: Promise<void>;
  readonly exited: Promise<number | null>;

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [BIN, 'worker', ...args], { cwd: repoRoot(), stdio: ['ignore', 'ignore', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.ready = new Promise((resolve, reject) => {
      this.child.stderr!.on('data', (d: Buffer) => {
        this.log += d.toString();
        if (this.log.includes('taking jobs')) resolve();
      });
      void this.exited.then((code) => reject(new Error(`worker exited (${code}) before it was ready:\n${this.log}`)));
    });
    this.ready.catch(() => undefined);
  }

  /** The worker name BullMQ records as a job's processedBy. */
  get name(): string {
    return `${hostname()}-${this.child.pid}`;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>, everyMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

// A small Redis client for BullMQ, written on node:net because neither ioredis nor node-redis
// is installed. It implements BullMQ's IRedisClient (the commands BullMQ uses, pipelines,
// MULTI, Lua scripts by EVALSHA) over one socket, with a queue for commands sent before the
// connection is ready and reconnection with back-off. No cluster or sentinel support.
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import net from 'node:net';
import { Readable } from 'node:stream';
import tls from 'node:tls';
import { RedisConnection, type RedisClient } from 'bullmq';
import { encodeCommand, RespParser, type RespArg, type RespValue } from './resp.js';

/** BullMQ tells a lost connection from other failures by this exact message. */
const CLOSED = 'Connection is closed.';

export interface RespClientOptions {
  host?: string;
  port?: number;
  db?: number;
  username?: string;
  password?: string;
  /** Connect with TLS (a rediss:// URL). */
  tls?: boolean;
  connectionName?: string;
  lazyConnect?: boolean;
  /** Delay in ms before reconnect attempt `times`; null or undefined gives up. */
  retryStrategy?: (times: number) => number | void | null;
  [key: string]: unknown;
}

interface Script { sha: string; lua: string; numberOfKeys: number }
interface Waiter { resolve: (v: RespValue) => void; reject: (e: Error) => void }
type Transform = (v: RespValue) => unknown;

const defaultRetry = (times: number): number => Math.min(times * 200, 2000);

function scriptArgs(script: Script, args: unknown[]): RespArg[] {
  const flat = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  const norm = flat.map((a): RespArg => (Buffer.isBuffer(a) ? a : a === undefined || a === null ? '' : String(a)));
  return [script.numberOfKeys, ...norm];
}

function check(v: RespValue): RespValue {
  if (v instanceof Error) throw v;
  return v;
}

const asStrings = (v: RespValue): string[] => (Array.isArray(v) ? v.map((x) => (x === null ? '' : String(x))) : []);

function pairsToObject(v: RespValue): Record<string, string> {
  const out: Record<string, string> = {};
  const a = asStrings(v);
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i]!] = a[i + 1]!;
  return out;
}

export class RespClient extends EventEmitter {
  status = 'wait';
  readonly isCluster = false;
  options: RespClientOptions;
  private socket: net.Socket | null = null;
  private parser = new RespParser();
  private inFlight: Waiter[] = [];
  private offline: { args: RespArg[]; waiter: Waiter }[] = [];
  private scripts = new Map<string, Script>();
  private closing = false;
  private attempts = 0;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(options: RespClientOptions) {
    super();
    this.options = { host: '127.0.0.1', port: 6379, ...options };
    if (!options.lazyConnect) this.open();
  }

  // ---- connection -------------------------------------------------------------------------

  private open(): void {
    const { host, port } = this.options;
    this.status = 'connecting';
    this.parser = new RespParser();
    const sock = this.options.tls ? tls.connect({ host, port: port!, servername: host }) : net.createConnection({ host: host!, port: port! });
    this.socket = sock;
    sock.setNoDelay(true);
    sock.on(this.options.tls ? 'secureConnect' : 'connect', () => void this.handshake(sock));
    sock.on('data', (chunk: Buffer) => this.onData(chunk));
    sock.on('error', (err) => this.report(err));
    sock.on('close', () => this.onClose(sock));
  }

  private async handshake(sock: net.Socket): Promise<void> {
    this.status = 'connect';
    this.emit('connect');
    try {
      const { username, password, db, connectionName } = this.options;
      if (password) check(await this.write(username ? ['AUTH', username, password] : ['AUTH', password]));
      if (db) check(await this.write(['SELECT', db]));
      if (connectionName) check(await this.write(['CLIENT', 'SETNAME', connectionName]));
    } catch (err) {
      this.report(err as Error);
      sock.destroy();
      return;
    }
    if (this.socket !== sock) return;
    this.attempts = 0;
    this.status = 'ready';
    // commands queued while connecting go first, before anything a 'ready' listener sends
    const queued = this.offline;
    this.offline = [];
    for (const q of queued) this.write(q.args).then(q.waiter.resolve, q.waiter.reject);
    this.emit('ready');
  }

  /** Socket trouble is an 'error' event for whoever listens (BullMQ does); unheard, it must not crash the process. */
  private report(err: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', err);
  }

  private onData(chunk: Buffer): void {
    let replies: RespValue[];
    try {
      replies = this.parser.push(chunk);
    } catch (err) {
      this.report(err as Error);
      this.socket?.destroy();
      return;
    }
    for (const r of replies) this.inFlight.shift()?.resolve(r);
  }

  private onClose(sock: net.Socket): void {
    if (this.socket !== sock) return;
    this.socket = null;
    const lost = this.inFlight;
    this.inFlight = [];
    for (const w of lost) w.reject(new Error(CLOSED));
    this.emit('close');
    const delay = this.closing ? null : (typeof this.options.retryStrategy === 'function' ? this.options.retryStrategy : defaultRetry)(++this.attempts);
    if (typeof delay !== 'number') {
      this.end();
      return;
    }
    this.status = 'reconnecting';
    this.emit('reconnecting', delay);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.closing) this.open();
    }, delay);
  }

  private end(): void {
    this.status = 'end';
    for (const q of this.offline) q.waiter.reject(new Error(CLOSED));
    this.offline = [];
    this.emit('end');
  }

  /** Sends on the socket now (the caller knows the connection is up or handshaking). */
  private write(args: RespArg[]): Promise<RespValue> {
    return new Promise((resolve, reject) => {
      const sock = this.socket;
      if (!sock || sock.destroyed) return reject(new Error(CLOSED));
      this.inFlight.push({ resolve, reject });
      sock.write(encodeCommand(args));
    });
  }

  /** Sends a command, waiting for the connection when it is not ready yet. Error replies come back as values. */
  sendRaw(args: RespArg[]): Promise<RespValue> {
    if (this.status === 'ready') return this.write(args);
    if (this.status === 'end' || this.closing) return Promise.reject(new Error(CLOSED));
    return new Promise((resolve, reject) => this.offline.push({ args, waiter: { resolve, reject } }));
  }

  /** Sends a command; an error reply rejects. */
  async call(...args: RespArg[]): Promise<RespValue> {
    return check(await this.sendRaw(args));
  }

  async connect(): Promise<void> {
    if (this.status === 'ready') return;
    if (this.status === 'wait' || this.status === 'end') {
      this.closing = false;
      this.open();
    }
    await new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        this.off('ready', onReady);
        this.off('end', onEnd);
        if (err) reject(err);
        else resolve();
      };
      const onReady = () => done();
      const onEnd = () => done(new Error(CLOSED));
      this.once('ready', onReady);
      this.once('end', onEnd);
    });
  }

  disconnect(reconnect = false): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.closing = !reconnect;
    if (this.socket) this.socket.destroy();
    else if (!reconnect) this.end();
    else this.open();
  }

  async quit(): Promise<string> {
    if (this.status === 'end') return 'OK';
    this.closing = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const sock = this.socket;
    if (sock && this.status === 'ready') {
      const closed = new Promise<void>((resolve) => sock.once('close', () => resolve()));
      await this.write(['QUIT']).catch(() => undefined);
      sock.end();
      await closed;
    } else {
      sock?.destroy();
      if (!sock) this.end();
    }
    return 'OK';
  }

  duplicate(overrides: Partial<RespClientOptions> = {}): RespClient {
    const dup = new RespClient({ ...this.options, ...overrides });
    for (const [name, s] of this.scripts) dup.defineCommand(name, { numberOfKeys: s.numberOfKeys, lua: s.lua });
    return dup;
  }

  // ---- scripts, pipelines, transactions ---------------------------------------------------

  defineCommand(name: string, def: { numberOfKeys: number; lua: string }): void {
    const sha = createHash('sha1').update(def.lua).digest('hex');
    this.scripts.set(name, { sha, lua: def.lua, numberOfKeys: def.numberOfKeys });
    // BullMQ checks for this property to know a script is already defined
    (this as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => this.runCommand(name, args);
  }

  async runCommand(name: string, args: unknown[]): Promise<unknown> {
    const script = this.scripts.get(name);
    if (!script) throw new Error(`unknown script command "${name}"`);
    const rest = scriptArgs(script, args);
    const r = await this.sendRaw(['EVALSHA', script.sha, ...rest]);
    if (r instanceof Error && r.message.startsWith('NOSCRIPT')) return this.call('EVAL', script.lua, ...rest);
    return check(r);
  }

  pipeline(): RespBatch {
    return new RespBatch(this, this.scripts, false);
  }

  multi(): RespBatch {
    return new RespBatch(this, this.scripts, true);
  }

  // ---- commands BullMQ uses -----------------------------------------------------------------

  async hgetall(key: string) { return pairsToObject(await this.call('HGETALL', key)); }
  async hget(key: string, field: string) { return (await this.call('HGET', key, field)) as string | null; }
  async hmget(key: string, ...fields: string[]) { return (await this.call('HMGET', key, ...fields)) as (string | null)[]; }
  async hset(key: string, data: Record<string, string | number>) {
    return (await this.call('HSET', key, ...Object.entries(data).flat())) as number;
  }
  async hdel(key: string, ...fields: string[]) { return (await this.call('HDEL', key, ...fields)) as number; }
  async hexists(key: string, field: string) { return (await this.call('HEXISTS', key, field)) as number; }
  async get(key: string) { return (await this.call('GET', key)) as string | null; }
  async set(key: string, value: string | number, opts?: { PX?: number; EX?: number }) {
    const extra: RespArg[] = opts?.PX != null ? ['PX', opts.PX] : opts?.EX != null ? ['EX', opts.EX] : [];
    return (await this.call('SET', key, value, ...extra)) as string | null;
  }
  async del(...keys: string[]) { return keys.length ? ((await this.call('DEL', ...keys)) as number) : 0; }
  async zrange(key: string, start: number, end: number, opts?: { WITHSCORES?: boolean }) {
    return asStrings(await this.call('ZRANGE', key, start, end, ...(opts?.WITHSCORES ? ['WITHSCORES'] : [])));
  }
  async zrevrange(key: string, start: number, end: number, opts?: { WITHSCORES?: boolean }) {
    return asStrings(await this.call('ZREVRANGE', key, start, end, ...(opts?.WITHSCORES ? ['WITHSCORES'] : [])));
  }
  async zcard(key: string) { return (await this.call('ZCARD', key)) as number; }
  async zscore(key: string, member: string) { return (await this.call('ZSCORE', key, member)) as string | null; }
  async lrange(key: string, start: number, end: number) { return asStrings(await this.call('LRANGE', key, start, end)); }
  async llen(key: string) { return (await this.call('LLEN', key)) as number; }
  async ltrim(key: string, start: number, end: number) { return (await this.call('LTRIM', key, start, end)) as string; }
  async lpos(key: string, value: string) { return (await this.call('LPOS', key, value)) as number | null; }
  async smembers(key: string) { return asStrings(await this.call('SMEMBERS', key)); }
  async xadd(key: string, id: string, fields: Record<string, string | number>, opts?: { MAXLEN?: number; approximate?: boolean }) {
    const trim: RespArg[] = opts?.MAXLEN != null ? ['MAXLEN', ...(opts.approximate === false ? [] : ['~']), opts.MAXLEN] : [];
    return (await this.call('XADD', key, ...trim, id, ...Object.entries(fields).flat())) as string;
  }
  async xread(streams: { key: string; id: string }[], opts?: { BLOCK?: number; COUNT?: number }) {
    const args: RespArg[] = ['XREAD'];
    if (opts?.COUNT != null) args.push('COUNT', opts.COUNT);
    if (opts?.BLOCK != null) args.push('BLOCK', opts.BLOCK);
    args.push('STREAMS', ...streams.map((s) => s.key), ...streams.map((s) => s.id));
    return this.call(...args);
  }
  async xtrim(key: string, strategy: 'MAXLEN', threshold: number, opts?: { approximate?: boolean }) {
    return (await this.call('XTRIM', key, strategy, ...(opts?.approximate === false ? [] : ['~']), threshold)) as number;
  }
  async bzpopmin(key: string, timeout: number) {
    const r = await this.call('BZPOPMIN', key, timeout);
    return Array.isArray(r) ? (asStrings(r) as [string, string, string]) : null;
  }
  async info() { return (await this.call('INFO')) as string; }
  async clientSetName(name: string) { return this.call('CLIENT', 'SETNAME', name); }
  async clientList() { return (await this.call('CLIENT', 'LIST')) as string; }
  async clientInfo() { return (await this.call('CLIENT', 'INFO')) as string; }
  async scan(cursor: string | number, opts: { MATCH?: string; COUNT?: number }): Promise<[string, string[]]> {
    const args: RespArg[] = ['SCAN', cursor];
    if (opts.MATCH) args.push('MATCH', opts.MATCH);
    if (opts.COUNT) args.push('COUNT', opts.COUNT);
    const r = await this.call(...args);
    const [next, keys] = Array.isArray(r) ? r : ['0', []];
    return [String(next), asStrings(keys ?? [])];
  }
  /** Keys matching a pattern, one SCAN page per chunk; ends when the cursor returns to 0. */
  scanStream(opts: { match: string; count?: number }): Readable {
    let cursor = '0';
    let first = true;
    const readable: Readable = new Readable({
      objectMode: true,
      read: () => {
        if (!first && cursor === '0') {
          readable.push(null);
          return;
        }
        first = false;
        this.scan(cursor, { MATCH: opts.match, ...(opts.count ? { COUNT: opts.count } : {}) }).then(([next, keys]) => {
          cursor = next;
          readable.push(keys);
        }, (err: Error) => readable.destroy(err));
      },
    });
    return readable;
  }
}

/** Commands queued for one round trip: a pipeline, or MULTI/EXEC when atomic. */
export class RespBatch {
  private cmds: { args: RespArg[]; transform?: Transform }[] = [];

  constructor(private client: RespClient, private scripts: Map<string, Script>, private atomic: boolean) {}

  private add(args: RespArg[], transform?: Transform): this {
    this.cmds.push(transform ? { args, transform } : { args });
    return this;
  }

  hgetall(key: string) { return this.add(['HGETALL', key], pairsToObject); }
  hset(key: string, data: Record<string, string | number>) { return this.add(['HSET', key, ...Object.entries(data).flat()]); }
  hscan(key: string, cursor: string | number, opts?: { COUNT?: number }) {
    return this.add(['HSCAN', key, cursor, ...(opts?.COUNT != null ? ['COUNT', opts.COUNT] : [])]);
  }
  smembers(key: string) { return this.add(['SMEMBERS', key]); }
  sscan(key: string, cursor: string | number, opts?: { COUNT?: number }) {
    return this.add(['SSCAN', key, cursor, ...(opts?.COUNT != null ? ['COUNT', opts.COUNT] : [])]);
  }
  zrange(key: string, start: number, end: number) { return this.add(['ZRANGE', key, start, end]); }
  lrange(key: string, start: number, end: number) { return this.add(['LRANGE', key, start, end]); }
  llen(key: string) { return this.add(['LLEN', key]); }
  del(...keys: string[]) { return keys.length ? this.add(['DEL', ...keys]) : this; }
  runCommand(name: string, args: unknown[]) {
    const script = this.scripts.get(name);
    if (!script) throw new Error(`unknown script command "${name}" in a batch`);
    // EVAL, not EVALSHA: a NOSCRIPT inside MULTI could not be retried; Redis caches the script anyway
    return this.add(['EVAL', script.lua, ...scriptArgs(script, args)]);
  }

  async exec(): Promise<[Error | null, unknown][] | null> {
    const cmds = this.cmds;
    this.cmds = [];
    if (!this.atomic) {
      const replies = await Promise.all(cmds.map((c) => this.client.sendRaw(c.args)));
      return replies.map((r, i) => (r instanceof Error ? [r, null] : [null, cmds[i]!.transform ? cmds[i]!.transform!(r) : r]));
    }
    const sent = [this.client.sendRaw(['MULTI']), ...cmds.map((c) => this.client.sendRaw(c.args))];
    const exec = this.client.sendRaw(['EXEC']);
    const queued = await Promise.all(sent);
    const result = await exec;
    if (result instanceof Error) {
      const why = queued.find((q): q is Error => q instanceof Error) ?? result;
      throw why;
    }
    if (result === null) return null;
    const values = Array.isArray(result) ? result : [];
    return values.map((r, i) => (r instanceof Error ? [r, null] : [null, cmds[i]?.transform ? cmds[i]!.transform!(r) : r]));
  }
}

/** Makes every BullMQ connection opened from plain options (host, port, url) use RespClient. */
export function useRespClient(): void {
  RedisConnection.clientFactory = (opts) => new RespClient(opts as RespClientOptions) as unknown as RedisClient;
}

/** redis://[user:password@]host[:port][/db] (or rediss:// for TLS) as client options. */
export function redisOptions(url: string): RespClientOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`not a Redis URL: ${url}`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`not a Redis URL (redis:// or rediss://): ${url}`);
  const db = u.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new Error(`Redis URL database must be a number: ${url}`);
  const opts: RespClientOptions = { host: u.hostname || '127.0.0.1', port: u.port ? Number(u.port) : 6379 };
  if (db) opts.db = Number(db);
  if (u.username) opts.username = decodeURIComponent(u.username);
  if (u.password) opts.password = decodeURIComponent(u.password);
  if (u.protocol === 'rediss:') opts.tls = true;
  return opts;
}

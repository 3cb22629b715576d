// The RESP client against the local Redis: the commands BullMQ uses, batches, scripts,
// reconnection after the server drops the connection. Skips when Redis does not answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RespClient, redisOptions } from '../../src/cluster/redis-client.js';
import { REDIS_URL, redisUnavailable, waitFor } from './services.js';

const prefix = `entente-test:rc:${process.pid}:`;

async function withClient(t: { skip(msg: string): void }, fn: (c: RespClient) => Promise<void>): Promise<void> {
  const why = await redisUnavailable();
  if (why) { t.skip(why); return; }
  const c = new RespClient(redisOptions(REDIS_URL));
  try {
    await fn(c);
  } finally {
    await c.call('DEL', `${prefix}h`, `${prefix}z`, `${prefix}s`, `${prefix}l`, `${prefix}x`).catch(() => undefined);
    await c.quit();
  }
}

test('Redis URLs: host, port, database, credentials, TLS; anything else is refused', () => {
  assert.deepEqual(redisOptions('redis://127.0.0.1:6380/2'), { host: '127.0.0.1', port: 6380, db: 2 });
  assert.deepEqual(redisOptions('rediss://u:p%40ss@cache.example:6379'), { host: 'cache.example', port: 6379, username: 'u', password: 'p@ss', tls: true });
  assert.throws(() => redisOptions('http://x'), /redis:\/\//);
  assert.throws(() => redisOptions('redis://x/abc'), /database must be a number/);
});

test('commands sent before the connection is ready wait for it; hashes, sorted sets, lists, streams', async (t) => {
  await withClient(t, async (c) => {
    assert.equal(await c.set(`${prefix}s`, 'v', { PX: 60_000 }), 'OK'); // sent while still connecting
    assert.equal(c.status, 'ready');
    assert.equal(await c.get(`${prefix}s`), 'v');
    await c.hset(`${prefix}h`, { a: 1, b: 'two' });
    assert.deepEqual(await c.hgetall(`${prefix}h`), { a: '1', b: 'two' });
    assert.deepEqual(await c.hmget(`${prefix}h`, 'b', 'zz'), ['two', null]);
    await c.call('ZADD', `${prefix}z`, 2, 'y', 1, 'x');
    assert.deepEqual(await c.zrange(`${prefix}z`, 0, -1, { WITHSCORES: true }), ['x', '1', 'y', '2']);
    assert.deepEqual(await c.bzpopmin(`${prefix}z`, 0.1), [`${prefix}z`, 'x', '1']);
    await c.call('RPUSH', `${prefix}l`, 'p', 'q');
    assert.deepEqual(await c.lrange(`${prefix}l`, 0, -1), ['p', 'q']);
    const id = await c.xadd(`${prefix}x`, '*', { k: 'v' }, { MAXLEN: 10 });
    const read = (await c.xread([{ key: `${prefix}x`, id: '0' }], { COUNT: 5 })) as [string, [string, string[]][]][];
    assert.deepEqual(read, [[`${prefix}x`, [[id, ['k', 'v']]]]]);
    const keys: string[] = [];
    for await (const page of c.scanStream({ match: `${prefix}*`, count: 100 })) keys.push(...(page as string[]));
    assert.ok(keys.includes(`${prefix}h`) && keys.includes(`${prefix}x`));
  });
});

test('pipelines and MULTI return [error, value] pairs; scripts run by sha, loaded on first NOSCRIPT', async (t) => {
  await withClient(t, async (c) => {
    await c.set(`${prefix}s`, 'a string');
    const piped = await c.pipeline().hset(`${prefix}h`, { f: 'v' }).hgetall(`${prefix}h`).llen(`${prefix}s`).exec();
    assert.equal(piped?.[0]?.[0], null);
    assert.deepEqual(piped?.[1], [null, { f: 'v' }]);
    assert.ok(piped?.[2]?.[0] instanceof Error, 'LLEN on a string is a WRONGTYPE error, returned in its slot');
    // a script Redis has never seen (unique text), so EVALSHA answers NOSCRIPT first
    c.defineCommand('echoKey', { numberOfKeys: 1, lua: `-- ${process.pid} ${Date.now()}\nreturn {KEYS[1], ARGV[1]}` });
    assert.deepEqual(await c.runCommand('echoKey', [`${prefix}k`, 'arg']), [`${prefix}k`, 'arg']);
    assert.deepEqual(await c.runCommand('echoKey', [[`${prefix}k`, 'again']]), [`${prefix}k`, 'again']);
    const tx = await c.multi().del(`${prefix}h`).runCommand('echoKey', [`${prefix}k`, 'tx']).exec();
    assert.deepEqual(tx, [[null, 1], [null, [`${prefix}k`, 'tx']]]);
  });
});

test('a connection the server drops is re-opened and later commands succeed', async (t) => {
  await withClient(t, async (c) => {
    const myId = await c.call('CLIENT', 'ID');
    const other = new RespClient(redisOptions(REDIS_URL));
    try {
      await other.call('CLIENT', 'KILL', 'ID', myId as number);
    } finally {
      await other.quit();
    }
    await waitFor('a reconnect', 5000, async () => ((await c.call('PING').catch(() => undefined)) === 'PONG' ? true : undefined), 50);
    assert.notEqual(await c.call('CLIENT', 'ID'), myId);
  });
});

test('with no retry allowed, an unreachable server ends the client and commands fail as closed', async () => {
  const c = new RespClient({ host: '127.0.0.1', port: 1, retryStrategy: () => null });
  c.on('error', () => undefined);
  await assert.rejects(c.call('PING'), /Connection is closed/);
  assert.equal(c.status, 'end');
});

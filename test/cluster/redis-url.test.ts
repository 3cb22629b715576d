// Redis URLs as the ioredis options BullMQ connects with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redisOptions } from '../../src/cluster/redis-url.js';

test('Redis URLs: host, port, database, credentials, TLS; anything else is refused', () => {
  assert.deepEqual(redisOptions('redis://127.0.0.1:6380/2'), { host: '127.0.0.1', port: 6380, db: 2 });
  assert.deepEqual(redisOptions('rediss://u:p%40ss@cache.example:6379'), { host: 'cache.example', port: 6379, username: 'u', password: 'p@ss', tls: {} });
  assert.deepEqual(redisOptions('redis://localhost'), { host: 'localhost', port: 6379 });
  assert.throws(() => redisOptions('http://x'), /redis:\/\//);
  assert.throws(() => redisOptions('redis://x/abc'), /database must be a number/);
});

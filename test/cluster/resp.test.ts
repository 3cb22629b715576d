// The RESP2 encoder and the incremental reply parser, without a server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeCommand, RedisReplyError, RespParser } from '../../src/cluster/resp.js';

test('commands are arrays of bulk strings, byte lengths counted in UTF-8', () => {
  assert.equal(encodeCommand(['SET', 'k', 'é', 12]).toString('utf8'), '*4\r\n$3\r\nSET\r\n$1\r\nk\r\n$2\r\né\r\n$2\r\n12\r\n');
  assert.deepEqual([...encodeCommand([Buffer.from([0, 255])])], [...Buffer.from('*1\r\n$2\r\n'), 0, 255, 13, 10]);
});

test('replies of every type, nested, nulls and errors included', () => {
  const p = new RespParser();
  const got = p.push(Buffer.from('+OK\r\n:42\r\n$-1\r\n*-1\r\n$5\r\nhello\r\n*3\r\n$1\r\na\r\n*2\r\n:1\r\n-ERR inner\r\n$0\r\n\r\n-NOSCRIPT no script\r\n'));
  assert.equal(got.length, 7);
  assert.deepEqual(got.slice(0, 5), ['OK', 42, null, null, 'hello']);
  const arr = got[5] as unknown[];
  assert.equal(arr[0], 'a');
  assert.equal((arr[1] as unknown[])[0], 1);
  assert.ok((arr[1] as unknown[])[1] instanceof RedisReplyError);
  assert.equal(arr[2], '');
  assert.ok(got[6] instanceof RedisReplyError && got[6].message.startsWith('NOSCRIPT'));
});

test('a reply split at every byte boundary parses the same', () => {
  const wire = Buffer.from('*2\r\n$11\r\nhello world\r\n*1\r\n:7\r\n+PONG\r\n');
  for (let cut = 1; cut < wire.length; cut++) {
    const p = new RespParser();
    const got = [...p.push(wire.subarray(0, cut)), ...p.push(wire.subarray(cut))];
    assert.deepEqual(got, [['hello world', [7]], 'PONG'], `cut at ${cut}`);
  }
});

test('a large bulk string arriving in many small chunks is joined once and decoded whole', () => {
  const body = 'x'.repeat(300_000) + 'é';
  const wire = Buffer.concat([Buffer.from(`$${Buffer.byteLength(body)}\r\n`), Buffer.from(body), Buffer.from('\r\n:1\r\n')]);
  const p = new RespParser();
  const got: unknown[] = [];
  for (let i = 0; i < wire.length; i += 1000) got.push(...p.push(wire.subarray(i, i + 1000)));
  assert.equal(got.length, 2);
  assert.equal(got[0], body);
  assert.equal(got[1], 1);
});

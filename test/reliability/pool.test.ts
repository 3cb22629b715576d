// The annotation pool on its own: results match in-thread annotation, a stuck worker is stopped
// and its input fails with a reason instead of stalling the ingest; and progress lines add up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { annotate } from '../../src/pipeline.js';
import { AnnotatePool } from '../../src/ingest/pool.js';
import { Progress } from '../../src/ingest/progress.js';
import { story } from './stories.js';

test('pool: intake then annotate on a worker gives what annotate() gives in this thread', async () => {
  const pool = new AnnotatePool(2);
  try {
    const inputs = [0, 1, 2].map((i) => ({ id: `s${i}`, text: story(700 + i), published: '2024-04-02' }));
    const annotated = await Promise.all(inputs.map(async (input, seq) => {
      const first = await pool.intake(seq, input);
      assert.ok('doc' in first, JSON.stringify(first));
      assert.deepEqual(first.doc.events, [], 'intake only');
      const second = await pool.annotate(seq);
      assert.ok('layers' in second, JSON.stringify(second));
      return second.layers;
    }));
    for (const [i, layers] of annotated.entries()) {
      const here = annotate(inputs[i]!);
      assert.deepEqual(layers.events, here.events);
      assert.deepEqual(layers.actors, here.actors);
      assert.deepEqual(layers.messages, here.messages, 'intake notes and the stages\' notes');
      assert.ok(!('tokens' in layers) && !('text' in layers), 'tokens and the text intake sent already are not copied back');
    }
    // a dropped input is forgotten: annotating it afterwards is an error, not a hang
    await pool.intake(10, inputs[0]!);
    pool.drop(10);
    const late = await pool.annotate(10);
    assert.ok('failed' in late);
  } finally {
    await pool.close();
  }
});

test('pool: a request over the time limit stops its worker and fails with a reason', async () => {
  const pool = new AnnotatePool(1, {}, 1);
  try {
    const r = await pool.intake(0, { text: story(800) });
    assert.ok('failed' in r && /gave up after/.test(r.failed), JSON.stringify(r));
  } finally {
    await pool.close();
  }
});

test('progress: JSON lines count what the tally holds, with an ETA once the total is known', () => {
  const tally = { inputs: 30, added: 20, existing: 5, duplicates: 1, skipped: [1, 2, 3, 4], events: 70 };
  const out = new PassThrough();
  const p = new Progress(out, 'json', tally, 120);
  const l = p.line();
  p.finish();
  assert.equal(l.done, 30);
  assert.equal(l.stored, 26);
  assert.equal(l.skipped, 4, 'the summary\'s word: skipped');
  assert.equal(l.total, 120);
  assert.ok(l.eta_s === null || l.eta_s >= 0);
  assert.equal(out.read(), null, 'a run shorter than a second prints no line');
});

// Data files parsed once at start-up are checked by zod without its compiled fast path
// (src/parse-once.ts): compiling one per object schema was most of what those parses cost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('a fresh pipeline annotates its first story without compiling a zod fast path', () => {
  const pipeline = new URL('../../src/pipeline.js', import.meta.url).href;
  // every `new Function` made in the process, counted (zod's fast paths are made so; its
  // allowsEval check makes one of an empty body)
  const code = `
    let compiled = 0;
    globalThis.Function = new Proxy(Function, { construct(target, args) { if (String(args.at(-1) ?? '').includes('payload')) compiled++; return Reflect.construct(target, args); } });
    const { annotate } = await import(${JSON.stringify(pipeline)});
    const doc = annotate({ id: 'one', published: '2015-11-24', text: 'Police arrested four protesters in the capital on Monday, the interior ministry said.' });
    console.log(JSON.stringify({ compiled, events: doc.events.length }));
  `;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  const r = JSON.parse(out.stdout.trim().split('\n').pop()!) as { compiled: number; events: number };
  assert.ok(r.events > 0, 'the story was annotated');
  assert.equal(r.compiled, 0);
});

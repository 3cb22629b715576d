// Every message a stage leaves names its rule (`stage/what`), so code and analysts can filter on
// the rule instead of the words of the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';
import { annotate } from '../../src/pipeline.js';

const fixtures = join(repoRoot(), 'test', 'reliability', 'fixtures');

test('messages carry a stable rule id that starts with their stage', () => {
  const docs = [
    ...readdirSync(fixtures).map((f) => annotate({ text: readFileSync(join(fixtures, f), 'utf8') })),
    annotate({ text: 'Ghana told Togo that the border was open.', published: '2015-13-45' }),
    annotate({ html: '<html><body><nav>menu</nav></body></html>' }),
    annotate({ text: '   ' }),
  ];
  const rules = new Set<string>();
  for (const d of docs) for (const m of d.messages) {
    assert.match(m.rule, /^[a-z]+\/[a-z0-9-]+$/, JSON.stringify(m));
    assert.ok(m.rule.startsWith(`${m.stage}/`), JSON.stringify(m));
    rules.add(m.rule);
  }
  for (const r of ['intake/date-refused', 'intake/empty', 'events/statement']) assert.ok(rules.has(r), `${r} among ${[...rules].join(', ')}`);
});

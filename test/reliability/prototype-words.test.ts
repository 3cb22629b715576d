// Words of the text that are also names of Object's own members ("constructor", "toString") must
// find nothing in entente's word tables. A table kept as a plain object found Object's methods:
// "the constructor, ..." crashed the events stage, and "5 constructor soldiers" counted NaN dead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import { DocSchema } from '../../src/output/schema.js';

const MEMBERS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
const SENTENCES = (w: string): string[] => [
  `Rebels led by Juan Perez, a former ${w}, attacked the town and killed 5 ${w} soldiers.`,
  `The ${w} said police arrested ${w} 12 protesters, ${w} in Lima on Monday.`,
  `Chile's ${w} accused Peru of ${w}, and ${w} ${w} met the minister.`,
  `${w} ${w}, ${w} — ${w} (${w}) said he ${w} ${w}.`,
  `Police, the ${w}, and the army ${w} clashed with 3 ${w} ${w} dead.`,
];

for (const w of MEMBERS) {
  test(`"${w}" in a story: no throw, sizes are numbers or null, output validates`, () => {
    for (const text of SENTENCES(w)) {
      const doc = annotate({ text, published: '2020-01-01' });
      const r = DocSchema.safeParse(doc);
      assert.ok(r.success, r.success ? '' : r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      for (const e of doc.events) {
        for (const [k, v] of Object.entries(e.size)) assert.ok(v === null || v === undefined || Number.isFinite(v), `${k} = ${String(v)} in "${text}"`);
      }
    }
  });
}

test('the events stage still codes around such words', () => {
  const doc = annotate({ text: 'Rebels killed 5 constructor soldiers in the raid on Monday.', published: '2020-01-01' });
  const kill = doc.events.find((e) => e.type === 'ASSAULT');
  assert.ok(kill, 'the killing is coded');
});

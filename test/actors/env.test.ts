// ENTENTE_ACTORS is read on the actors stage's first use, so it is set before any Doc is built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tempDir } from '../temp-dir.js';
import { delimiter, join } from 'node:path';
import { actorsOf, one } from './helpers.js';

const dir = tempDir('entente-env-');
const a = join(dir, 'a.json');
const b = join(dir, 'b.yaml');
writeFileSync(a, JSON.stringify({ people: [{ id: 'lindqvist-aron', name: 'Aron Lindqvist', gender: 'm', roles: [{ code: 'SWE', sector: 'MIL', title: 'General' }] }] }));
writeFileSync(b, 'organizations:\n  - id: nordic-harbour-union\n    name: Nordic Harbour Union\n    code: SWE\n    sector: LAB\n');
process.env['ENTENTE_ACTORS'] = [a, b].join(delimiter);

test('ENTENTE_ACTORS: every file in the path list is merged on first use', () => {
  const doc = actorsOf('Aron Lindqvist met the Nordic Harbour Union.', '2022-01-01');
  assert.deepEqual([one(doc, 'Aron Lindqvist').actor.code, one(doc, 'Aron Lindqvist').actor.sector], ['SWE', 'MIL']);
  assert.equal(one(doc, 'Nordic Harbour Union').actor.sector, 'LAB');
});

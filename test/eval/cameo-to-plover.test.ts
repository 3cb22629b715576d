import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ploverFromCameo, ploverFromCameoRoot, parseCameoTable } from '../../eval/gold/cameo-to-plover.js';
import { countryPart, isOddCode } from '../../eval/gold/actor-codes.js';

test('root mapping of the PLOVER manual', () => {
  const cases: [string, string | null][] = [
    ['010', null], ['023', null], ['036', 'AGREE'], ['042', 'CONSULT'], ['057', 'SUPPORT'], ['061', 'COOPERATE'],
    ['072', 'AID'], ['081', 'CONCEDE'], ['083', 'CONCEDE'], ['084', 'RETREAT'], ['087', 'RETREAT'], ['091', 'ACCUSE'],
    ['1014', 'REQUEST'], ['112', 'ACCUSE'], ['124', 'REJECT'], ['138', 'THREATEN'], ['145', 'PROTEST'],
    ['150', 'MOBILIZE'], ['160', 'SANCTION'], ['175', 'COERCE'], ['183', 'ASSAULT'], ['193', 'ASSAULT'], ['202', 'ASSAULT'],
  ];
  for (const [code, type] of cases) assert.equal(ploverFromCameoRoot(code), type, code);
});

test('table: first entry per code wins, unknown names skipped, longest prefix used', () => {
  const t = parseCameoTable('08: CONCEDE\n08: RETREAT\n0813: RETREAT, , legal\n099: CRIME\n');
  assert.equal(t.get('08'), 'CONCEDE');
  assert.equal(t.has('099'), false);
  assert.equal(ploverFromCameo('0813', t), 'RETREAT');
  assert.equal(ploverFromCameo('0812', t), 'CONCEDE');
  assert.equal(ploverFromCameo('190', t), 'ASSAULT', 'falls back to the root mapping');
});

test('actor codes: first three letters; "---" is no code', () => {
  assert.equal(countryPart('USAGOV'), 'USA');
  assert.equal(countryPart('IGOEUREEC'), 'IGO');
  assert.equal(countryPart('---REB'), null);
  assert.equal(countryPart(''), null);
  assert.equal(isOddCode('JAP'), true);
  assert.equal(isOddCode('JPN'), false);
  assert.equal(isOddCode('IGO'), false);
});

// CASE 2021 Task 2: the ACLED-style label map, the TSV reader (made-up rows), the document type.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CASE_TYPES, docType } from '../../eval/doc-sets.js';
import { CASE2021_TO_PLOVER, parseCase2021, ploverOfCaseLabel } from '../../eval/gold/case2021.js';
import { NONE } from '../../eval/type-metrics.js';

test('label map: all 30 labels of the inventory, the right PLOVER types, null when none', () => {
  assert.equal(Object.keys(CASE2021_TO_PLOVER).length, 30);
  assert.equal(ploverOfCaseLabel('ARMED_CLASH'), 'ASSAULT');
  assert.equal(ploverOfCaseLabel('FORCE_AGAINST_PROTEST'), 'ASSAULT');
  assert.equal(ploverOfCaseLabel('ARREST'), 'COERCE');
  assert.equal(ploverOfCaseLabel('AGREEMENT'), 'AGREE');
  assert.equal(ploverOfCaseLabel('PEACE_PROTEST'), 'PROTEST');
  assert.equal(ploverOfCaseLabel('VIOL_DEMONSTR'), 'PROTEST');
  assert.equal(ploverOfCaseLabel('NON_VIOL_TERRIT_TRANSFER'), 'RETREAT');
  for (const l of ['OTHER', 'DIPLO', 'ATTRIB', 'ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'HQ_ESTABLISHED', 'CHANGE_TO_GROUP_ACT'])
    assert.equal(ploverOfCaseLabel(l), null, l);
  assert.equal(ploverOfCaseLabel('NOT_A_LABEL'), undefined);
  assert.deepEqual(CASE_TYPES, ['ASSAULT', 'AGREE', 'COERCE', 'RETREAT', 'PROTEST']);
});

test('parseCase2021: header by name, text trimmed, unknown labels rejected', () => {
  const rows = parseCase2021('id\tEventSnippet\tSubType\n7\t Rebels shelled the town. \tART_MISS_ATTACK\n\n9\tThey signed a deal.\tAGREEMENT\n');
  assert.deepEqual(rows, [
    { id: '7', text: 'Rebels shelled the town.', label: 'ART_MISS_ATTACK' },
    { id: '9', text: 'They signed a deal.', label: 'AGREEMENT' },
  ]);
  assert.throws(() => parseCase2021('id\tEventSnippet\tSubType\n1\tx\tNOPE\n'), /unknown label/);
  assert.throws(() => parseCase2021('a\tb\tc\n1\tx\tARREST\n'), /header/);
});

test('docType: most confident event, first on ties, NONE when there is none', () => {
  assert.equal(docType([]), NONE);
  assert.equal(docType([{ type: 'ACCUSE', confidence: 0.5 }, { type: 'ASSAULT', confidence: 0.9 }]), 'ASSAULT');
  assert.equal(docType([{ type: 'ACCUSE', confidence: 0.7 }, { type: 'ASSAULT', confidence: 0.7 }]), 'ACCUSE');
});

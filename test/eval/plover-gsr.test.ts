import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ploverGsrSentences } from '../../eval/gold/plover-gsr.js';

const rec = (id: string, event: string, text: string, extra: object = {}) => ({ id, date: '2000-01-01', event, text, ...extra });

test('ploverGsrSentences: DOCUMENT skipped, old names mapped, targets "" or absent, duplicates merged', () => {
  const ss = ploverGsrSentences([
    { id: 'DOC', event: 'DOCUMENT', eventText: 'header' },
    rec('R1', 'DEMAND', 'Abcland asked Defland to leave.', { source: [{ actorText: 'Abcland', code: 'ABC' }], target: [{ actorText: 'Defland', code: 'DEF', sector: 'GOV' }] }),
    rec('R2', 'FIGHT', 'Clashes  broke out.', { source: [{ code: 'JAP' }], target: '' }),
    rec('R3', 'DISAPPROVE', 'Clashes broke out.', { target: [{ code: 'GHI' }] }),
    rec('R4', 'INVESTIGATE', 'An inquiry opened.', { source: [] }),
  ]);
  assert.deepEqual(ss.map((s) => s.id), ['R1', 'R2+R3', 'R4']);
  assert.deepEqual(ss[0]!.events, [{ type: 'REQUEST', raw: 'DEMAND', actors: ['ABC'], recipients: ['DEF'] }]);
  assert.deepEqual(ss[1]!.events, [
    { type: 'ASSAULT', raw: 'FIGHT', actors: ['JAP'], recipients: [] },
    { type: 'ACCUSE', raw: 'DISAPPROVE', actors: [], recipients: ['GHI'] },
  ]);
  assert.equal(ss[2]!.events[0]!.type, 'ACCUSE');
  assert.equal(ss[0]!.published, '2000-01-01');
});

test('ploverGsrSentences: unknown type and malformed record throw', () => {
  assert.throws(() => ploverGsrSentences([rec('R1', 'CRIME', 'x')]), /unknown PLOVER type/);
  assert.throws(() => ploverGsrSentences([{ id: 'R1', event: 'AGREE' }]));
  assert.throws(() => ploverGsrSentences({}));
});

// The PETRARCH unit-test reader and its actor dictionary, on a small made-up file with the real
// file's shapes: an <Include> list, a record PETRARCH does not implement, a category it skips, the
// sentinel, discards written as `error=`, a test code with a letter; then the fictional actors
// known to a pipeline through createPipeline({ actors }).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCameoTable } from '../../eval/gold/cameo-to-plover.js';
import { includedCategories, unitTestSentences, validationActors } from '../../eval/gold/petrarch-unittest.js';
import { createPipeline } from '../../src/pipeline.js';

const FIXTURE = `<Validation>
<Environment>
  <Include>valid BASIC SHAPES</Include>
</Environment>
<Sentences>
<Sentence date="20010203" id="BASIC-1" category="BASIC" sentence="true">
<!-- a comment that names <EventCoding eventcode="999"> -->
<EventCoding sourcecode="QRSMIL" targetcode="XEN" eventcode="190"></EventCoding>
<Text>Qorsan troops shelled Xendar.</Text>
<Parse>(ROOT (S (NP (NNP Qorsan))))</Parse>
</Sentence>
<Sentence date="20010203" id="BASIC-2" category="BASIC" sentence="false">
<EventCoding sourcecode="QRS" targetcode="XEN" eventcode="040"></EventCoding>
<Text>Qorsan spoke with Xendar in a way no coder handles yet.</Text>
</Sentence>
<Sentence date="20010203" id="EXTRA-1" category="EXTRA" sentence="true">
<EventCoding sourcecode="QRS" targetcode="XEN" eventcode="040"></EventCoding>
<Text>Qorsan met Xendar.</Text>
</Sentence>
<Sentence date="20010204" id="SHAPES-1" category="SHAPES" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Tomato prices rose in the market.</Text>
</Sentence>
<Sentence date="20010204" id="SHAPES-2" category="SHAPES" sentence="true">
<EventCoding sourcecode="QRS" targetcode="XEN" eventcode="174K"></EventCoding>
<Text>Qorsan expelled the envoys of Xendar.</Text>
</Sentence>
<Sentence date="20010205" id="FINAL-RECORD" category="BASIC" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>That was the last one.</Text>
</Sentence>
</Sentences>
</Validation>`;

const ACTORS = `<!-- a made-up dictionary in the suite's format -->
QORSAN [QRS]
+QORSANI
XENDAR_  [XEN] # a comment
NOBODY_IN_PARTICULAR [---]
VALMIR  # dated roles
\t[QRS < 950601]
\t[QRSGOV 19950601 - 19990815]
`;

test('the records PETRARCH runs, each left-out one counted with its reason', () => {
  assert.deepEqual([...includedCategories(FIXTURE)], ['valid', 'BASIC', 'SHAPES']);
  const skipped: string[] = [];
  const sentences = unitTestSentences(FIXTURE, parseCameoTable('190\tASSAULT\n174\tCOERCE\n'), skipped);
  assert.deepEqual(sentences.map((s) => s.id), ['BASIC-1', 'SHAPES-1', 'SHAPES-2']);
  assert.deepEqual(sentences[0]!.events, [{ type: 'ASSAULT', raw: '190', actors: ['QRS'], recipients: ['XEN'] }]);
  assert.equal(sentences[0]!.published, '2001-02-03');
  // a discard is a sentence that must give nothing
  assert.equal(sentences[1]!.noEvents, true);
  assert.deepEqual(sentences[1]!.events, []);
  assert.equal(sentences[2]!.events[0]!.raw, '174K');
  assert.equal(skipped.length, 3, skipped.join('\n'));
  assert.ok(skipped.some((l) => /sentence="false"/.test(l)));
  assert.ok(skipped.some((l) => /category EXTRA/.test(l)));
  assert.ok(skipped.some((l) => /FINAL-RECORD/.test(l)));
});

test('the suite\'s actors: organisations by country part and sector, dated codes as roles, no-country entries dropped', () => {
  const { people, organizations } = validationActors(ACTORS);
  assert.deepEqual(organizations.map((o) => [o.name, o.aliases ?? [], o.code, o.sector]), [
    ['Qorsan', ['Qorsani'], 'QRS', null],
    ['Xendar', [], 'XEN', null],
  ]);
  assert.equal(people.length, 1);
  assert.deepEqual(people[0]!.roles.map((r) => [r.code, r.sector, r.start ?? null, r.end ?? null]), [
    ['QRS', 'UNK', null, '1995-06-01'],
    ['QRS', 'GOV', '1995-06-01', '1999-08-15'],
  ]);
});

test('a pipeline given actors in memory knows them; the default pipeline does not', () => {
  const text = 'Qorsan shelled Xendar on Monday.';
  const codes = (p: ReturnType<typeof createPipeline>) => p.annotate({ text, published: '2001-02-03' }).actors.map((a) => a.actor.code);
  const own = createPipeline({ actors: validationActors(ACTORS) });
  assert.deepEqual(codes(own).sort(), ['QRS', 'XEN']);
  assert.ok(!codes(createPipeline()).includes('QRS'));
});

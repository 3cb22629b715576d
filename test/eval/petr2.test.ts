// The tolerant PETR-2 reader on a small made-up file with the real file's quirks:
// `#` header lines, self-closing <Sentence/> before its children, XML comments, an empty <Text>.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCameoTable } from '../../eval/gold/cameo-to-plover.js';
import { attributes, parsePetr2, petr2GoldSentence, textFromConllu } from '../../eval/gold/petr2.js';

const FIXTURE = `<?xml version='1.0' encoding='utf-8'?>
<Validation>
#  header comment that mentions <EventCoding...> and <Sentence id="nope">
<Environment><Verbfile>x.txt</Verbfile></Environment>
<Sentences>
<Sentence category="TEST" date="20200102" id="T_1" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="ABCMIL" targetcode="---REB" />
<EventCoding eventcode="0841" sourcecode="IGOXYZ" targetcode="DEF" />
<Text>
Troops of Abcland shelled rebel
positions &amp; released a prisoner.
</Text>
<Parse>
1	Troops	troop	NOUN	NNS	_	0	root	_	_
</Parse></Sentence>

<Sentence category="TEST" date="20200103" id="T_2" evaluate="true">
<!-- <EventCoding eventcode="120" sourcecode="AAA" targetcode="BBB" /> -->
<EventCoding noevents="True" />
<Text>Nothing happened here.</Text>
</Sentence>

<Sentence category="OTHER" date="20200104" id='T_3' evaluate="true"/>
<EventCoding eventcode="015" sourcecode="GHI" targetcode="JKL" />
<EventCoding eventcode="0813" sourcecode="GHIGOV" targetcode="---" />
<Text>
</Text>
<Parse>
1	Officials	official	NOUN	NNS	_	2	nsubj	_	_
2	spoke	speak	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence>
</Sentences>
</Validation>
`;

const TABLE = parseCameoTable(`# comment
08: CONCEDE
081: CONCEDE,  , legal # Ease
08: RETREAT
084: RETREAT, , # Return
0813: RETREAT, , legal # Ease curfew
19: ASSAULT
`);

test('parsePetr2: sentences, dates, codings; header and comments ignored', () => {
  const ss = parsePetr2(FIXTURE);
  assert.deepEqual(ss.map((s) => s.id), ['T_1', 'T_2', 'T_3']);
  assert.deepEqual(ss.map((s) => s.published), ['2020-01-02', '2020-01-03', '2020-01-04']);
  assert.deepEqual(ss.map((s) => s.category), ['TEST', 'TEST', 'OTHER']);
  assert.equal(ss[0]!.text, 'Troops of Abcland shelled rebel positions & released a prisoner.');
  assert.equal(ss[0]!.codings.length, 2);
  assert.deepEqual(ss[1]!.codings, [{ noevents: 'True' }]);
  assert.equal(ss[2]!.text, 'Officials spoke.', 'empty <Text> falls back to the CoNLL-U forms');
});

test('petr2GoldSentence: PLOVER types by longest table prefix, 3-letter country parts', () => {
  const [s1, s2, s3] = parsePetr2(FIXTURE).map((s) => petr2GoldSentence(s, TABLE));
  assert.deepEqual(s1!.events, [
    { type: 'ASSAULT', raw: '190', actors: ['ABC'], recipients: [] },
    { type: 'RETREAT', raw: '0841', actors: ['IGO'], recipients: ['DEF'] },
  ]);
  assert.equal(s1!.noEvents, false);
  assert.deepEqual(s2!.events, []);
  assert.equal(s2!.noEvents, true);
  // 015 has no PLOVER equivalent; 0813 is RETREAT in the table although its root 081 is CONCEDE.
  assert.deepEqual(s3!.events.map((e) => e.type), [null, 'RETREAT']);
  assert.deepEqual(s3!.events[1]!.recipients, []);
});

test('petr2GoldSentence without the table uses the root mapping', () => {
  const s3 = petr2GoldSentence(parsePetr2(FIXTURE)[2]!);
  assert.deepEqual(s3.events.map((e) => e.type), [null, 'CONCEDE']);
});

test('attributes: both quote styles, entities decoded', () => {
  assert.deepEqual(attributes(`a="1" b='two' c="x &amp; y"`), { a: '1', b: 'two', c: 'x & y' });
});

test('textFromConllu skips non-token lines', () => {
  assert.equal(textFromConllu('# text = x\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n'), 'Hi!');
});

test('parsePetr2 rejects a malformed coding instead of guessing', () => {
  const bad = '<Sentences><Sentence id="X" date="20200101"/><EventCoding eventcode="abc" sourcecode="A" targetcode="B" /><Text>t</Text></Sentences>';
  assert.throws(() => parsePetr2(bad));
});

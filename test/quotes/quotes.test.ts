import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

/** The reported-speech quotes of a text (the quotes stage's `kind: 'reported'`). */
const reported = (text: string) => (annotate({ text, published: '2024-03-04' }).quotes ?? []).filter((q) => q.kind === 'reported');

const TEXT = [
  '"We will not reopen the border until the smuggling stops," Chilean Foreign Minister Ana Ruiz said on Monday.',
  '',
  'Peru answered within hours. Its envoy told reporters: "Chile is punishing farmers on both sides for a crime they did not commit."',
  '',
  'A Lima daily quoted Ruiz as saying "the door stays open for talks in March" and called the move a "calculated pause".',
].join('\n');

test('quotes keep their spans, speakers and reporting verbs; scare quotes are skipped', () => {
  const doc = annotate({ text: TEXT, published: '2024-03-04' });
  const qs = doc.quotes ?? [];
  for (const q of qs) assert.equal(TEXT.slice(q.start, q.end), q.text);
  assert.equal(qs.length, 3, qs.map((q) => q.text).join(' | '));
  assert.match(qs[0]!.text, /^We will not reopen the border/);
  assert.match(qs[0]!.speakerText ?? '', /Ruiz/);
  assert.equal(TEXT.slice(qs[0]!.cue!.start, qs[0]!.cue!.end), 'said');
  assert.match(qs[1]!.speakerText ?? '', /envoy/i);
  // "X quoted Y as saying": Y is the speaker
  assert.match(qs[2]!.speakerText ?? '', /Ruiz/);
  assert.ok(!qs.some((q) => q.text === 'calculated pause'), 'a two-word scare quote is not a statement');
});

test('reported speech keeps its speaker, verb and what was said; passives and the verbs of direct quotes are not reported speech', () => {
  const text = [
    'Police said two people were hurt when a gas cylinder burst near the bus depot.',
    'Three shops were looted overnight, according to the district police.',
    'The shutdown will end on Friday, said a spokesman for the port authority.',
    'The minister told reporters that the new bridge would open in the spring.',
    '"We will not sign this draft," the envoy said.',
    'He was told to leave the building within two days.',
    'The mayor said on Monday she would not seek another term in office.',
    'The governor said the unions had assured him that the strike would end.',
    'The harbour admitted three more ships carrying grain.',
  ].join('\n\n');
  const qs = reported(text);
  for (const q of qs) assert.equal(text.slice(q.start, q.end), q.text);
  assert.deepEqual(qs.map((q) => [q.speakerText, q.text, q.cue && text.slice(q.cue.start, q.cue.end)]), [
    ['Police', 'two people were hurt when a gas cylinder burst near the bus depot', 'said'],
    ['police', 'Three shops were looted overnight', 'according'],
    ['spokesman', 'The shutdown will end on Friday', 'said'],
    ['minister', 'the new bridge would open in the spring', 'told'],
    ['mayor', 'she would not seek another term in office', 'said'],
    ['governor', 'the unions had assured him that the strike would end', 'said'],
    // the unions' own assurance is reported speech too, as "had told him that" is
    ['unions', 'the strike would end', 'assured'],
  ]);
  assert.equal(qs[0]!.speaker?.sector, 'COP');
});

test('a role followed by its organ and a name no dictionary knows speaks: "commissioner of police ranjit singh sharma said"', () => {
  const text = [
    'commissioner of police ranjit singh sharma said all arrangements had been made for the festival.',
    // a role phrase with a comma before the verb is someone told, not the speaker
    'Thinking that he was a senior police official, the crowd told him the road had been blocked by residents.',
  ].join('\n\n');
  const qs = reported(text);
  assert.deepEqual(qs.map((q) => [q.speakerText, q.speaker?.sector]).filter(([t]) => t !== 'crowd'), [['commissioner', 'COP']]);
});

test('a source noun after the speaker leaves the speaker as named: "police sources said", "according to army sources"', () => {
  const text = [
    'Police sources said the two men had crossed the river before dawn.',
    'According to army sources the convoy reached the valley by noon.',
    'The bridge stayed closed all week, railway police sources said.',
  ].join('\n\n');
  const qs = reported(text);
  assert.deepEqual(qs.map((q) => [q.speakerText, q.speaker?.sector, q.text]), [
    ['Police', 'COP', 'the two men had crossed the river before dawn'],
    ['army', 'MIL', 'the convoy reached the valley by noon'],
    ['railway police', 'COP', 'The bridge stayed closed all week'],
  ]);
});

test('straight quotes pair by their spacing when a mark is missing; "says X, “" names X; a quote ending its sentence does not take the next "he said"', () => {
  const text = 'The inspector spoke last. "the sp leaked the statement to the press before dawn. we were lucky to catch the man," he said. Later the inspector said that the files had gone missing.\n\n'
    + 'The fields were empty. says deputy superintendent of police r k mehta, "those who stayed behind lost everything they had." Later he said, "we have found twelve of the missing men."';
  const qs = (annotate({ text, published: '2024-03-04' }).quotes ?? []).filter((q) => q.kind === 'direct');
  assert.deepEqual(qs.map((q) => q.text), [
    'the sp leaked the statement to the press before dawn. we were lucky to catch the man',
    'those who stayed behind lost everything they had.',
    'we have found twelve of the missing men.',
  ]);
  assert.equal(qs[0]!.speakerText, 'he');
  assert.equal(qs[1]!.speakerText, 'deputy superintendent of police r k mehta');
  assert.equal(qs[1]!.speaker?.sector, 'COP');
  assert.equal(qs[2]!.speakerText, 'he');
});

test('a speaker named only by a person no dictionary knows takes the role apposed to the name, with or without capitals', () => {
  for (const text of [
    '"We will question everyone who was at the depot," says R P Nair, deputy superintendent of police, Kollam.',
    '"we will question everyone who was at the depot," says r p nair, deputy superintendent of police, kollam.',
  ]) {
    const q = annotate({ id: 't', text }).quotes?.[0];
    assert.equal(q?.speaker?.sector, 'COP', text);
  }
  // no apposition: a date after the verb is not a speaker and lends none
  const dated = annotate({ id: 't', text: '"The depot was empty when we arrived," said Tuesday, the day of the fire.' }).quotes?.[0];
  assert.equal(dated?.speaker ?? null, null);
  // speech verbs of a commenting kind attach their speaker too
  const kept = annotate({ id: 't', text: '"Nobody will be allowed to gather near the depot," the police chief maintained.' }).quotes?.[0];
  assert.equal(kept?.speaker?.sector, 'COP');
});

test('reported speech after an apposition: the apposition names the speaker, and the subject of what was said never does', () => {
  const speakerOf = (text: string) => reported(text)[0]?.speaker ?? null;
  // the organ a role speaks for, with or without capitals
  assert.equal(speakerOf('Maria Lopez, a spokeswoman for the interior ministry, said the detained farmers would be freed on Friday.')?.sector, 'GOV');
  assert.equal(speakerOf('a k sinha, superintendent of the district police, said the detained farmers would be freed on friday.')?.sector, 'COP');
  // the subject of the reported clause is not the speaker, and a role whose organ is unknown leaves the speaker open
  for (const text of [
    'Tom Reed, a spokesman for Acme Widgets, said the farmers are planning a march on the capital.',
    'Tom Reed, a consultant with close ties in Peru, said the farmers are planning a march on the capital.',
  ]) assert.notEqual(speakerOf(text)?.text ?? null, 'farmers', text);
  // a mention that modifies a noun is no speaker: "a Peru expert"
  assert.notEqual(speakerOf('Ann Cole, a Peru expert at a London college, said the farmers would march on the capital.')?.code, 'PER');
  // inverted: the name after the verb is the speaker, the list before its comma is not an apposition
  assert.notEqual(speakerOf('The ads target students, swing voters and farmers in rural areas, said Joshua Karp, the group\'s director.')?.text ?? null, 'voters');
  // a pronoun after "said" is kept: the speaker speaks of himself
  assert.ok(speakerOf('Chilean Foreign Minister Ana Ruiz, who flew in on Monday, said she would meet the farmers on Friday.'));
});

test('wide quotation marks: doubled single marks and the mojibake of any mark open and close quotes; an apostrophe in mojibake does not', () => {
  for (const [open, close] of [['‘‘', '’’'], ['â€œ', 'â€\ufffd'], ['â€˜â€˜', 'â€™â€™'], ['â€œ', 'â€\u009d']]) {
    const text = `The march will go ahead. ${open}we will not let the farmers down,${close} said the police commissioner.`;
    const qs = (annotate({ id: 't', text }).quotes ?? []).filter((q) => q.kind === 'direct');
    assert.equal(qs.length, 1, text);
    assert.equal(qs[0]!.text, 'we will not let the farmers down', text);
    assert.equal(qs[0]!.speaker?.sector, 'COP', text);
    assert.equal(text.slice(qs[0]!.start, qs[0]!.end), qs[0]!.text);
  }
  // "vhpâ€™s" is an apostrophe read through windows-1252, not a closing mark that lost a byte
  const apostrophe = annotate({ id: 't', text: 'The farmers joined the vhpâ€™s march on the capital on Monday morning, and the party leaders said nothing.' });
  assert.equal((apostrophe.quotes ?? []).filter((q) => q.kind === 'direct').length, 0);
});

test('a reporting verb with an object and no clause is no reported speech: "announced a ceasefire on Monday"', () => {
  assert.equal(reported('The rebels announced a ceasefire in the northern hills on Monday.').length, 0);
  assert.equal(reported('The governor declared a state of emergency across the whole region.').length, 0);
  // a clause after the verb is what was said
  assert.equal(reported('The rebels announced they would observe a ceasefire in the hills.').length, 1);
});

test('reported speech past what stands between speaker and verb: an adverb or a date between commas, a date, a relative clause, a parenthesis', () => {
  const speakerOf = (text: string) => reported(text).map((q) => `${q.speakerText} => ${q.text}`);
  assert.deepEqual(speakerOf('The interior minister, however, said the border posts would stay closed.'), ['interior minister => the border posts would stay closed']);
  assert.deepEqual(speakerOf('The interior minister on Monday said the border posts would stay closed.'), ['interior minister => the border posts would stay closed']);
  assert.deepEqual(speakerOf('The interior minister, who toured the camps on Sunday, said the border posts would stay closed.'), ['interior minister => the border posts would stay closed']);
  assert.deepEqual(speakerOf('The interior minister who toured the camps on Sunday said the border posts would stay closed.'), ['interior minister => the border posts would stay closed']);
  assert.deepEqual(speakerOf('The interior ministry, in a statement, said the border posts would stay closed.'), ['interior ministry => the border posts would stay closed']);
  // the relative clause's own verb: its antecedent speaks, whatever its part in the sentence
  assert.deepEqual(speakerOf('Three farmers were hurt in a scuffle with police, who said the farmers threw stones first.'), ['police => the farmers threw stones first']);
  // an actor governed by a verb or a preposition is not the subject of the verb after an insertion
  assert.deepEqual(speakerOf('The father of a young soldier who was wounded says the army has abandoned his son.'), []);
  assert.deepEqual(speakerOf('Lawyers working for the interior ministry last week said the appeal would fail.'), []);
});

test('what was said starts after a phrase on where it was said; a phrase, "to" or a participle is not what was said', () => {
  const said = (text: string) => reported(text).map((q) => q.text);
  assert.deepEqual(said('The interior ministry said in a statement on its website that the border posts would reopen.'), ['the border posts would reopen']);
  assert.deepEqual(said('The interior minister said in July he would close the border posts.'), ['he would close the border posts']);
  assert.deepEqual(said('Farmers who claimed to have lost their harvest blocked the road.'), []);
  // "..., X replied with a message": a clause before an insertion is not what was said
  assert.deepEqual(said('As the farmers gathered at the border, the minister, in a rare show of anger, replied with a short message.'), []);
  // "..., X said" still gives what came before
  assert.deepEqual(said('The border posts will reopen next week, the interior minister said in a statement.'), ['The border posts will reopen next week']);
});

test('a reporting clause that repeats a direct quote gives the quote its speaker instead of a second statement; "told X" names the one told', () => {
  const text = '"We will reopen the border posts when the smuggling stops," the interior minister, who toured the camps with aid workers on Sunday, told the national radio.';
  const qs = annotate({ text, published: '2024-03-04' }).quotes ?? [];
  assert.equal(qs.length, 1, qs.map((q) => `${q.kind}: ${q.text}`).join(' | '));
  assert.equal(qs[0]!.kind, 'direct');
  assert.match(qs[0]!.speakerText ?? '', /minister/);
  const told = annotate({ text: '"We will reopen the border posts when the smuggling stops," a senior official who asked not to be named because he was not allowed to speak to reporters, told Reuters.', published: '2024-03-04' }).quotes ?? [];
  assert.ok(!told.some((q) => /Reuters/.test(q.speakerText ?? '')), told.map((q) => q.speakerText).join(' | '));
});

test('reported speech past an apposition that names no actor or a participle clause: "Senator X, a Democrat, said", "an official, speaking on condition of anonymity, said"', () => {
  const speakerOf = (text: string) => reported(text).map((q) => `${q.speakerText} => ${q.text}`);
  assert.deepEqual(speakerOf('Interior Minister Ana Ruiz, 54, said the border posts would stay closed.'), ['Interior Minister Ana Ruiz => the border posts would stay closed']);
  assert.deepEqual(speakerOf('A police spokesman, speaking on condition of anonymity, said the border posts would stay closed.'), ['police spokesman => the border posts would stay closed']);
  // after a closing mark the quote is what was said, whatever follows the verb
  const qs = annotate({ text: '“We will not reopen the border posts,” Interior Minister Ana Ruiz, 54, said after the cabinet met.', published: '2024-03-04' }).quotes ?? [];
  assert.equal(qs.length, 1);
  assert.match(qs[0]!.speakerText ?? '', /Ana Ruiz/);
});

test('every tense of a reporting verb reports ("the unions insist", "the minister argues"), but a base form after a modal, "to" or "did not" does not', () => {
  const said = (text: string) => reported(text).map((q) => `${q.speakerText}: ${q.text}`);
  assert.deepEqual(said('Opposition lawmakers insist the new budget will hurt the poorest farmers.'), ['Opposition lawmakers: the new budget will hurt the poorest farmers']);
  assert.deepEqual(said('The finance minister argues that the levy will fund three new hospitals.'), ['finance minister: the levy will fund three new hospitals']);
  assert.deepEqual(said('The port authority admitted that two cranes had failed during the storm.'), ['authority: two cranes had failed during the storm']);
  assert.deepEqual(said('The mayor will announce his plan for the flooded districts on Friday.'), []);
  assert.deepEqual(said('The council did not say how many homes were damaged by the flood.'), []);
  assert.deepEqual(said('The envoy travelled to Quito to claim the border treaty had lapsed.'), []);
});
